package io.claimsift.claims.dates;

import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Numerals;
import io.claimsift.lexicon.Weekdays;
import io.claimsift.lexicon.WordPatterns;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named days and weekday-numbered days: holidays ("Christmas", "Easter 2018", "last Easter",
 * "Thanksgiving"), and "Monday 21" / "Mon 13th" (the nearest such day from the reference on).
 *
 * <p>Stateless and thread-safe. Package-private helper of {@link DateExtractor}.
 */
final class CalendarPhrases {

  /** Holidays on a fixed day of the year. */
  private static final Map<String, MonthDay> FIXED =
      Map.ofEntries(
          Map.entry("christmas", MonthDay.of(12, 25)),
          Map.entry("christmas day", MonthDay.of(12, 25)),
          Map.entry("christmas eve", MonthDay.of(12, 24)),
          Map.entry("boxing day", MonthDay.of(12, 26)),
          Map.entry("new year's day", MonthDay.of(1, 1)),
          Map.entry("new year's eve", MonthDay.of(12, 31)),
          Map.entry("independence day", MonthDay.of(7, 4)),
          Map.entry("halloween", MonthDay.of(10, 31)),
          Map.entry("valentine's day", MonthDay.of(2, 14)),
          Map.entry("saint patrick", MonthDay.of(3, 17)),
          Map.entry("saint patrick's day", MonthDay.of(3, 17)),
          Map.entry("st. patrick's day", MonthDay.of(3, 17)),
          Map.entry("st patrick's day", MonthDay.of(3, 17)),
          Map.entry("international workers' day", MonthDay.of(5, 1)),
          Map.entry("veterans day", MonthDay.of(11, 11)),
          Map.entry("armistice day", MonthDay.of(11, 11)),
          Map.entry("bastille day", MonthDay.of(7, 14)));

  /** Holidays defined by a rule, as a function of the year. */
  private static final Map<String, IntFunction<LocalDate>> RULES =
      Map.ofEntries(
          Map.entry("easter", CalendarPhrases::easter),
          Map.entry("easter sunday", CalendarPhrases::easter),
          Map.entry("easter monday", y -> easter(y).plusDays(1)),
          Map.entry("good friday", y -> easter(y).minusDays(2)),
          Map.entry("thanksgiving", y -> nth(y, 11, DayOfWeek.THURSDAY, 4)),
          Map.entry("thanksgiving day", y -> nth(y, 11, DayOfWeek.THURSDAY, 4)),
          Map.entry("black friday", y -> nth(y, 11, DayOfWeek.THURSDAY, 4).plusDays(1)),
          Map.entry("labor day", y -> nth(y, 9, DayOfWeek.MONDAY, 1)),
          Map.entry("labour day", y -> nth(y, 9, DayOfWeek.MONDAY, 1)),
          Map.entry("memorial day", y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
          Map.entry("mother's day", y -> nth(y, 5, DayOfWeek.SUNDAY, 2)),
          Map.entry("father's day", y -> nth(y, 6, DayOfWeek.SUNDAY, 3)),
          Map.entry("martin luther king day", y -> nth(y, 1, DayOfWeek.MONDAY, 3)));

  private static final Pattern HOLIDAY =
      Pattern.compile(
          "(?i)\\b(?:(?<mod>last|next|this)\\s+)?(?<name>christmas(?:\\s+(?:day|eve))?|boxing\\s+day"
              + "|new\\s+year['’]s\\s+(?:day|eve)|independence\\s+day|halloween|valentine['’]s\\s+day"
              + "|(?:saint|st\\.?)\\s+patrick(?:['’]s\\s+day)?|international\\s+workers['’]\\s+day"
              + "|veterans\\s+day|armistice\\s+day|bastille\\s+day|easter(?:\\s+(?:sunday|monday))?|good\\s+friday"
              + "|thanksgiving(?:\\s+day)?|black\\s+friday|labou?r\\s+day|memorial\\s+day|mother['’]s\\s+day"
              + "|father['’]s\\s+day|martin\\s+luther\\s+king\\s+day)"
              + "(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d)(?!\\d))?(?![\\p{L}\\d])");

  /** "Monday 21", "Mon 13th", "Tuesday the 11th": a weekday and its day of the month. */
  private static final Pattern WEEKDAY_DAY =
      Pattern.compile(
          "(?i)\\b(?<wd>" + CalendarWords.WEEKDAY_ABBREVIATIONS + "|" + CalendarWords.WEEKDAYS + ")"
              + "\\.?,?\\s+(?:the\\s+)?(?<day>3[01]|[12]\\d|0?[1-9])(?<suffix>st|nd|rd|th)?(?![\\d\\p{L}:/-]|[.,]\\d)");

  /** "the first week of Jan 2015", "3rd week of July", "the last week of this month": Monday-based weeks of a month. */
  private static final Pattern WEEK_OF_MONTH =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(?<nth>first|1st|second|2nd|third|3rd|fourth|4th|last)\\s+week\\s+of\\s+"
              + "(?:(?<month>" + CalendarWords.MONTHS + ")\\b\\.?(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d)(?!\\d))?"
              + "|(?<rel>this|next|last)\\s+month\\b)");

