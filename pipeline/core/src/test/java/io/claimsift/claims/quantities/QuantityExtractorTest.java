package io.claimsift.claims.quantities;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.claimsift.sentences.Sentence;
import java.util.List;
import org.junit.Test;

public class QuantityExtractorTest {

  /** Text before the sentence, so every offset below is checked as absolute, not relative. */
  private static final String PREFIX = "Intro. ";

  private final QuantityExtractor extractor = QuantityExtractor.english();

  private List<QuantityMention> extract(String sentence) {
    String clean = PREFIX + sentence;
    List<QuantityMention> found = extractor.extract(clean, new Sentence(PREFIX.length(), clean.length(), sentence));
    for (QuantityMention q : found) {
      assertEquals(q.text(), clean.substring(q.start(), q.end()));
    }
    return found;
  }

  private static void assertMoney(QuantityMention q, String text, double value, String iso, double normalized) {
    assertEquals(text, q.text());
    assertEquals(QuantityKind.MONEY, q.kind());
    assertEquals(value, q.value(), 1e-9);
    assertEquals(iso, q.unit());
    assertEquals(iso, q.currency());
    assertEquals(normalized, q.normalizedValue(), 1e-3);
  }

  private static void assertCount(QuantityMention q, String text, double value, String unit) {
    assertEquals(text, q.text());
    assertEquals(QuantityKind.COUNT, q.kind());
    assertEquals(value, q.value(), 1e-9);
    assertEquals(unit, q.unit());
    assertNull(q.currency());
    assertEquals(value, q.normalizedValue(), 1e-9);
  }

  @Test
  public void dollarSignWithScaleWord() {
    List<QuantityMention> q = extract("North Korea stole $2 billion from exchanges.");

    assertEquals(1, q.size());
    assertMoney(q.get(0), "$2 billion", 2.0, "USD", 2.0E9);
    assertEquals(PREFIX.length() + 18, q.get(0).start());
    assertEquals(PREFIX.length() + 28, q.get(0).end());
  }

  @Test
  public void isoCodeBeforeNumberWithGluedSuffix() {
    List<QuantityMention> q = extract("Raiders have amassed USD 2Bn so far.");

    assertEquals(1, q.size());
    assertMoney(q.get(0), "USD 2Bn", 2.0, "USD", 2.0E9);
  }

  @Test
  public void abbreviatedScalesWithSpace() {
    List<QuantityMention> q = extract("It made $2 bn and USD 2 billion and EUR 3.5mn.");

    assertEquals(3, q.size());
    assertMoney(q.get(0), "$2 bn", 2.0, "USD", 2.0E9);
    assertMoney(q.get(1), "USD 2 billion", 2.0, "USD", 2.0E9);
    assertMoney(q.get(2), "EUR 3.5mn", 3.5, "EUR", 3.5E6);
  }

  @Test
  public void isoCodeGluedToNumberAndNoBreakSpaceBeforeScale() {
    List<QuantityMention> q = extract("It took USD2bn and then $4\u00A0million more.");

    assertEquals(2, q.size());
    assertMoney(q.get(0), "USD2bn", 2.0, "USD", 2.0E9);
    assertMoney(q.get(1), "$4\u00A0million", 4.0, "USD", 4.0E6);
  }

  @Test
  public void isoCodeAfterNumber() {
    List<QuantityMention> q = extract("They paid 2 billion USD in fines.");

    assertEquals(1, q.size());
    assertMoney(q.get(0), "2 billion USD", 2.0, "USD", 2.0E9);
  }

  @Test
  public void currencySymbols() {
    List<QuantityMention> q = extract("Costs were €5, £6 million, ¥7 and ₩8 trillion, plus US$9.");

    assertEquals(5, q.size());
    assertMoney(q.get(0), "€5", 5, "EUR", 5);
    assertMoney(q.get(1), "£6 million", 6, "GBP", 6.0E6);
    assertMoney(q.get(2), "¥7", 7, "JPY", 7);
    assertMoney(q.get(3), "₩8 trillion", 8, "KRW", 8.0E12);
    assertMoney(q.get(4), "US$9", 9, "USD", 9);
  }

