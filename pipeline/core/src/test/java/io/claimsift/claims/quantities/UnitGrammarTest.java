package io.claimsift.claims.quantities;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** Units and currencies read from the lexicon's columns, and the count nouns of news copy. */
public class UnitGrammarTest {

  private final QuantityExtractor extractor = QuantityExtractor.english();

  private QuantityMention only(String sentence) {
    List<QuantityMention> found = extractor.extract(sentence);
    assertEquals(found.toString(), 1, found.size());
    QuantityMention q = found.get(0);
    assertEquals(q.text(), sentence.substring(q.start(), q.end()));
    return q;
  }

  @Test
  public void theLongestWrittenFormWins() {
    QuantityMention q = only("The lake covers 12 square kilometres of land.");

    assertEquals("12 square kilometres", q.text());
    assertEquals("Square kilometer", q.unit());
    assertEquals(QuantityKind.MEASURE, q.kind());
  }

  @Test
  public void temperaturesKeepTheirScale() {
    List<QuantityMention> q = extractor.extract("It hit 42C in Madrid and 104 degrees Fahrenheit in Phoenix.");

    assertEquals(2, q.size());
    assertEquals("42C", q.get(0).text());
    assertEquals("Degree Celsius", q.get(0).unit());
    assertEquals("104 degrees Fahrenheit", q.get(1).text());
    assertEquals("Degree Fahrenheit", q.get(1).unit());
  }

  @Test
  public void aCapitalLetterSymbolAfterASpaceIsNoUnit() {
    QuantityMention q = only("He wrote 5 C and moved.");

    assertEquals("5", q.text());
    assertEquals(QuantityKind.NUMBER, q.kind());
  }

  @Test
  public void powerUnitsAreMeasures() {
    QuantityMention q = only("The plant produces 500 megawatts of electricity.");

    assertEquals("Megawatt", q.unit());
    assertEquals(QuantityKind.MEASURE, q.kind());
  }

  @Test
  public void currencyNamesComeFromTheLexiconForms() {
    QuantityMention q = only("The loan was 40 million Hong Kong dollars in all.");

    assertEquals("40 million Hong Kong dollars", q.text());
    assertEquals("HKD", q.currency());
    assertEquals(4.0E7, q.normalizedValue(), 1);
  }

  @Test
  public void aCaseExactCurrencyFormIsNotReadInAnotherCase() {
    assertEquals("KRW", only("It cost 500 won.").currency());
    assertEquals(QuantityKind.NUMBER, only("Of the races, 5 Won the cup.").kind());
  }

  @Test
  public void aGluedMBeforeAPluralNounIsAMillion() {
    QuantityMention q = only("Sales fell to 1.2m units.");

    assertEquals("1.2m units", q.text());
    assertEquals(1.2e6, q.normalizedValue(), 1e-3);
    assertEquals("units", q.unit());
    assertEquals("Meter", only("The wall is 5m tall.").unit());
  }

  @Test
  public void percentagePointsAreTheirOwnUnit() {
    QuantityMention q = only("Turnout rose 4.2 percentage points.");

    assertEquals("4.2 percentage points", q.text());
    assertEquals("percentage point", q.unit());
    assertEquals(QuantityKind.PERCENT, q.kind());
  }

  @Test
  public void theCountedNounEndsAtItsPluralOrAnAdverb() {
    assertEquals("eggs", only("A dozen eggs cost more.").unit());
    assertEquals("people", only("It infected 5 million people worldwide.").unit());
    assertEquals("Americans", only("Only 10 Americans voted.").unit());
  }

  @Test
  public void anAgeIsAMeasureInYears() {
    QuantityMention q = only("The 65-year-old was sentenced.");

    assertEquals("65-year-old", q.text());
    assertEquals("Year", q.unit());
    assertEquals(QuantityKind.MEASURE, q.kind());
  }

  @Test
  public void aScaleWordAfterAndAHalfMultipliesTheWhole() {
    QuantityMention q = only("There are five and a half million fish here.");

    assertEquals(5.5e6, q.normalizedValue(), 1e-3);
  }

  @Test
  public void aRangeMayRepeatItsCurrencySymbol() {
    QuantityMention q = only("The storm caused $1bn-$2bn in damage.");

    assertEquals("$1bn-$2bn", q.text());
    assertEquals("USD", q.currency());
    assertEquals(1e9, q.low(), 1);
    assertEquals(2e9, q.high(), 1);
  }

  @Test
  public void aSymbolBetweenTwoAmountsFollowsTheFirstWhenTheSecondHasItsOwn() {
    List<QuantityMention> q = extractor.extract("Prices: 10 € 30 €");

    assertEquals(2, q.size());
    assertEquals("10 €", q.get(0).text());
    assertEquals("30 €", q.get(1).text());
  }

  @Test
  public void aUnitOfSeveralWordsMayBeHyphenated() {
    QuantityMention q = only("They sold a 1,000-square-foot home.");

    assertEquals("1,000-square-foot", q.text());
    assertEquals("Square foot", q.unit());
    assertEquals(QuantityKind.MEASURE, q.kind());
  }

  @Test
  public void aSpelledFractionOfAUnitIsAMeasure() {
    QuantityMention half = only("He walked half a mile home.");
    QuantityMention quarters = only("It took three quarters of an hour.");

    assertEquals("half a mile", half.text());
    assertEquals(0.5, half.normalizedValue(), 1e-9);
    assertEquals("Mile", half.unit());
    assertEquals("three quarters of an hour", quarters.text());
    assertEquals(0.75, quarters.normalizedValue(), 1e-9);
    assertEquals("Hour", quarters.unit());
  }

  @Test
  public void megapixelsAreAResolutionAndASpacedMpIsNone() {
    QuantityMention q = only("The phone has a 12MP camera.");

    assertEquals("12MP", q.text());
    assertEquals("Megapixel", q.unit());
    assertEquals(List.of(), extractor.extract("The 12 MP voted.").stream().filter(m -> "Megapixel".equals(m.unit())).toList());
  }

  @Test
  public void thePluralOfAnAcronymIsACountedNoun() {
    QuantityMention q = only("Yesterday 12 MPs voted against it.");

    assertEquals("12 MPs", q.text());
    assertEquals("MPs", q.unit());
    assertEquals(QuantityKind.COUNT, q.kind());
  }
}