  private static final String ORDINAL_UNITS = CalendarWords.ordinals(1, 9);
  /** A day of the month in words: "first", "twenty-first", "twenty nine", "thirtieth". */
  private static final String DAY_WORDS =
      "(?:(?:" + CalendarWords.cardinals(20, 30) + ")[-\\s](?:" + ORDINAL_UNITS + "|" + CalendarWords.cardinals(1, 9) + ")"
          + "|" + ORDINAL_UNITS + "|" + CalendarWords.ordinals(10, 31) + ")";
  /** Month names; "May" only capitalised, since lower-case "may" is mostly the verb ("may first check"). */
  private static final String MONTH_NAME = CalendarWords.MONTH_NOT_LOWER_MAY;
  private static final String YEAR_AFTER = "(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d)(?!\\d))?";
  /** "January first 2000", "May twenty nine", "fourth of July, 1995", "twenty third day of September". */
  private static final Pattern SPELLED_DAY =
      Pattern.compile(
          "\\b(?:(?<m1>" + MONTH_NAME + ")\\s+(?i:the\\s+)?(?<d1>(?i:" + DAY_WORDS + "))"
              + "|(?<d2>(?i:" + DAY_WORDS + "))\\s+(?i:(?:day\\s+)?of)\\s+(?<m2>" + MONTH_NAME + "))\\b"
              + YEAR_AFTER + "(?![\\p{L}\\d])");
  /** "Tuesday the eleventh". */
  private static final Pattern WEEKDAY_THE_DAY =
      Pattern.compile("(?i)\\b(?<wd>" + CalendarWords.WEEKDAYS + ")\\s+the\\s+(?<day>" + DAY_WORDS + ")\\b");
  /** "Tuesday of next week", "next week Wednesday", "previous week - Monday". */
  private static final Pattern WEEKDAY_OF_WEEK =
      Pattern.compile(
          "(?i)\\b(?:(?<wd1>" + CalendarWords.WEEKDAYS + ")\\s+of\\s+(?:the\\s+)?(?<rel1>next|last|this|following|previous)\\s+week"
              + "|(?<rel2>next|last|this|previous)\\s+week\\s*(?:[-–,]\\s*)?(?<wd2>" + CalendarWords.WEEKDAYS + "|"
              + WordPatterns.anyOf(Weekdays.keys()) + ")\\b)");

  /** "the last 2 quarters", "the coming three quarters": whole quarters before or after the current one. */
  private static final Pattern N_QUARTERS =
      Pattern.compile("(?i)\\b(?<dir>last|past|previous|next|following|coming)\\s+(?<n>" + RelativeDates.NUM + ")\\s+quarters\\b");

  /** "21st century", "the twentieth century". */
  private static final Pattern CENTURY =
      Pattern.compile("(?i)\\b(?:(?<n>1\\d|2[01])(?:st|nd|rd|th)|(?<w>nineteenth|twentieth|twenty[-\\s]first))\\s+century\\b");

