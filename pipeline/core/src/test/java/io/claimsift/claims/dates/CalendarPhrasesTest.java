package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.only;

import org.junit.Test;

/**
 * Day ranges within a month and weekday-numbered days, read over tokens. Reference day Wednesday
 * 2019-06-12.
 */
public class CalendarPhrasesTest {

  @Test
  public void aMonthAndTwoDaysInEitherOrder() {
    assertSpan(only("The fair runs April 9th through 17th."), "April 9th through 17th", "2019-04-09", "2019-04-17");
    assertSpan(only("Polls open on the ninth to the twenty-first of May, 2020."), "the ninth to the twenty-first of May, 2020",
        "2020-05-09", "2020-05-21");
    assertSpan(only("It closed between the 3rd and the 5th of March."), "between the 3rd and the 5th of March",
        "2019-03-03", "2019-03-05");
  }

  @Test
  public void andJoinsOnlyAfterBetweenAndADashedFallIsAScore() {
    assertSpan(only("Sales in March 2-1 were flat."), "March 2", "2019-03-02", "2019-03-02"); // no range back to the 1st
    assertSpan(only("It ran March 2 and 5."), "March 2", "2019-03-02", "2019-03-02"); // "and" without "between"
  }

  @Test
  public void aDayWordStartsAWord() {
    // "xfirst" is no day: the range's days, the month and "the" are whole words
    assertSpan(only("It ran from xfirst to 3 May."), "3 May", "2019-05-03", "2019-05-03");
  }

  @Test
  public void aWeekdayAndItsDayOfTheMonthIsTheNearestSuchDayFromTheReference() {
    assertSpan(only("We meet Monday 17th at noon."), "Monday 17th", "2019-06-17", "2019-06-17");
    assertSpan(only("We met Tues., the 2nd of nothing."), "Tues., the 2nd", "2019-07-02", "2019-07-02");
  }
}