  @Test
  public void currencyNamesAfterNumber() {
    List<QuantityMention> q = extract("It cost 5 dollars, 6 euros, 7 pounds, 8 yen and 9 yuan.");

    assertEquals(5, q.size());
    assertMoney(q.get(0), "5 dollars", 5, "USD", 5);
    assertMoney(q.get(1), "6 euros", 6, "EUR", 6);
    assertMoney(q.get(2), "7 pounds", 7, "GBP", 7);
    assertMoney(q.get(3), "8 yen", 8, "JPY", 8);
    assertMoney(q.get(4), "9 yuan", 9, "CNY", 9);
  }

  @Test
  public void wonWithDollarAmountInParenthesesGivesTwoAmounts() {
    List<QuantityMention> q = extract("Losses amounted to nearly 2.7 trillion won ($2.3 billion).");

    assertEquals(2, q.size());
    assertMoney(q.get(0), "2.7 trillion won", 2.7, "KRW", 2.7E12);
    assertMoney(q.get(1), "$2.3 billion", 2.3, "USD", 2.3E9);
  }

  @Test
  public void spelledOutAmountInUsDollars() {
    List<QuantityMention> q = extract("Proceeds are estimated at up to two billion U.S. dollars, experts said.");

    assertEquals(1, q.size());
    assertMoney(q.get(0), "two billion U.S. dollars", 2.0, "USD", 2.0E9);
  }

  @Test
  public void thousandsSeparatorsAndKSuffixWithCurrency() {
    List<QuantityMention> q = extract("The fund held $1,200,000 and paid $5k in fees.");

    assertEquals(2, q.size());
    assertMoney(q.get(0), "$1,200,000", 1_200_000, "USD", 1.2E6);
    assertMoney(q.get(1), "$5k", 5, "USD", 5000);
  }

  @Test
  public void percentages() {
    List<QuantityMention> q = extract("Sales rose 12%, then 12 percent and later 12.5 per cent.");

    assertEquals(3, q.size());
    assertEquals(List.of("12%", "12 percent", "12.5 per cent"), q.stream().map(QuantityMention::text).toList());
    for (QuantityMention m : q) {
      assertEquals(QuantityKind.PERCENT, m.kind());
      assertEquals("percent", m.unit());
      assertEquals(m.value(), m.normalizedValue(), 1e-9);
    }
    assertEquals(12.5, q.get(2).value(), 1e-9);
  }

  @Test
  public void countsTakeTheFollowingNounPhrase() {
    List<QuantityMention> q =
        extract("They carried out 35 cyber attacks on banks and exchanges in 17 countries, in the period of December 2015 to May 2019.");

    assertEquals(2, q.size());
    assertCount(q.get(0), "35 cyber attacks", 35, "attacks"); // the unit is the head noun
    assertCount(q.get(1), "17 countries", 17, "countries");
  }

  @Test
  public void countWithParticipleAdjective() {
    List<QuantityMention> q = extract("Experts list at least 35 reported instances of theft.");

    assertEquals(1, q.size());
    assertCount(q.get(0), "35 reported instances", 35, "instances");
  }

  @Test
  public void countStopsBeforeVerbForms() {
    List<QuantityMention> q = extract("As many as 100 raids having taken place, 40 people died.");

    assertEquals(2, q.size());
    assertCount(q.get(0), "100 raids", 100, "raids");
    assertCount(q.get(1), "40 people", 40, "people");
  }

  @Test
  public void rangeKeepsLowerBound() {
    List<QuantityMention> q = extract("It built a team of 20-30 cyber warriors.");

    assertEquals(1, q.size());
    assertCount(q.get(0), "20-30 cyber warriors", 20, "warriors");
  }

  @Test
  public void hyphenatedUnit() {
    List<QuantityMention> q = extract("It published a 142-page report.");

    assertEquals(1, q.size());
    assertCount(q.get(0), "142-page", 142, "page");
  }

