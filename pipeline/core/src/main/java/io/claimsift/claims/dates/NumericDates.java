package io.claimsift.claims.dates;

import io.claimsift.lexicon.Months;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compact written dates: ranges of numeric dates ("10/1/2018-10/7/2018", "between 10/1-11/7",
 * "5/1-5/7, 2020"), run-together dates ("20161016", "report-20170302.html"), the month name in any
 * position of a dashed or slashed date ("Sep-23-2020", "2020/23/Sep", "23-2020-September"), a month
 * name and a day ("Jan/3", "Nov-2"), month.day right after a weekday ("Friday 7.6"), a bare day
 * listed before a dated one ("18 and 19 June"), and a month
 * with a two-digit year ("April of 87", "May '19").
 * Numeric dates read month first unless the first number cannot be a month (US order, as the rest of
 * the extractor). Stateless and thread-safe. Package-private helper of {@link DateExtractor}.
 */
final class NumericDates {

  private static final String MONTHS = CalendarWords.MONTHS;
  private static final String YEAR4 = "(?:1[89]\\d\\d|20\\d\\d)";

  /** Two numeric dates joined by a dash; with "-" inside the dates both must state their year. */
  private static final Pattern RANGE =
      Pattern.compile(
          "(?:\\b(?<lead>(?i:from|between))\\s+)?(?<![\\d/.\\-])"
              + "(?<a1>\\d{1,2})(?<sep>[/-])(?<a2>\\d{1,2})(?:\\k<sep>(?<ay>" + YEAR4 + "))?"
              + "\\s*[-–]\\s*"
              + "(?<b1>\\d{1,2})\\k<sep>(?<b2>\\d{1,2})(?:\\k<sep>(?<by>" + YEAR4 + "))?"
              + "(?:,\\s*(?<y>" + YEAR4 + "))?(?![\\d/]|[.\\-]\\d)");
  private static final Pattern RUN_TOGETHER =
      Pattern.compile("(?<![\\d\\p{L}.,])((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d\\p{L}]|[.,]\\d)");
  private static final String PART = "(\\d{1,4}|(?i:" + MONTHS + "))";
  private static final Pattern NAMED_MONTH_PARTS =
      Pattern.compile("(?<![\\d/\\-\\p{L}])" + PART + "([/-])" + PART + "\\2" + PART + "(?![\\d/\\-\\p{L}])");
  private static final Pattern MONTH_DAY =
      Pattern.compile("(?i)\\b(" + MONTHS + ")[/-](\\d{1,2})(?![\\d/\\-]|\\.\\d)");
  /** "Friday 7.6": month.day with a dot, only right after a weekday (elsewhere it is a decimal). */
  private static final Pattern WEEKDAY_DOTTED =
      Pattern.compile("(?<=\\b(?i:" + CalendarWords.WEEKDAY_ABBREVIATIONS + "|" + CalendarWords.WEEKDAYS
          + ")\\.?,?\\s)(\\d{1,2})\\.(\\d{1,2})(?!\\d|[.,]\\d)");
  /** "18 and 19 June": a bare day listed before a day with its month takes that month (and year). */
  private static final Pattern LISTED_DAY =
      Pattern.compile("(?<![\\d.,])\\b(?<a>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?=\\s+(?:and|&|or)\\s+(?:the\\s+)?"
          + "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m>(?i:" + MONTHS + "))\\b(?:,?\\s+(?<y>" + YEAR4
          + ")(?!\\d))?)");
  private static final Pattern MONTH_SHORT_YEAR =
      Pattern.compile("\\b(?i:(" + MONTHS + "))(?:\\s+of\\s+'?|\\s*'|\\s+')(\\d\\d)(?![\\d\\p{L}%]|[.,]\\d)");

  private NumericDates() {}

