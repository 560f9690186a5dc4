package io.claimsift.claims.dates;

import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Numerals;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates stated relative to a reference day (the article's publication date): "today", "last
 * week", "next Monday", "three days ago", "in two weeks", "the past five years", "this month",
 * "year to date", and calendar dates that omit the year ("July 1st", "22/04", "in March"), which
 * take the reference's year: the order in which the token rules run ({@link RelativePhrases},
 * {@link MonthDays}, {@link NumericDates}). Also decades ("the 1990s") and numeric dates ("1/22/2016",
 * "2015-3", "Dec/2018", "05-Aug-2016"), which need no reference. Weeks run Monday to Sunday.
 * Stateless.
 */
final class RelativeDates {

  /** A resolved expression: extent, inclusive first and last day, granularity. */
  record Found(int start, int end, LocalDate first, LocalDate last, Granularity granularity) {}

  /** Counts of days, weeks, months or years in words: "a" and "an" are one, and the lexicon's cardinals one to a hundred. */
  private static final List<String> COUNT_WORDS = Numerals.cardinals(1, 100);
  private static final Map<String, Integer> NUMBER_WORDS = countWords();

  private RelativeDates() {}

  /** Expressions needing no reference day: decades and numeric dates with a year ({@code ref}, may be null, places two-digit years). */
  static List<Found> absolute(DateTokens t, LocalDate ref) {
    List<Found> out = new ArrayList<>();
    RelativePhrases.scan(t, Decades.DIGITS, ref, out);
    NumericDates.yearMonth(t, out); // "2015-3"
    NumericDates.namedMonthDays(t, out); // "05-Aug-2016", "2019/aug/01"
    return out;
  }

  /** Expressions resolved against {@code ref}. */
  static List<Found> relative(String s, DateTokens t, LocalDate ref, DateCues cues) {
    List<Found> out = new ArrayList<>();
    // a rule runs only when the sentence holds a word it needs (all of them without cues)
    boolean digit = cues == null || cues.digit();
    boolean deixis = cues == null || cues.any(DateCues.DEIXIS);
    boolean unit = cues == null || cues.any(DateCues.UNITS);
    boolean monthWord = cues == null || cues.any(DateCues.MONTHS);
    boolean weekday = cues == null || cues.any(DateCues.WEEKDAY_NAMES);
    if (deixis || unit) { // "from now" needs a unit, and "now" is no deixis word
      RelativePhrases.scan(t, RelativePhrases.FROM_DAY_WORD, ref, out);
    }
    if (deixis || unit) { // "the day before" holds no deixis word
      RelativePhrases.scan(t, RelativePhrases.DAY_WORD, ref, out);
    }
    if (unit || deixis) {
      RelativePhrases.scan(t, MonthDays.TO_DATE, ref, out); // "year to date", "till date"
    }
    if (unit) {
      RelativePhrases.scan(t, PartOf.CURRENT_PERIOD, ref, out);
    }
    if (digit) {
      RelativePhrases.scan(t, MonthDays.ORDINAL_DAY, ref, out); // "on the 4th."
    }
    if (unit) {
      RelativePhrases.scan(t, RelativePhrases.SPAN, ref, out);
      RelativePhrases.scan(t, RelativePhrases.agoRule(2, RelativePhrases.MOST_DURATIONS), ref, out);
      RelativePhrases.scan(t, RelativePhrases.agoRule(1, 1), ref, out);
      RelativePhrases.scan(t, RelativePhrases.IN_N, ref, out);
    }
    if (unit || (cues != null && cues.has("quarter"))) {
      RelativePhrases.scan(t, RelativePhrases.PERIOD, ref, out);
    }
    if (unit) {
      RelativePhrases.scan(t, RelativePhrases.THE_PERIOD, ref, out); // after "earlier in the week"
    }
    if (weekday) {
      RelativePhrases.scan(t, WeekdayPhrases.NAMED_WEEKDAY, ref, out);
    }
    if (monthWord) {
      RelativePhrases.scan(t, MonthDays.DAY_MONTH, ref, out); // "July 1st", "the 4th of July"
    }
    if (digit) {
      NumericDates.dayMonth(t, ref, out); // "22/04"
    }
    if (monthWord) {
      RelativePhrases.scan(t, MonthDays.MONTH_ALONE, ref, out); // "in March", "next March"
    }
    return out;
  }

  static LocalDate shift(LocalDate ref, String unit, int n) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("day")) {
      return ref.plusDays(n);
    }
    if (u.startsWith("week")) {
      return ref.plusWeeks(n);
    }
    if (u.startsWith("decade")) {
      return ref.plusYears(10L * n);
    }
    return u.startsWith("month") ? ref.plusMonths(n) : ref.plusYears(n);
  }

  /** The value of a count word ("a" 1, "sixteen" 16), or null. */
  static Integer countWord(String lowerCase) {
    return NUMBER_WORDS.get(lowerCase);
  }

  static int count(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.contains("couple")) {
      return 2;
    }
    return Character.isDigit(w.charAt(0)) ? Integer.parseInt(w) : NUMBER_WORDS.get(w);
  }

  /** The reference's year, or for February 29th in a common year the leap year before it. */
  static int yearOfMonthDay(LocalDate ref, int month, int day) {
    int year = ref.getYear();
    if (month == 2 && day == 29) {
      while (!java.time.Year.isLeap(year)) {
        year--;
      }
    }
    return year;
  }

  /** "a" 1, "an" 1, then each of {@link #COUNT_WORDS} with its value, in that order. */
  private static Map<String, Integer> countWords() {
    Map<String, Integer> words = new LinkedHashMap<>();
    words.put("a", 1);
    words.put("an", 1);
    for (String word : COUNT_WORDS) {
      words.put(word, Numerals.cardinals().get(word).intValue());
    }
    return Collections.unmodifiableMap(words);
  }
}