  @Test
  public void numberWithoutNounIsPlainNumber() {
    List<QuantityMention> q = extract("The score was 42.");

    assertEquals(1, q.size());
    assertEquals("42", q.get(0).text());
    assertEquals(QuantityKind.NUMBER, q.get(0).kind());
    assertNull(q.get(0).unit());
    assertEquals(42, q.get(0).normalizedValue(), 1e-9);
  }

  @Test
  public void numberWords() {
    List<QuantityMention> q =
        extract("Twenty-five soldiers, a dozen tanks, one hundred and five guns and three million people.");

    assertEquals(4, q.size());
    assertCount(q.get(0), "Twenty-five soldiers", 25, "soldiers");
    assertCount(q.get(1), "a dozen tanks", 12, "tanks");
    assertCount(q.get(2), "one hundred and five guns", 105, "guns");
    assertEquals("three million people", q.get(3).text());
    assertEquals(3, q.get(3).value(), 1e-9);
    assertEquals(3.0E6, q.get(3).normalizedValue(), 1e-3);
  }

  @Test
  public void lonePronounOneIsSkipped() {
    // "Dozens of people" is a vague amount (VagueAmountsTest), the only quantity here
    assertEquals(List.of("Dozens of people"),
        extract("Dozens of people saw one of them and one which left.").stream().map(QuantityMention::text).toList());
  }

  @Test
  public void yearsAreLeftToTheDateExtractor() {
    List<QuantityMention> q = extract("In 2019, 2000 people protested since 2015.");

    assertEquals(1, q.size());
    assertCount(q.get(0), "2000 people", 2000, "people");
  }

  @Test
  public void skipsDayOfMonthTimesOrdinalsAndAlphanumerics() {
    assertEquals(
        List.of(),
        extract("On March 4, 2021 at 2:39 PM and 5 p.m. the 1st and 38th groups, APT38 and COVID-19 hit MP3 users."));
  }

  @Test
  public void bareMetreSuffixIsAMeasureNotAScale() {
    List<QuantityMention> q = extract("He won the 100m sprint.");

    assertEquals(1, q.size());
    assertEquals(QuantityKind.MEASURE, q.get(0).kind());
    assertEquals("Meter", q.get(0).unit());
    assertEquals(100.0, q.get(0).normalizedValue(), 0.0);
  }

  @Test
  public void rejectsSentenceNotInText() {
    try {
      extractor.extract("other text", new Sentence(0, 5, "abcde"));
      throw new AssertionError("expected IllegalArgumentException");
    } catch (IllegalArgumentException expected) {
      // the offsets would be meaningless
    }
  }

  @Test
  public void isoCodeAndSymbolWithScaleNormaliseAlikeAndDifferentAmountsDiffer() {
    QuantityMention code = extract("They took USD 2Bn.").get(0);
    QuantityMention symbol = extract("They took $2 billion.").get(0);
    QuantityMention other = extract("They took $2.3 billion.").get(0);

    assertEquals(code.currency(), symbol.currency());
    assertEquals(code.normalizedValue(), symbol.normalizedValue(), 0.0);
    assertEquals(2.3e9, other.normalizedValue(), 1.0);
  }

  @Test
  public void amountAndItsConversionInBracketsAreTwoAmounts() {
    List<QuantityMention> q = extract("It stole 2.7 trillion won ($2.3 billion) last year.");

    assertEquals(2, q.size());
    assertMoney(q.get(0), "2.7 trillion won", 2.7, "KRW", 2.7e12);
    assertMoney(q.get(1), "$2.3 billion", 2.3, "USD", 2.3e9);
  }

  @Test
  public void spacedPrefixesNamesAndSubUnits() {
    QuantityMention perShare = only("would amount to about c $ 1.34 a share .");
    assertEquals("c $ 1.34", perShare.text());
    assertEquals("CAD", perShare.currency());
    assertEquals("CAD per share", perShare.unit()); // a rate (RatesTest)
    assertMoney(only("he was fined 10,000 swiss francs ."), "10,000 swiss francs", 10000, "CHF", 10000);
    assertMoney(only("down 34 cents"), "34 cents", 34, "USD", 0.34);
    assertMoney(only("losses in excess of 30 MUSD were reported"), "30 MUSD", 30, "USD", 3e7);
  }

