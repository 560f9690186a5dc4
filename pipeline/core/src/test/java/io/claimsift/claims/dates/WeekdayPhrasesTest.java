package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.extract;
import static io.claimsift.claims.dates.DateSentences.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** The weekday rule: a weekday and its step word, placed from the reference day (Wednesday 2019-06-12). */
public class WeekdayPhrasesTest {

  @Test
  public void eachStepWordPlacesTheWeekdayAsTheLexiconSays() {
    assertSpan(only("We met on Monday."), "Monday", "2019-06-10", "2019-06-10"); // the latest up to the day
    assertSpan(only("We met last Friday."), "last Friday", "2019-06-07", "2019-06-07"); // the previous week's
    assertSpan(only("We meet next Monday."), "next Monday", "2019-06-17", "2019-06-17"); // the next week's
    assertSpan(only("We meet this Friday."), "this Friday", "2019-06-14", "2019-06-14"); // this week's
    assertSpan(only("We meet this coming Tuesday."), "this coming Tuesday", "2019-06-18", "2019-06-18");
    assertSpan(only("We met past Thursday."), "past Thursday", "2019-06-06", "2019-06-06");
  }

  @Test
  public void aWeekdayIsAWholeWordInAnyCase() {
    assertSpan(only("We meet NEXT SUNDAY."), "NEXT SUNDAY", "2019-06-23", "2019-06-23");
    assertEquals(0, extract("We meet on Mondays and Tues.").size());
  }

  @Test
  public void aSteppedWeekdayNamingTheDateAfterItIsOneMention() {
    assertSpan(only("We meet this coming Friday, June 21."), "this coming Friday, June 21", "2019-06-21", "2019-06-21");
    assertTrue(WeekdayPhrases.isWeekday("next Friday"));
    assertFalse(WeekdayPhrases.isWeekday("next Friday 7/6"));
    assertTrue(WeekdayPhrases.startsWithWeekday("Thursday or Friday"));
    assertFalse(WeekdayPhrases.startsWithWeekday("Fridays"));
  }
}
