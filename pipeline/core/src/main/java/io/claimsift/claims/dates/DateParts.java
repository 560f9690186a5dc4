package io.claimsift.claims.dates;

import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.WordPatterns;
import java.time.LocalDate;

/**
 * The parts of reading a calendar date that every date reader shares: the month words of the
 * lexicon as a pattern piece, a month's number from its name, and the order of a numeric day and
 * month. The claim engine ({@link DateExtractor}) and the dateline reader of
 * {@code io.claimsift.clean} both build on them. Stateless and thread-safe.
 */
public final class DateParts {

  /**
   * Every month name, then every abbreviation, lower case, for case-insensitive patterns:
   * "january|...|december|jan|...|sept|sep|...|dec" (a name before its abbreviation, so "march"
   * wins over "mar", and "sept" over "sep").
   */
  public static final String MONTHS = WordPatterns.anyOf(Months.words());

  private DateParts() {}

  /** The month (1-12) of a name or abbreviation in any case, with or without a dot ("Sept."); 0 when none. */
  public static int month(String name) {
    return Months.number(name);
  }

  /**
   * The day a numeric date such as "10/7/2018" or "25.12.2020" names: month first (US order)
   * unless the first number cannot be a month. Throws {@link java.time.DateTimeException} when
   * the numbers make no real day.
   */
  public static LocalDate numericDay(int year, int first, int second) {
    return first > 12 ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
  }
}
