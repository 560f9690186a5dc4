package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertNone;
import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.only;

import org.junit.Test;

/**
 * The named-period rules written from the grammar: any step word of the lexicon before a weekend,
 * a working week, a run of business days or quarters, and centuries by any ordinal or step word.
 * The reference day is Wednesday 2019-06-12.
 */
public class NamedPeriodsTest {

  @Test
  public void aWeekendIsPlacedAsAWeekdayIs() {
    assertSpan(only("Crowds are expected this coming weekend."), "this coming weekend", "2019-06-15", "2019-06-16");
    assertSpan(only("Crowds came the past weekend."), "past weekend", "2019-06-08", "2019-06-09");
    assertSpan(only("Talks resume the following weekend."), "following weekend", "2019-06-22", "2019-06-23");
    assertNone("He works each weekend.");
  }

  @Test
  public void aWorkingWeekTakesAnyStepWordAndSpelling() {
    assertSpan(only("It ships the upcoming work-week."), "upcoming work-week", "2019-06-17", "2019-06-21");
    assertSpan(only("Sales rose in the past business week."), "past business week", "2019-06-03", "2019-06-07");
    assertSpan(only("Traders wait for the current workweek."), "current workweek", "2019-06-10", "2019-06-14");
  }

  @Test
  public void aRunOfBusinessDaysTakesAnyCountWord() {
    assertSpan(only("Refunds arrive in the next five working days."), "next five working days", "2019-06-13",
        "2019-06-19");
    assertSpan(only("Shares fell over the past 3 business days."), "past 3 business days", "2019-06-07", "2019-06-11");
  }

  @Test
  public void aRunOfQuartersTakesAnyStepWord() {
    assertSpan(only("Profit fell in the previous two quarters."), "previous two quarters", "2018-10-01", "2019-03-31");
    assertSpan(only("Growth is due in the upcoming 2 quarters."), "upcoming 2 quarters", "2019-07-01", "2019-12-31");
  }

  @Test
  public void aCenturyByAnyOrdinalOrAForwardStepWord() {
    assertSpan(only("The abbey dates from the 10th century."), "10th century", "0900-01-01", "0999-12-31");
    assertSpan(only("It was built in the eleventh century."), "eleventh century", "1000-01-01", "1099-12-31");
    assertSpan(only("Cities of the twenty first century grow."), "twenty first century", "2000-01-01", "2099-12-31");
    assertSpan(only("It is the worst flood this century."), "this century", "2000-01-01", "2099-12-31");
    assertSpan(only("Seas may rise by the next century."), "next century", "2100-01-01", "2199-12-31");
  }

  @Test
  public void aCenturyCountedFromSomethingElseIsNoDate() {
    assertNone("Rome fell in the 5th century BC.");
    assertNone("The church dates from the 7th century."); // before the year 900 the output's dates hold
    assertNone("In the first century of our history we built roads.");
    assertNone("Our third century should be better.");
    assertNone("Emissions fell over the past century."); // a duration in news, as for decades
  }
}
