package io.claimsift.claims.dates;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap test of whether a sentence may hold a date at all, run before the date patterns (which
 * cost most of the claim extraction time): a digit, or a word some date pattern needs (a month or
 * weekday name, a period unit, "today", a season, a holiday, a year or decade in words).
 *
 * <p>Every pattern of {@link DateExtractor} and its helpers requires one of these cues, as a whole
 * word between non-letters (ASCII letters are compared, as the patterns' {@code \b} does), so a
 * sentence without any yields no date either way. Stateless and thread-safe.
 */
final class DateCues {

  private static final Set<String> CUE_WORDS =
      Set.of(
          // months, full and abbreviated
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          // weekdays (abbreviations only count next to a digit)
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          // periods and days relative to the reference
          "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters", "decade",
          "decades", "century", "weekend", "workweek", "today", "tonight", "tomorrow", "yesterday", "date",
          // holidays not named with "day"
          "christmas", "easter", "thanksgiving", "halloween", "patrick",
          // seasons
          "spring", "summer", "autumn", "fall", "winter",
          // years and decades in words
          "thousand", "hundred", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenties",
          "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties");

  private static final int SHORTEST = CUE_WORDS.stream().mapToInt(String::length).min().orElse(0);
  private static final int LONGEST = CUE_WORDS.stream().mapToInt(String::length).max().orElse(0);

  private DateCues() {}

  /** True when {@code s} holds a digit or a cue word; false means no date pattern can match. */
  static boolean mayHoldDate(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      if (!isAsciiLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isAsciiLetter(s.charAt(i))) {
        i++;
      }
      int length = i - start; // other lengths cannot be cue words: skip the lookup
      if (length >= SHORTEST && length <= LONGEST && CUE_WORDS.contains(s.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
