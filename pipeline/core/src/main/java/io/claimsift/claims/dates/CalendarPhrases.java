package io.claimsift.claims.dates;

import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Numerals;
import io.claimsift.lexicon.Weekdays;
import io.claimsift.lexicon.WordPatterns;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar phrases still read by patterns: weekday-numbered days ("Monday 21", "Mon 13th": the
 * nearest such day from the reference on), and day ranges within a
 * month (days in words are {@link SpelledDays}, holidays {@link HolidayPhrases}; centuries, weekends and runs of quarters are
 * {@link NamedPeriods}).
 *
 * <p>Stateless and thread-safe. Package-private helper of {@link DateExtractor}.
 */
final class CalendarPhrases {

  /** "Monday 21", "Mon 13th", "Tuesday the 11th": a weekday and its day of the month. */
  private static final Pattern WEEKDAY_DAY =
      Pattern.compile(
          "(?i)\\b(?<wd>" + CalendarWords.WEEKDAY_ABBREVIATIONS + "|" + CalendarWords.WEEKDAYS + ")"
              + "\\.?,?\\s+(?:the\\s+)?(?<day>3[01]|[12]\\d|0?[1-9])(?<suffix>st|nd|rd|th)?(?![\\d\\p{L}:/-]|[.,]\\d)");

  private static final String ORDINAL_UNITS = CalendarWords.ordinals(1, 9);
  /** A day of the month in words: "first", "twenty-first", "twenty nine", "thirtieth". */
  private static final String DAY_WORDS =
      "(?:(?:" + CalendarWords.cardinals(20, 30) + ")[-\\s](?:" + ORDINAL_UNITS + "|" + CalendarWords.cardinals(1, 9) + ")"
          + "|" + ORDINAL_UNITS + "|" + CalendarWords.ordinals(10, 31) + ")";
  /** Month names; "May" only capitalised, since lower-case "may" is mostly the verb ("may first check"). */
  private static final String MONTH_NAME = CalendarWords.MONTH_NOT_LOWER_MAY;
  private static final String YEAR_AFTER = "(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d)(?!\\d))?";
  private static final String DAY_NUMBER = "(?:(?<![\\d.,])(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d)|(?i:" + DAY_WORDS + "))";
  private static final String DAY_JOIN = "(?:\\s*[-–]\\s*|\\s+(?i:to|through|thru|until|till|and)\\s+(?i:the\\s+)?)";
  /** "April 9th through 17th", "November 18-19", "between the ninth and the seventeenth of April". */
  private static final Pattern DAY_RANGE =
      Pattern.compile(
          "(?:\\b(?<lead>(?i:from|between))\\s+)?(?:(?<m1>" + MONTH_NAME + ")\\s+(?<a1>" + DAY_NUMBER + ")" + DAY_JOIN
              + "(?<b1>" + DAY_NUMBER + ")|(?i:the\\s+)?(?<a2>" + DAY_NUMBER + ")" + DAY_JOIN + "(?<b2>" + DAY_NUMBER
              + ")\\s+(?i:of\\s+)?(?<m2>" + MONTH_NAME + "))\\b" + YEAR_AFTER + "(?![\\p{L}\\d%])");

  private CalendarPhrases() {}

  /** Day ranges within a month; "and" only after "between"; an end before the start falls in the next month. */
  static List<RelativeDates.Found> dayRanges(String s, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    Matcher m = DAY_RANGE.matcher(s);
    while (m.find()) {
      String joinText = s.substring(m.end(m.group("a1") != null ? "a1" : "a2"), m.start(m.group("b1") != null ? "b1" : "b2"));
      boolean and = joinText.toLowerCase(Locale.ROOT).contains("and");
      boolean between = m.group("lead") != null && m.group("lead").equalsIgnoreCase("between");
      Integer year = m.group("year") != null ? Integer.valueOf(m.group("year")) : ref == null ? null : ref.getYear();
      if (and != between || year == null) {
        continue;
      }
      int month = monthNumber(m.group("m1") != null ? m.group("m1") : m.group("m2"));
      int a = dayNumber(m.group("a1") != null ? m.group("a1") : m.group("a2"));
      int b = dayNumber(m.group("b1") != null ? m.group("b1") : m.group("b2"));
      try {
        LocalDate first = LocalDate.of(year, month, a);
        boolean dash = joinText.contains("-") || joinText.contains("–"); // "March 2-1" is a score, not a range
        LocalDate last = b > a ? first.withDayOfMonth(b)
            : m.group("m1") != null && !dash ? first.plusMonths(1).withDayOfMonth(b) : null;
        if (last != null) {
          out.add(new RelativeDates.Found(m.start(), m.end(), first, last, Granularity.DAY));
        }
      } catch (DateTimeException e) {
        // "June 30-31": not a range of real days
      }
    }
    return out;
  }

