package io.claimsift.claims.dates;

import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Numerals;
import io.claimsift.lexicon.Weekdays;
import java.util.HashSet;
import java.util.List;
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

  private static final Set<String> CUE_WORDS = cueWords();

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

  private static Set<String> cueWords() {
    Set<String> words = new HashSet<>();
    // months, full and abbreviated
    words.addAll(Months.words());
    // weekdays (abbreviations only count next to a digit)
    words.addAll(Weekdays.names());
    // periods and days relative to the reference
    words.addAll(List.of("day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters",
        "decade", "decades", "century", "weekend", "workweek", "today", "tonight", "tomorrow", "yesterday", "date"));
    // holidays not named with "day"
    words.addAll(List.of("christmas", "easter", "thanksgiving", "halloween", "patrick"));
    // seasons
    words.addAll(List.of("spring", "summer", "autumn", "fall", "winter"));
    // years and decades in words: "two thousand", "nineteen hundred", "fifteen" to "twenty", "the nineties"
    words.add("thousand");
    words.add(Numerals.cardinal(100));
    words.addAll(Numerals.cardinals(15, 20));
    words.addAll(Numerals.decades().keySet());
    return Set.copyOf(words);
  }
}
