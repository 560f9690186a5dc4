package io.claimsift.claims.dates;

/**
 * What the date engine accepts as a calendar anchor, as a value object (in the manner of jsoup's
 * {@code Safelist}): one engine, two presets. {@link #claims()} reads the dates of a sentence,
 * {@link #dateline()} the date of a dateline or a meta-tag value. They differ where the two texts
 * differ:
 *
 * <ul>
 *   <li>a claim's year in words is 1800-2100 ("May 5, 2150" is no date there; in a dateline any
 *       four-digit year is);
 *   <li>a claim may state a month of a year ("December 2015"), a bare year ("in 2015"), a bare
 *       capitalised month ("in March") or a run of years ("2019-20"); a dateline states a whole
 *       day: "July 2012" there is an archive link, and a bare number a page or an issue number;
 *   <li>a claim's numeric day may be dashed ("03-04-21") and have a two-digit year; a dateline's
 *       is slashed or dotted with a four-digit year ("25/12/2020"), because dashed runs of numbers
 *       in page chrome are codes and phone numbers more often than days.
 * </ul>
 *
 * Immutable and thread-safe.
 *
 * @param minYear the first year a word date or a bare year may name
 * @param maxYear the last year a word date or a bare year may name
 * @param monthYears whether a month and a year ("December 2015") is a date
 * @param bareYears whether a lone four-digit year is a date
 * @param bareMonths whether a lone capitalised month name is a date (its year comes from context)
 * @param yearRuns whether "2019-20" (a four-digit year, a dash, two digits) is a run of years
 * @param dayFirstSeparators the separators of a numeric day-month-year or month-day-year date
 * @param twoDigitYears whether such a date may end with a two-digit year
 */
public record DatePreset(
    int minYear,
    int maxYear,
    boolean monthYears,
    boolean bareYears,
    boolean bareMonths,
    boolean yearRuns,
    String dayFirstSeparators,
    boolean twoDigitYears) {

  private static final DatePreset CLAIMS = new DatePreset(1800, 2100, true, true, true, true, "/.-", true);
  private static final DatePreset DATELINE = new DatePreset(0, 9999, false, false, false, false, "/.", false);

  /** The preset of claim sentences. */
  public static DatePreset claims() {
    return CLAIMS;
  }

  /** The preset of datelines and page metadata. */
  public static DatePreset dateline() {
    return DATELINE;
  }

  /** True when {@code year} may be named by a word date or stand alone. */
  boolean acceptsYear(int year) {
    return year >= minYear && year <= maxYear;
  }
}
