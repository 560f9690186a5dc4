package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertNone;
import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.only;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import org.junit.Test;

/** The holiday rule: names and their rules from holidays.tsv (reference day Wednesday 2019-06-12). */
public class HolidayPhrasesTest {

  @Test
  public void eachKindOfRulePlacesTheHolidayInAYear() {
    assertEquals(LocalDate.of(2020, 12, 24), HolidayPhrases.rule("fixed 12-24").apply(2020));
    assertEquals(LocalDate.of(2019, 4, 22), HolidayPhrases.rule("easter 1").apply(2019)); // Easter 2019: April 21
    assertEquals(LocalDate.of(2019, 5, 27), HolidayPhrases.rule("weekday 5 -1 monday 0").apply(2019));
    assertEquals(LocalDate.of(2019, 11, 29), HolidayPhrases.rule("weekday 11 4 thursday 1").apply(2019));
  }

  @Test
  public void aNameMatchesWordForWordInAnyCaseWithEitherApostrophe() {
    assertSpan(only("They met on Christmas Eve 2018."), "Christmas Eve 2018", "2018-12-24", "2018-12-24");
    assertSpan(only("They met on st. patrick’s day."), "st. patrick’s day", "2019-03-17", "2019-03-17");
    assertSpan(only("They met on Thanksgiving, 2017."), "Thanksgiving, 2017", "2017-11-23", "2017-11-23");
    assertNone("The Christmasy mood lasted.");
  }

  @Test
  public void aStepWordPlacesTheHolidayBeforeOrAfterTheReferenceDay() {
    assertSpan(only("They met last Easter."), "last Easter", "2019-04-21", "2019-04-21");
    assertSpan(only("They meet next Easter."), "next Easter", "2020-04-12", "2020-04-12");
    assertSpan(only("They met on previous Christmas."), "previous Christmas", "2018-12-25", "2018-12-25");
  }
}