  private static final String DAY_NUMBER = "(?:(?<![\\d.,])(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d)|(?i:" + DAY_WORDS + "))";
  private static final String DAY_JOIN = "(?:\\s*[-–]\\s*|\\s+(?i:to|through|thru|until|till|and)\\s+(?i:the\\s+)?)";
  /** "April 9th through 17th", "November 18-19", "between the ninth and the seventeenth of April". */
  private static final Pattern DAY_RANGE =
      Pattern.compile(
          "(?:\\b(?<lead>(?i:from|between))\\s+)?(?:(?<m1>" + MONTH_NAME + ")\\s+(?<a1>" + DAY_NUMBER + ")" + DAY_JOIN
              + "(?<b1>" + DAY_NUMBER + ")|(?i:the\\s+)?(?<a2>" + DAY_NUMBER + ")" + DAY_JOIN + "(?<b2>" + DAY_NUMBER
              + ")\\s+(?i:of\\s+)?(?<m2>" + MONTH_NAME + "))\\b" + YEAR_AFTER + "(?![\\p{L}\\d%])");

  /** "this weekend", "last weekend", "weekend": Saturday and Sunday of the reference's (Monday-based) week or a neighbour. */
  private static final Pattern WEEKEND =
      Pattern.compile("(?i)(?<!\\b(?:every|each|a|per|of|any)\\s)\\b(?:(?<rel>this|next|last|past|coming|previous)\\s+)?weekend\\b");

  private CalendarPhrases() {}

