package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import org.junit.Test;

/** Dates in short lines, with the four-digit prefilter in front of the date patterns. */
public class DatelineDatesTest {

  @Test
  public void linesWithoutAFourDigitRunHoldNoDate() {
    assertThat(DatelineDates.findAll("Page 12 of 300").isEmpty(), is(true));
    assertThat(DatelineDates.findAll("March 3, 21").isEmpty(), is(true));
    assertThat(DatelineDates.findAll("Issue 3 2021").isEmpty(), is(true));
  }

  @Test
  public void everyPatternStillFindsItsDate() {
    assertThat(DatelineDates.findAll("March 3, 2021").get(0).instant(),
        is(Instant.parse("2021-03-03T00:00:00Z")));
    assertThat(DatelineDates.findAll("Published 3 MAY 2021").get(0).instant(),
        is(Instant.parse("2021-05-03T00:00:00Z")));
    assertThat(DatelineDates.findAll("3rd of March 2021").get(0).instant(),
        is(Instant.parse("2021-03-03T00:00:00Z")));
    assertThat(DatelineDates.findAll("2021-03-03T10:15:00Z").get(0).instant(),
        is(Instant.parse("2021-03-03T10:15:00Z")));
    assertThat(DatelineDates.findAll("25/12/2020").get(0).instant(),
        is(Instant.parse("2020-12-25T00:00:00Z")));
  }

  @Test
  public void theDatelinePresetTakesWholeDaysOnly() {
    assertThat(DatelineDates.findAll("Archive: July 2012").isEmpty(), is(true));
    assertThat(DatelineDates.findAll("Call 03-04-2021").isEmpty(), is(true));
    assertThat(DatelineDates.findAll("May 5, 2150 10:00 am UTC").get(0).instant(),
        is(Instant.parse("2150-05-05T10:00:00Z")));
    assertThat(DatelineDates.findAll("2021-03-03 10:15+02:00").get(0).instant(),
        is(Instant.parse("2021-03-03T08:15:00Z")));
  }

  @Test
  public void relativeTimesNeedNoDigits() {
    assertThat(DatelineDates.isOnlyDate("Updated yesterday"), is(false));
    assertThat(DatelineDates.isOnlyDate("yesterday"), is(true));
    assertThat(DatelineDates.isOnlyDate("3 hours ago"), is(true));
    assertThat(DatelineDates.isOnlyDate("Monday, March 3, 2021 at 10:15 am"), is(true));
  }
}