  private static int dayNumber(String text) {
    return Character.isDigit(text.charAt(0)) ? Integer.parseInt(text.replaceAll("\\D", "")) : dayWord(text);
  }

  /** Centuries ({@link NamedPeriods#CENTURY}), and calendar decades relative to {@code ref} (skipped when it is null). */
  static List<RelativeDates.Found> centuriesAndDecades(String s, DateTokens t, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    RelativePhrases.scan(t, NamedPeriods.CENTURY, ref, out); // "the 21st century", "this century"
    List<RelativeDates.Found> words = new ArrayList<>();
    RelativePhrases.scan(t, Decades.WORDS, ref, words);
    out.addAll(words);
    if (ref != null) {
      List<RelativeDates.Found> named = new ArrayList<>();
      RelativePhrases.scan(t, Decades.NAMED, ref, named);
      out.addAll(named);
    }
    return out;
  }

  /** Days written in words ({@link SpelledDays}); a date without a year needs {@code ref}. */
  static List<RelativeDates.Found> spelledDays(String s, DateTokens t, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    RelativePhrases.scan(t, SpelledDays.DATE, ref, out); // "March the first", "the fourth of July, 1995"
    if (ref == null) {
      return out;
    }
    RelativePhrases.scan(t, SpelledDays.WEEKDAY_THE_DAY, ref, out); // "Tuesday the eleventh"
    return out;
  }

  /** 1-31 from "first", "twenty-first", "twenty nine", "thirtieth". */
  static int dayWord(String words) {
    String w = words.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    int tens = w.startsWith("twent") ? 20 : w.startsWith("thirt") ? 30 : 0;
    if (w.equals("twentieth") || w.equals("thirtieth")) {
      return tens;
    }
    String unit = tens == 0 ? w : w.substring(w.indexOf(' ') + 1);
    Long ordinal = Numerals.ordinals().get(unit);
    if (ordinal != null && ordinal <= 19) {
      return tens + ordinal.intValue();
    }
    Long cardinal = Numerals.cardinals().get(unit);
    return tens + (cardinal != null && cardinal >= 1 && cardinal <= 9 ? cardinal.intValue() : 0);
  }

  private static int monthNumber(String name) {
    return Months.number(name);
  }

  /** Weekday-numbered days ("Monday 21", "Mon 13th"): the nearest such day from {@code ref} on. */
  static List<RelativeDates.Found> relative(String s, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    Matcher w = WEEKDAY_DAY.matcher(s);
    while (w.find()) {
      LocalDate d = weekdayDay(weekday(w.group("wd")), Integer.parseInt(w.group("day")), ref);
      if (d != null) {
        out.add(new RelativeDates.Found(w.start(), w.end(), d, d, Granularity.DAY));
      }
    }
    return out;
  }

  /** The first day from {@code ref} on (within about two years) that is both that weekday and that day of month. */
  static LocalDate weekdayDay(DayOfWeek weekday, int dayOfMonth, LocalDate ref) {
    LocalDate month = ref.withDayOfMonth(1);
    for (int i = 0; i < 28; i++, month = month.plusMonths(1)) {
      try {
        LocalDate d = month.withDayOfMonth(dayOfMonth);
        if (d.getDayOfWeek() == weekday && !d.isBefore(ref)) {
          return d;
        }
      } catch (DateTimeException e) {
        // this month is too short for the day: try the next
      }
    }
    return null;
  }

  private static DayOfWeek weekday(String name) {
    return Weekdays.day(name);
  }
}