  @Test
  public void unitsOfMeasureAreMeasures() {
    QuantityMention q = only("The hills are about 17 km from the town.");

    assertEquals(QuantityKind.MEASURE, q.kind());
    assertEquals("17 km", q.text());
    assertEquals("Kilometer", q.unit());
  }

  @Test
  public void rangeKeepsBothBounds() {
    QuantityMention q = only("Between 20-30 people were there.");

    assertEquals("20-30 people", q.text());
    assertEquals(20.0, q.low(), 0.0);
    assertEquals(30.0, q.high(), 0.0);
  }

  @Test
  public void numericDatesAndQuartersAreNotQuantities() {
    assertEquals(List.of(), extract("It ended on 1/22/2016 and in 2017-Q1."));
  }

  private QuantityMention only(String sentence) {
    List<QuantityMention> q = extract(sentence);
    assertEquals("quantities in: " + sentence, 1, q.size());
    return q.get(0);
  }

  @Test
  public void percentSignOrWordWithoutNumberIsAUnitMentionNotAQuantity() {
    String text = "The table shows the % of increase; what percentage is that?";

    List<UnitMention> bare = extractor.percentsWithoutNumber(text);

    assertEquals(List.of(
        new UnitMention("%", 20, 21, "percent"), new UnitMention("percentage", 40, 50, "percent")), bare);
    assertEquals(List.of(), extractor.extract(text));
  }

  @Test
  public void percentWithItsNumberOrInsideAUrlIsNoBareMention() {
    assertEquals(List.of(), extractor.percentsWithoutNumber("Sales rose 12% and then 5 per cent."));
    assertEquals(List.of(), extractor.percentsWithoutNumber("See https://example.com/q?x=30%25%2020% now"));
  }

  private List<String> texts(String sentence) {
    return extract(sentence).stream().map(QuantityMention::text).toList();
  }

  @Test
  public void telephoneNumbersAreNoRangesOrAmounts() {
    assertEquals(List.of(), texts("Call (650) 425-5483, 1-800-445-3235 or 212-555-1234."));
  }

  @Test
  public void ranksAndLabelsAreNoAmounts() {
    assertEquals(List.of("12 tests"), texts("Myth #3: the #1 enemy, No. 178 and number two ran 12 tests."));
  }

  @Test
  public void bareYearIsNoAmountButAYearLikeCountIs() {
    assertEquals(List.of("2019 people"), texts("2019 is just not as strong, 2019 people said."));
  }

  @Test
  public void networkGenerationIsNoGigaAmount() {
    assertEquals(List.of(), texts("The 5G network reached 4G phones."));
  }

  @Test
  public void halfOfIsAnAmountButNotAPart() {
    List<QuantityMention> q = extract("About half of Americans agreed in the first half of the year.");

    assertEquals(1, q.size());
    assertEquals("half", q.get(0).text());
    assertEquals(0.5, q.get(0).value(), 1e-9);
    assertEquals("~", q.get(0).bound());
  }

  @Test
  public void halfAMillionDollars() {
    List<QuantityMention> q = extract("The state spent nearly half a million dollars.");

    assertEquals(1, q.size());
    assertMoney(q.get(0), "half a million dollars", 0.5, "USD", 500_000);
  }

  @Test
  public void ordinalBeforeANounIsNoFraction() {
    assertEquals(List.of("a third"), texts("It was the third case; a third case was found; costs fell by a third."));
  }

  @Test
  public void countUnitIsTheHeadNounAndParticiplesAloneCountNothing() {
    List<QuantityMention> q = extract("It found 900 premature deaths, 2 soft-boiled eggs and one made by Pfizer.");

    assertEquals(2, q.size());
    assertCount(q.get(0), "900 premature deaths", 900, "deaths");
    assertCount(q.get(1), "2 soft-boiled eggs", 2, "eggs");
  }

  @Test
  public void changeThenLevelIsNoRange() {
    List<QuantityMention> q = extract("The toll fell by 12 to 340.");

    assertEquals(2, q.size());
    assertEquals("12", q.get(0).text());
    assertEquals("down", q.get(0).change());
    assertNull(q.get(0).high());
    assertEquals("340", q.get(1).text());
  }

