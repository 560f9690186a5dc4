package io.claimsift.lexicon;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.Test;

public class LexiconTest {

  @Test
  public void monthsKeepCalendarOrderAndPreferredAbbreviations() {
    assertEquals(12, Months.names().size());
    assertEquals("january", Months.names().get(0));
    assertEquals(List.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"),
        Months.abbreviations());
    assertEquals(24, Months.words().size());
  }

  @Test
  public void monthNumberReadsAnyFormByItsKey() {
    assertEquals(3, Months.number("March"));
    assertEquals(9, Months.number("Sept."));
    assertEquals(12, Months.number("DEC"));
    assertEquals(0, Months.number("Smarch"));
  }

  @Test
  public void weekdaysFromMonday() {
    assertEquals(List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), Weekdays.names());
    assertEquals(List.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
        Weekdays.abbreviations());
    assertEquals(DayOfWeek.THURSDAY, Weekdays.day("Thurs"));
    assertEquals(DayOfWeek.SUNDAY, Weekdays.day("sunday"));
    assertNull(Weekdays.day("someday"));
  }

  @Test
  public void numeralsByKindAndValue() {
    assertEquals(List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), Numerals.cardinals(1, 9));
    assertEquals("fifteen", Numerals.cardinal(15));
    assertEquals(Long.valueOf(100), Numerals.cardinals().get("hundred"));
    assertEquals(List.of("nought", "naught"), Numerals.zeroWords());
    List<String> days = Numerals.ordinals(1, 31);
    assertEquals(21, days.size()); // first ... nineteenth, twentieth, thirtieth
    assertEquals("thirtieth", days.get(20));
    assertEquals(Long.valueOf(1_000_000_000_000L), Numerals.ordinals().get("trillionth"));
    assertEquals(Long.valueOf(4), Numerals.fractions().get("quarter"));
    assertTrue(Numerals.dozens().contains("doz"));
    assertEquals(Long.valueOf(90), Numerals.decades().get("nineties"));
  }

  @Test
  public void scalesWithTheirMultipliers() {
    assertEquals(19, Scales.all().size());
    assertEquals(1e12, Scales.all().get("trn"), 0);
    assertEquals(1e5, Scales.all().get("lakh"), 0);
    assertEquals(List.of("thousand", "million", "billion", "trillion", "lakh", "crore"), List.copyOf(Scales.spelled().keySet()));
    assertEquals(List.of("thousand", "million", "billion", "trillion", "mn", "bn"),
        List.copyOf(Scales.afterCurrencyCode().keySet()));
  }

  @Test
  public void abbreviationsCurrenciesAndUnitsAreLoaded() {
    assertEquals(List.of("mr", "mrs", "ms", "dr", "prof"), Abbreviations.honorifics());
    assertTrue(Abbreviations.neverTerminal().contains("ph.d"));
    assertTrue(Abbreviations.lowerCase().contains("approx"));
    assertTrue(Abbreviations.sometimesTerminal().contains("inc"));
    assertEquals("USD", CurrencyList.codes().get(0));
    assertTrue(CurrencyList.wordlikeCodes().contains("TRY"));
    assertEquals("United States dollar", CurrencyList.names().get("USD"));
    assertTrue(CurrencyList.symbols().contains(new CurrencyList.Symbol("€", "EUR", CurrencyList.Position.BOTH)));
    assertTrue(CurrencyList.nameForms().stream().anyMatch(f -> f.hundredth() && f.code().equals("GBP") && f.forms().contains("pence")));
    assertEquals("Kilometer per hour", UnitList.units().get(0).name());
    UnitList.Unit inch = UnitList.units().stream().filter(u -> u.name().equals("Inch")).findFirst().orElseThrow();
    assertEquals(List.of("\"", "″"), inch.symbols());
    assertEquals(List.of("inch", "inches"), inch.names());
    assertEquals("length", inch.dimension());
    assertEquals(0.0254, inch.scale(), 1e-12);
  }

  @Test
  public void listsAndMapsAreImmutable() {
    assertThrows(UnsupportedOperationException.class, () -> Months.names().add("smarch"));
    assertThrows(UnsupportedOperationException.class, () -> Numerals.cardinals().put("eleventy", 110L));
    assertThrows(UnsupportedOperationException.class, () -> Scales.all().remove("k"));
    assertThrows(UnsupportedOperationException.class, () -> CurrencyList.names().clear());
  }

  @Test
  public void wordPatternsJoinInOrderAndEscape() {
    assertEquals("January|February", WordPatterns.anyOf(WordPatterns.capitalised(Months.names().subList(0, 2))));
    assertEquals("e\\.g|gov't|US\\$", WordPatterns.anyOf(List.of("e.g", "gov't", "US$")));
    assertEquals("[$€\\-]", WordPatterns.characterClass(List.of("$", "€", "-")));
  }
}
