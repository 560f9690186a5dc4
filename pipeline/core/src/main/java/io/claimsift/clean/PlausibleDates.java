package io.claimsift.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * The window of publication and update times ClaimSift believes, and the "unknown" sentinels that
 * pages write instead of a date. A metadata date outside the window is treated as unknown and the
 * next source is tried; relative dates ("last year") are resolved only against a day inside it.
 *
 * <p>The floor is 1990-01-01 (no news page on the web is older; the web itself dates from 1991),
 * the ceiling is 2100-01-01, exclusive (a fixed bound, not the clock, so that a run's output never
 * depends on the day it runs). Sentinels: any time in year 1 (Go's and .NET's zero time,
 * {@code 0001-01-01T00:00:00Z}), 1900-01-01 (spreadsheet and SQL defaults), the Unix epoch
 * 1970-01-01T00:00:00Z and 9999-12-31 ("never"). All lie outside the window already; they are
 * named so that the rule survives a change of the window.
 */
public final class PlausibleDates {
  /** The earliest plausible publication time, inclusive. */
  public static final Instant FLOOR = Instant.parse("1990-01-01T00:00:00Z");
  /** The end of the plausible window, exclusive. */
  public static final Instant CEILING = Instant.parse("2100-01-01T00:00:00Z");

  private static final Set<LocalDate> SENTINEL_DAYS =
      Set.of(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));

  private PlausibleDates() {}

  /** True when {@code instant} is a real publication or update time: no sentinel, inside the window. */
  public static boolean isPlausible(Instant instant) {
    return instant != null
        && !instant.isBefore(FLOOR)
        && instant.isBefore(CEILING)
        && !isSentinel(instant);
  }

  /** True when {@code day} could be a publication day (its start, UTC, is plausible). */
  public static boolean isPlausible(LocalDate day) {
    return day != null && isPlausible(day.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** The known "unknown date" values: year 1 or earlier, 1900-01-01, the Unix epoch, 9999-12-31. */
  static boolean isSentinel(Instant instant) {
    if (instant.equals(Instant.EPOCH)) {
      return true;
    }
    LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
    return day.getYear() <= 1 || SENTINEL_DAYS.contains(day);
  }
}