  @Test
  public void minusSignBeforeDigits() {
    List<QuantityMention> q = extract("It fell to -5C, a change of -3%, in COVID-19 wards.");

    assertEquals(2, q.size());
    assertEquals("-5C", q.get(0).text());
    assertEquals(-5, q.get(0).value(), 1e-9);
    assertEquals("-3%", q.get(1).text());
    assertEquals(-3, q.get(1).value(), 1e-9);
  }

  @Test
  public void referenceMarksAndModelCodesAreNoAmounts() {
    // "787-9": a pair that does not rise is no range, so the whole is a code (or a score)
    assertEquals(List.of("30 jets"), texts("It bought 30 jets[47][112], all 787-9 models."));
  }

  @Test
  public void aNumberJoinedToTheNextSharesItsUnit() {
    List<QuantityMention> q = extract("Drink 4 or 5 ounces of it, 10 or 20 pills, between 10 and 20 pills.");

    assertEquals(5, q.size());
    assertEquals("4", q.get(0).text());
    assertEquals(QuantityKind.MEASURE, q.get(0).kind());
    assertEquals("Ounce", q.get(0).unit());
    assertCount(q.get(2), "10", 10, "pills");
    // "between" makes the two one range of pills
    assertCount(q.get(4), "10 and 20 pills", 10, "pills");
    assertEquals(20, q.get(4).high(), 1e-9);
  }

  @Test
  public void countedNounMayFollowANameAndMoreThanOneTakesAPlural() {
    List<QuantityMention> q = extract("There were 11 COVID-19 cases, 300 Facebook users, 1,000 maintenance and one person develops it.");

    assertEquals(4, q.size());
    assertCount(q.get(0), "11 COVID-19 cases", 11, "cases");
    assertCount(q.get(1), "300 Facebook users", 300, "users");
    assertEquals(QuantityKind.NUMBER, q.get(2).kind());
    assertCount(q.get(3), "one person", 1, "person");
  }

  @Test
  public void hyphenatedToJoinsARange() {
    List<QuantityMention> q = extract("It takes one-to-seven days, in one-to-one talks.");

    assertEquals(1, q.size());
    assertEquals("one-to-seven days", q.get(0).text());
    assertEquals(1, q.get(0).low(), 1e-9);
    assertEquals(7, q.get(0).high(), 1e-9);
  }

  @Test
  public void slashNumbersThatAreNoFractionOfAWhole() {
    assertEquals(List.of("3/4"), texts("It runs 24/7 since 9/11 for 3/4 of users."));
  }

  @Test
  public void aChangeRestatedAfterOrKeepsItsDirection() {
    List<QuantityMention> q = extract("The Dow fell 2,997 points, or about 12.9%, to 20,188.");

    assertEquals(3, q.size());
    assertEquals("down", q.get(0).change());
    assertEquals("down", q.get(1).change());
    assertEquals("~", q.get(1).bound());
    assertNull(q.get(2).change());
  }

  @Test
  public void aChangeFromOneLevelToAnotherIsNoRange() {
    assertEquals(List.of("4.4%", "14.7%", "20 to 30 people"),
        texts("Unemployment rose from 4.4% to 14.7% as from 20 to 30 people left."));
  }

  @Test
  public void bracketedReferencesAndListMarkersAreNoAmounts() {
    assertEquals(List.of("45"), texts("Water helps weight loss (10, 11), and Smith (45) agreed (3)."));
    assertEquals(List.of("3 days"), texts("14. Plan meals for 3 days"));
  }

  @Test
  public void aScaledAmountIsWholeBeforeAndAndTrnIsATrillion() {
    List<QuantityMention> q = extract("It raised $2.5bn-$3bn and 5 million euros, or 1.5trn yen.");

    assertEquals(3, q.size());
    assertEquals("$2.5bn-$3bn", q.get(0).text());
    assertEquals(3e9, q.get(0).high(), 1);
    assertMoney(q.get(1), "5 million euros", 5, "EUR", 5e6);
    assertMoney(q.get(2), "1.5trn yen", 1.5, "JPY", 1.5e12);
  }
}