  /** Weekends around {@code ref}. */
  static List<RelativeDates.Found> weekends(String s, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    Matcher m = WEEKEND.matcher(s);
    while (m.find()) {
      String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
      int weeks = rel.equals("next") ? 1 : rel.equals("last") || rel.equals("past") || rel.equals("previous") ? -1 : 0;
      LocalDate saturday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks).plusDays(5);
      out.add(new RelativeDates.Found(m.start(), m.end(), saturday, saturday.plusDays(1), Granularity.DAY));
    }
    return out;
  }

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

  /** Centuries, and calendar decades relative to {@code ref} (skipped when it is null). */
  static List<RelativeDates.Found> centuriesAndDecades(String s, DateTokens t, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    Matcher c = CENTURY.matcher(s);
    while (c.find()) {
      int n = c.group("n") != null ? Integer.parseInt(c.group("n"))
          : c.group("w").toLowerCase(Locale.ROOT).startsWith("nine") ? 19 : c.group("w").equalsIgnoreCase("twentieth") ? 20 : 21;
      int startYear = (n - 1) * 100;
      out.add(new RelativeDates.Found(c.start(), c.end(), LocalDate.of(startYear, 1, 1), LocalDate.of(startYear + 99, 12, 31),
          Granularity.YEAR));
    }
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

  /** Runs of whole quarters next to the reference's quarter. */
  static List<RelativeDates.Found> quarters(String s, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    Matcher m = N_QUARTERS.matcher(s);
    while (m.find()) {
      int n = RelativeDates.count(m.group("n"));
      LocalDate current = ref.withDayOfMonth(1).withMonth((ref.getMonthValue() - 1) / 3 * 3 + 1);
      String dir = m.group("dir").toLowerCase(Locale.ROOT);
      boolean back = dir.equals("last") || dir.equals("past") || dir.equals("previous");
      LocalDate first = back ? current.minusMonths(3L * n) : current.plusMonths(3);
      LocalDate last = (back ? current : current.plusMonths(3L + 3L * n)).minusDays(1);
      out.add(new RelativeDates.Found(m.start(), m.end(), first, last, Granularity.MONTH));
    }
    return out;
  }

  /** Days written in words and weekdays of a named week; a date without a year needs {@code ref}. */
  static List<RelativeDates.Found> spelledDays(String s, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    Matcher m = SPELLED_DAY.matcher(s);
    while (m.find()) {
      String monthName = m.group("m1") != null ? m.group("m1") : m.group("m2");
      int day = dayWord(m.group("d1") != null ? m.group("d1") : m.group("d2"));
      Integer year = m.group("year") != null ? Integer.valueOf(m.group("year")) : ref == null ? null : ref.getYear();
      if (year == null) {
        continue;
      }
      try {
        LocalDate d = LocalDate.of(year, monthNumber(monthName), day);
        out.add(new RelativeDates.Found(m.start(), m.end(), d, d, Granularity.DAY));
      } catch (DateTimeException e) {
        // "February thirtieth": not a date
      }
    }
    if (ref == null) {
      return out;
    }
    Matcher w = WEEKDAY_THE_DAY.matcher(s);
    while (w.find()) {
      LocalDate d = weekdayDay(weekday(w.group("wd")), dayWord(w.group("day")), ref);
      if (d != null) {
        out.add(new RelativeDates.Found(w.start(), w.end(), d, d, Granularity.DAY));
      }
    }
    Matcher k = WEEKDAY_OF_WEEK.matcher(s);
    while (k.find()) {
      String rel = (k.group("rel1") != null ? k.group("rel1") : k.group("rel2")).toLowerCase(Locale.ROOT);
      DayOfWeek wd = weekday(k.group("wd1") != null ? k.group("wd1") : k.group("wd2"));
      int weeks = rel.equals("next") || rel.equals("following") ? 1 : rel.equals("this") ? 0 : -1;
      LocalDate d = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks).with(wd);
      out.add(new RelativeDates.Found(k.start(), k.end(), d, d, Granularity.DAY));
    }
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

  /** Weeks of a month; a month without a year (or "this month") needs {@code ref}, else is skipped. */
  static List<RelativeDates.Found> weeksOfMonth(String s, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    Matcher m = WEEK_OF_MONTH.matcher(s);
    while (m.find()) {
      LocalDate month;
      if (m.group("rel") != null) {
        if (ref == null) {
          continue;
        }
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        month = ref.withDayOfMonth(1).plusMonths(rel.equals("next") ? 1 : rel.equals("last") ? -1 : 0);
      } else if (m.group("year") != null) {
        month = LocalDate.of(Integer.parseInt(m.group("year")), monthNumber(m.group("month")), 1);
      } else if (ref != null) {
        month = LocalDate.of(ref.getYear(), monthNumber(m.group("month")), 1);
      } else {
        continue;
      }
      LocalDate monday = weekOfMonth(month, m.group("nth").toLowerCase(Locale.ROOT));
      out.add(new RelativeDates.Found(m.start(), m.end(), monday, monday.plusDays(6), Granularity.WEEK));
    }
    return out;
  }

  /** Monday of the nth week of {@code month}: week 1 holds the 1st; the last week holds the last day. */
  static LocalDate weekOfMonth(LocalDate month, String nth) {
    if (nth.equals("last")) {
      return month.withDayOfMonth(month.lengthOfMonth()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
    int n = switch (nth.charAt(0)) {
      case 'f', '1' -> nth.startsWith("fo") ? 4 : 1;
      case 's', '2' -> 2;
      case 't', '3' -> 3;
      default -> 4;
    };
    return month.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(n - 1);
  }

  private static int monthNumber(String name) {
    return Months.number(name);
  }

  /** Holidays with an explicit year (need no reference day). */
  static List<RelativeDates.Found> absolute(String s) {
    List<RelativeDates.Found> out = new ArrayList<>();
    Matcher m = HOLIDAY.matcher(s);
    while (m.find()) {
      if (m.group("year") != null && m.group("mod") == null) {
        LocalDate d = holiday(m.group("name"), Integer.parseInt(m.group("year")));
        out.add(new RelativeDates.Found(m.start(), m.end(), d, d, Granularity.DAY));
      }
    }
    return out;
  }

  /** Holidays without a year (this year's; "last"/"next" the one before/after the reference) and weekday-numbered days. */
  static List<RelativeDates.Found> relative(String s, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    Matcher m = HOLIDAY.matcher(s);
    while (m.find()) {
      if (m.group("year") != null) {
        continue;
      }
      String name = m.group("name");
      String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
      LocalDate d = holiday(name, ref.getYear());
      if (mod.equals("last")) {
        d = d.isBefore(ref) ? d : holiday(name, ref.getYear() - 1);
      } else if (mod.equals("next")) {
        d = d.isAfter(ref) ? d : holiday(name, ref.getYear() + 1);
      }
      out.add(new RelativeDates.Found(m.start(), m.end(), d, d, Granularity.DAY));
    }
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

  /** The holiday named {@code name} (any case and spacing) in {@code year}. */
  static LocalDate holiday(String name, int year) {
    String key = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    MonthDay fixed = FIXED.get(key.replace("st patrick", "saint patrick").replace("st. patrick", "saint patrick"));
    return fixed != null ? fixed.atYear(year) : RULES.get(key).apply(year);
  }

  private static LocalDate nth(int year, int month, DayOfWeek weekday, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
  }

  /** Western Easter Sunday (anonymous Gregorian algorithm). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