  /** Expressions in {@code s}; those without a year need {@code ref} and are skipped when it is null. */
  static List<RelativeDates.Found> find(String s, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    ranges(s, ref, out);
    Matcher r = RUN_TOGETHER.matcher(s);
    while (r.find()) {
      add(out, r.start(), r.end(), () -> day(Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2)), Integer.parseInt(r.group(3))));
    }
    Matcher p = NAMED_MONTH_PARTS.matcher(s);
    while (p.find()) {
      LocalDate d = namedMonthDate(p.group(1), p.group(3), p.group(4));
      if (d != null) {
        out.add(new RelativeDates.Found(p.start(), p.end(), d, d, Granularity.DAY));
      }
    }
    Matcher md = MONTH_DAY.matcher(s);
    while (ref != null && md.find()) {
      int month = month(md.group(1));
      int day = Integer.parseInt(md.group(2));
      add(out, md.start(), md.end(), () -> LocalDate.of(RelativeDates.yearOfMonthDay(ref, month, day), month, day));
    }
    Matcher dotted = WEEKDAY_DOTTED.matcher(s);
    while (ref != null && dotted.find()) {
      int a = num(dotted.group(1));
      int b = num(dotted.group(2));
      add(out, dotted.start(), dotted.end(), () -> DateAnchors.numericDay(ref.getYear(), a, b));
    }
    Matcher listed = LISTED_DAY.matcher(s);
    while (listed.find()) {
      Integer year = listed.group("y") != null ? Integer.valueOf(listed.group("y")) : ref == null ? null : ref.getYear();
      if (year != null) {
        int month = month(listed.group("m"));
        add(out, listed.start(), listed.end(), () -> LocalDate.of(year, month, num(listed.group("a"))));
      }
    }
    Matcher my = MONTH_SHORT_YEAR.matcher(s);
    while (my.find()) {
      YearMonth ym = YearMonth.of(twoDigitYear(Integer.parseInt(my.group(2)), ref), month(my.group(1)));
      out.add(new RelativeDates.Found(my.start(), my.end(), ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH));
    }
    return out;
  }

  /**
   * The century of a two-digit year: the latest year ending in {@code yy} at most ten years after
   * the reference; without a reference, 00-49 are 20yy and 50-99 are 19yy (RFC 5322's rule).
   */
  static int twoDigitYear(int yy, LocalDate ref) {
    if (ref == null) {
      return yy < 50 ? 2000 + yy : 1900 + yy;
    }
    int limit = ref.getYear() + 10;
    int year = limit / 100 * 100 + yy;
    return year > limit ? year - 100 : year;
  }

  private static void ranges(String s, LocalDate ref, List<RelativeDates.Found> out) {
    Matcher m = RANGE.matcher(s);
    while (m.find()) {
      boolean dashed = m.group("sep").equals("-");
      String endYear = m.group("by") != null ? m.group("by") : m.group("y");
      if (dashed && (m.group("ay") == null || m.group("by") == null) || m.group("by") != null && m.group("y") != null) {
        continue;
      }
      Integer year = endYear != null ? Integer.valueOf(endYear) : ref == null ? null : ref.getYear();
      if (year == null) {
        continue;
      }
      try {
        LocalDate last = DateAnchors.numericDay(year, num(m.group("b1")), num(m.group("b2")));
        int startYear = m.group("ay") != null ? num(m.group("ay")) : year;
        LocalDate first = DateAnchors.numericDay(startYear, num(m.group("a1")), num(m.group("a2")));
        if (m.group("ay") == null && first.isAfter(last)) {
          first = first.minusYears(1); // "12/20-1/5, 2020": from December of the year before
        }
        if (!first.isAfter(last)) {
          out.add(new RelativeDates.Found(m.start(), m.end(), first, last, Granularity.DAY));
        }
      } catch (DateTimeException e) {
        // "2/29-3/1/2019": not real days
      }
    }
  }

  /** A day from three parts holding exactly one month name, one four-digit year and one day number. */
  private static LocalDate namedMonthDate(String... parts) {
    Integer month = null;
    Integer year = null;
    Integer day = null;
    for (String p : parts) {
      if (Character.isLetter(p.charAt(0))) {
        month = month == null ? month(p) : -1;
      } else if (p.length() == 4) {
        year = year == null ? Integer.valueOf(p) : -1;
      } else if (p.length() <= 2) {
        day = day == null ? Integer.valueOf(p) : -1;
      } else {
        return null;
      }
    }
    if (month == null || year == null || day == null || month < 0 || year < 1800 || year > 2100 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private interface DaySupplier {
    LocalDate get();
  }

  private static void add(List<RelativeDates.Found> out, int start, int end, DaySupplier day) {
    try {
      LocalDate d = day.get();
      out.add(new RelativeDates.Found(start, end, d, d, Granularity.DAY));
    } catch (DateTimeException e) {
      // "20151345", "Feb/30": not a real day
    }
  }

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  private static int month(String name) {
    return Months.number(name);
  }
}
