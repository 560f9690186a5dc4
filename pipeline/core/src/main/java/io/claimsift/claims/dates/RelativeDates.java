package io.claimsift.claims.dates;

import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Numerals;
import io.claimsift.lexicon.WordPatterns;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates stated relative to a reference day (the article's publication date): "today", "last
 * week", "next Monday", "three days ago", "in two weeks", "the past five years", "this month",
 * "year to date", and calendar dates that omit the year ("July 1st", "22/04", "in March"), which
 * take the reference's year: the order in which the token rules run ({@link RelativePhrases},
 * {@link MonthDays}, ...), and the numeric forms still read by patterns. Also decades ("the 1990s") and numeric dates ("1/22/2016",
 * "2015-3", "Dec/2018", "05-Aug-2016"), which need no reference. Weeks run Monday to Sunday.
 * Stateless.
 */
final class RelativeDates {

  /** A resolved expression: extent, inclusive first and last day, granularity. */
  record Found(int start, int end, LocalDate first, LocalDate last, Granularity granularity) {}

  private static final String MONTHS = CalendarWords.MONTHS;
  /** Counts of days, weeks, months or years in words: "a" and "an" are one, and the lexicon's cardinals one to a hundred. */
  private static final List<String> COUNT_WORDS = Numerals.cardinals(1, 100);
  private static final Map<String, Integer> NUMBER_WORDS = countWords();
  static final String NUM =
      "\\d{1,3}|(?:a\\s+)?couple(?:\\s+of)?|" + WordPatterns.anyOf(NUMBER_WORDS.keySet());
  static final String UNIT = "days?|weeks?|months?|years?|decades?";

  private static final Pattern NUMERIC_DM = Pattern.compile("(?<![\\d/.\\-$€£])(\\d{1,2})/(\\d{1,2})(?![\\d/%]|\\.\\d)");
  private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d/.\\-])((?:19|20)\\d\\d)-(\\d{1,2})(?![\\d\\-/])");
  private static final Pattern DAY_MON_YEAR =
      Pattern.compile("(?i)\\b(\\d{1,2})([/-])(" + MONTHS + ")\\2((?:19|20)\\d\\d)\\b");

  private static final String YEAR4 = "(?:1[89]\\d\\d|20\\d\\d)";
  /** "2019/aug/01" (with the month's name: other year-first days are the engine's {@link DateAnchors}). */
  private static final Pattern YEAR_MON_DAY =
      Pattern.compile("(?i)\\b(" + YEAR4 + ")[/-](" + MONTHS + ")[/-](\\d{1,2})\\b");



  private RelativeDates() {}

  /** Expressions needing no reference day: decades and numeric dates with a year ({@code ref}, may be null, places two-digit years). */
  static List<Found> absolute(String s, DateTokens t, LocalDate ref) {
    List<Found> out = new ArrayList<>();
    RelativePhrases.scan(t, Decades.DIGITS, ref, out);
    find(s, YEAR_MONTH, out, m -> month(m, num(m.group(1)), num(m.group(2))));
    find(s, DAY_MON_YEAR, out, m -> day(m, num(m.group(4)), monthNumber(m.group(3)), num(m.group(1))));
    find(s, YEAR_MON_DAY, out, m -> day(m, num(m.group(1)), monthNumber(m.group(2)), num(m.group(3))));
    return out;
  }

  /** Expressions resolved against {@code ref}. */
  static List<Found> relative(String s, DateTokens t, LocalDate ref, DateCues cues) {
    List<Found> out = new ArrayList<>();
    // a pattern runs only when the sentence holds a word it needs (all of them without cues)
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
    find(digit, s, NUMERIC_DM, out, m -> {
      int a = num(m.group(1));
      int b = num(m.group(2));
      return day(m, DateAnchors.numericDay(ref.getYear(), a, b));
    });
    if (monthWord) {
      RelativePhrases.scan(t, MonthDays.MONTH_ALONE, ref, out); // "in March", "next March"
    }
    return out;
  }

  private interface Resolver {
    Found resolve(Matcher m);
  }

  /** {@link #find(String, Pattern, List, Resolver)} when {@code cued}, that is when {@code p} can match. */
  private static void find(boolean cued, String s, Pattern p, List<Found> out, Resolver r) {
    if (cued) {
      find(s, p, out, r);
    }
  }

  /** Adds each non-overlapping match the resolver accepts. */
  private static void find(String s, Pattern p, List<Found> out, Resolver r) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      Found f = resolveOrNull(r, m);
      if (f != null && out.stream().noneMatch(o -> o.start() < f.end() && f.start() < o.end())) {
        out.add(f);
      }
    }
  }

  private static Found resolveOrNull(Resolver r, Matcher m) {
    try {
      return r.resolve(m);
    } catch (RuntimeException e) {
      return null; // "31/02": not a real date
    }
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

  private static Found day(Matcher m, int y, int month, int d) {
    return day(m, LocalDate.of(y, month, d));
  }

  private static Found day(Matcher m, LocalDate date) {
    return new Found(m.start(), m.end(), date, date, Granularity.DAY);
  }

  private static Found month(Matcher m, int y, int month) {
    YearMonth ym = YearMonth.of(y, month);
    return new Found(m.start(), m.end(), ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH);
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  private static int monthNumber(String name) {
    return Months.number(name);
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
