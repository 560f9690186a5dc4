package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.Test;

/** The window of believable publication times, and the sentinels pages write for "unknown". */
public class PlausibleDatesTest {

  @Test
  public void sentinelsAreNotPlausible() {
    assertThat(PlausibleDates.isPlausible(Instant.parse("0001-01-01T00:00:00Z")), is(false));
    assertThat(PlausibleDates.isPlausible(Instant.parse("1900-01-01T00:00:00Z")), is(false));
    assertThat(PlausibleDates.isPlausible(Instant.EPOCH), is(false));
    assertThat(PlausibleDates.isPlausible(Instant.parse("9999-12-31T23:59:59Z")), is(false));
    assertThat(PlausibleDates.isSentinel(Instant.parse("0001-01-01T05:00:00Z")), is(true));
    assertThat(PlausibleDates.isSentinel(Instant.parse("1900-01-01T12:00:00Z")), is(true));
  }

  @Test
  public void theWindowRunsFrom1990To2099() {
    assertThat(PlausibleDates.isPlausible(Instant.parse("1989-12-31T23:59:59Z")), is(false));
    assertThat(PlausibleDates.isPlausible(Instant.parse("1990-01-01T00:00:00Z")), is(true));
    assertThat(PlausibleDates.isPlausible(Instant.parse("2019-11-19T08:00:00Z")), is(true));
    assertThat(PlausibleDates.isPlausible(Instant.parse("2099-12-31T23:59:59Z")), is(true));
    assertThat(PlausibleDates.isPlausible(Instant.parse("2100-01-01T00:00:00Z")), is(false));
    assertThat(PlausibleDates.isPlausible((Instant) null), is(false));
  }

  @Test
  public void daysAreJudgedByTheirStart() {
    assertThat(PlausibleDates.isPlausible(LocalDate.of(2019, 11, 19)), is(true));
    assertThat(PlausibleDates.isPlausible(LocalDate.of(1, 1, 1)), is(false));
    assertThat(PlausibleDates.isPlausible((LocalDate) null), is(false));
  }
}
