package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.claims.dates.RelativeDates.Found;
import io.claimsift.claims.dates.RelativePhrases.Match;
import io.claimsift.claims.dates.RelativePhrases.Rule;
import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Weekdays;
import io.claimsift.lexicon.WordSet;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compact written dates, read over {@link DateTokens} (the whole numeric days, "2021-03-04",
 * "10/7/2018", "25.12.2020", are the anchors of {@link DateAnchors}): ranges of numeric dates
 * ("10/1/2018-10/7/2018", "between 10/1-11/7", "5/1-5/7, 2020"), run-together dates ("20161016",
 * "report-20170302.html"), the month name in any position of a dashed or slashed date
 * ("Sep-23-2020", "2020/23/Sep", "23-2020-September", "05-Aug-2016", "2019/aug/01"), a month name
 * and a day ("Jan/3", "Nov-2"), a year and a month ("2015-3"), a day and a month ("22/04"), month.day
 * right after a weekday ("Friday 7.6"), a bare day listed before a dated one ("18 and 19 June"), and
 * a month with a two-digit year ("April of 87", "May '19").
 *
 * <p><b>Day and month order</b>: two numbers of a day read month first (US order, as the news the
 * pipeline reads mostly writes them: "10/7" is October 7) unless the first cannot be a month
 * ("25/12" is December 25); a year first is always followed by the month ("2015-3");
 * {@link DateAnchors#numericDay}. A date inside a longer run of numbers, slashes and dots is none
 * ("1.2.2019.5", "3/4/5/6"). Each rule reads a bounded number of tokens where it starts, and each
 * token is tried once: linear. Stateless and thread-safe. Package-private helper of
 * {@link DateExtractor}.
 */
final class NumericDates {

  private static final Set<String> MONTH_WORDS = WordSet.copyOf(Months.words());
  private static final Set<String> WEEKDAY_WORDS = weekdayWords();
  private static final Set<String> DAY_SUFFIXES = WordSet.of("st", "nd", "rd", "th");

  private NumericDates() {}

  /** Expressions in {@code t}; those without a year need {@code ref} and are skipped when it is null. */
  static List<Found> find(DateTokens t, LocalDate ref) {
    List<Found> out = new java.util.ArrayList<>();
    RelativePhrases.scanEvery(t, RANGE, ref, out, false);
    RelativePhrases.scanEvery(t, RUN_TOGETHER, ref, out, false);
    RelativePhrases.scanEvery(t, NAMED_MONTH_PARTS, ref, out, false);
    if (ref != null) {
      RelativePhrases.scanEvery(t, MONTH_DAY, ref, out, false);
      RelativePhrases.scanEvery(t, WEEKDAY_DOTTED, ref, out, false);
    }
    RelativePhrases.scanEvery(t, LISTED_DAY, ref, out, false);
    RelativePhrases.scanEvery(t, MONTH_SHORT_YEAR, ref, out, false);
    return out;
  }

  /** "2015-3": a year and a month, dashed; needs no reference day. Adds what overlaps nothing in {@code out}. */
  static void yearMonth(DateTokens t, List<Found> out) {
    RelativePhrases.scanEvery(t, YEAR_MONTH, null, out, true);
  }

  /** "22/04", "4/22": a day of the reference's year, month first unless the first number cannot be a month. */
  static void dayMonth(DateTokens t, LocalDate ref, List<Found> out) {
    RelativePhrases.scanEvery(t, DAY_MONTH, ref, out, true);
  }

  // ---- ranges of numeric dates ----

  /**
   * "10/1/2018-10/7/2018", "from 10/1-11/7", "12/20-1/5, 2020": two numeric dates (one separator,
   * "/" or "-") joined by a dash; with "-" inside the dates both must state their year, and a
   * year after the range applies to both (a start after the end moves back a year).
   */
  private static final Rule RANGE = (t, i, ref) -> {
    int a1 = i;
    Token lead = t.at(i);
    if ((lead.is("from") || lead.is("between")) && !DateTokens.isWordChar(t.charAt(lead.start() - 1)) && t.spaced(i)) {
      a1 = i + 1;
    }
    Match m = range(t, i, a1, ref);
    return m != null || a1 == i ? m : range(t, i + 1, i + 1, ref);
  };

  private static Match range(DateTokens t, int start, int a1, LocalDate ref) {
    if (!shortNumber(t, a1, 2) || "0123456789/.-".indexOf(t.charAt(t.at(a1).start() - 1)) >= 0) {
      return null;
    }
    Token sepTok = t.at(a1 + 1);
    if (sepTok == null || !t.glued(a1) || !(sepTok.isSymbol('/') || sepTok.isSymbol('-'))) {
      return null;
    }
    char sep = sepTok.text().charAt(0);
    int a2 = a1 + 2;
    if (!t.glued(a1 + 1) || !shortNumber(t, a2, 2)) {
      return null;
    }
    int k = a2 + 1;
    int ay = -1;
    if (sepAt(t, k, sep) && t.glued(a2) && t.glued(k) && year4(t, k + 1)) {
      ay = k + 1;
      k = ay + 1;
    }
    Token dash = t.at(k);
    if (dash == null || !(dash.isSymbol('-') || dash.isSymbol('–'))) {
      return null;
    }
    int b1 = k + 1;
    if (!shortNumber(t, b1, 2) || !sepAt(t, b1 + 1, sep) || !t.glued(b1) || !t.glued(b1 + 1) || !shortNumber(t, b1 + 2, 2)) {
      return null;
    }
    int b2 = b1 + 2;
    int end = b2;
    int by = -1;
    if (sepAt(t, b2 + 1, sep) && t.glued(b2) && t.glued(b2 + 1) && year4(t, b2 + 2)) {
      by = b2 + 2;
      end = by;
    }
    if (!rangeEnds(t, end)) {
      return null;
    }
    int y = -1;
    if (t.at(end + 1) != null && t.at(end + 1).isSymbol(',') && t.glued(end) && year4(t, end + 2) && rangeEnds(t, end + 2)) {
      y = end + 2; // ", 2020" (when the year is not followed by more numbers, else the range ends before the comma)
    }
    int last = y >= 0 ? y : end;
    Match skipped = new Match(last + 1, null);
    boolean dashed = sep == '-';
    if (dashed && (ay < 0 || by < 0) || by >= 0 && y >= 0) {
      return skipped;
    }
    int endYearToken = by >= 0 ? by : y;
    Integer year = endYearToken >= 0 ? Integer.valueOf(t.at(endYearToken).value()) : ref == null ? null : ref.getYear();
    if (year == null) {
      return skipped;
    }
    try {
      LocalDate lastDay = DateAnchors.numericDay(year, t.at(b1).value(), t.at(b2).value());
      int startYear = ay >= 0 ? t.at(ay).value() : year;
      LocalDate firstDay = DateAnchors.numericDay(startYear, t.at(a1).value(), t.at(a2).value());
      if (ay < 0 && firstDay.isAfter(lastDay)) {
        firstDay = firstDay.minusYears(1); // "12/20-1/5, 2020": from December of the year before
      }
      if (firstDay.isAfter(lastDay)) {
        return skipped;
      }
      return new Match(last + 1, new Found(t.at(start).start(), t.at(last).end(), firstDay, lastDay, Granularity.DAY));
    } catch (DateTimeException e) {
      return skipped; // "2/29-3/1/2019": not real days
    }
  }

  /** Nothing after a range's last number but what closes it: no digit or slash, no "." or "-" and a digit. */
  private static boolean rangeEnds(DateTokens t, int last) {
    char c = t.charAt(t.at(last).end());
    return !(DateTokens.isDigit(c) || c == '/' || (c == '.' || c == '-') && DateTokens.isDigit(t.charAt(t.at(last).end() + 1)));
  }

  // ---- run-together, named-month and month-day forms ----

  /** "20161016", "report-20170302.html": eight digits, a year 1900-2099, a month and a day. */
  private static final Rule RUN_TOGETHER = (t, i, ref) -> {
    Token n = t.at(i);
    char before = t.charAt(n.start() - 1);
    char after = t.charAt(n.end());
    if (!n.isNumber() || n.length() != 8 || !(n.text().startsWith("19") || n.text().startsWith("20"))
        || Character.isLetter(before) || before == '.' || before == ',' || Character.isLetter(after)
        || (after == '.' || after == ',') && DateTokens.isDigit(t.charAt(n.end() + 1))) {
      return null;
    }
    int month = Integer.parseInt(n.text().substring(4, 6));
    int day = Integer.parseInt(n.text().substring(6, 8));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    return day(t, i, i, Integer.parseInt(n.text().substring(0, 4)), month, day);
  };

  /**
   * "Sep-23-2020", "2020/23/Sep", "05-Aug-2016": three parts (numbers of up to four digits or
   * month words), one separator; a date when they hold exactly one month word, one four-digit year
   * 1800-2100 and one day number.
   */
  private static final Rule NAMED_MONTH_PARTS = (t, i, ref) -> {
    if (!part(t, i) || partEdge(t.charAt(t.at(i).start() - 1))) {
      return null;
    }
    Token sepTok = t.at(i + 1);
    if (sepTok == null || !(sepTok.isSymbol('/') || sepTok.isSymbol('-')) || !t.glued(i) || !t.glued(i + 1) || !part(t, i + 2)
        || !sepAt(t, i + 3, sepTok.text().charAt(0)) || !t.glued(i + 2) || !t.glued(i + 3) || !part(t, i + 4)
        || partEdge(t.charAt(t.at(i + 4).end()))) {
      return null;
    }
    LocalDate d = namedMonthDate(t.at(i), t.at(i + 2), t.at(i + 4));
    return new Match(i + 5, d == null ? null : new Found(t.at(i).start(), t.at(i + 4).end(), d, d, Granularity.DAY));
  };

  /** "Jan/3", "Nov-2": a month word and a day of the reference's year. */
  private static final Rule MONTH_DAY = (t, i, ref) -> {
    Token month = t.at(i);
    Token sep = t.at(i + 1);
    if (!month.isWord() || !MONTH_WORDS.contains(month.lower()) || DateTokens.isWordChar(t.charAt(month.start() - 1))
        || sep == null || !(sep.isSymbol('/') || sep.isSymbol('-')) || !t.glued(i) || !t.glued(i + 1)
        || !shortNumber(t, i + 2, 2)) {
      return null;
    }
    Token n = t.at(i + 2);
    char after = t.charAt(n.end());
    if (after == '/' || after == '-' || after == '.' && DateTokens.isDigit(t.charAt(n.end() + 1))) {
      return null;
    }
    int m = Months.number(month.lower());
    return day(t, i, i + 2, RelativeDates.yearOfMonthDay(ref, m, n.value()), m, n.value());
  };

  /** "Friday 7.6": month.day with a dot, only right after a weekday (elsewhere it is a decimal). */
  private static final Rule WEEKDAY_DOTTED = (t, i, ref) -> {
    Token a = t.at(i);
    Token dot = t.at(i + 1);
    if (!shortNumber(t, i, 2) || dot == null || !dot.isSymbol('.') || !t.glued(i) || !t.glued(i + 1)
        || !shortNumber(t, i + 2, 2) || !afterWeekday(t, i)) {
      return null;
    }
    Token b = t.at(i + 2);
    char after = t.charAt(b.end());
    if ((after == '.' || after == ',') && DateTokens.isDigit(t.charAt(b.end() + 1))) {
      return null;
    }
    return dayOfTwoNumbers(i + 3, a, b, ref);
  };

  /**
   * The day that two numbers {@code a} and {@code b} name in the reference day's year (the order rule of
   * {@link DateAnchors#numericDay}), spanning from {@code a} to {@code b}; a match with no date when
   * they name no day ("31/02"), so that the tokens are still consumed.
   */
  private static Match dayOfTwoNumbers(int next, Token a, Token b, LocalDate ref) {
    try {
      LocalDate d = DateAnchors.numericDay(ref.getYear(), a.value(), b.value());
      return new Match(next, new Found(a.start(), b.end(), d, d, Granularity.DAY));
    } catch (DateTimeException e) {
      return new Match(next, null);
    }
  }

  /** Whether a weekday word, then an optional dot and comma and one white space, comes right before token {@code i}. */
  private static boolean afterWeekday(DateTokens t, int i) {
    int gap = t.at(i).start() - 1;
    if (!DateTokens.isSpace(t.charAt(gap))) {
      return false;
    }
    int k = i - 1;
    if (k >= 0 && t.at(k).isSymbol(',') && t.at(k).end() == gap) {
      k--;
    }
    if (k >= 0 && t.at(k).isSymbol('.') && t.glued(k)) {
      k--;
    } else if (k >= 0 && t.at(k).isSymbol('.') && t.at(k).end() == gap) {
      k--;
    }
    Token w = k >= 0 ? t.at(k) : null;
    if (w == null || !w.isWord() || !WEEKDAY_WORDS.contains(w.lower()) || DateTokens.isWordChar(t.charAt(w.start() - 1))) {
      return false;
    }
    // the weekday, its optional "." and "," and the one space run up to the number with nothing else
    int expected = w.end();
    for (int j = k + 1; j < i; j++) {
      if (t.at(j).start() != expected) {
        return false;
      }
      expected = t.at(j).end();
    }
    return expected == gap;
  }

  /** "18 and 19 June", "1st or the 2nd of May, 2019": a bare day before a day with its month takes that month (and year). */
  private static final Rule LISTED_DAY = (t, i, ref) -> {
    int a = i;
    if (!day31(t, a) || "0123456789.,".indexOf(t.charAt(t.at(a).start() - 1)) >= 0
        || DateTokens.isWordChar(t.charAt(t.at(a).start() - 1))) {
      return null;
    }
    int aEnd = withSuffix(t, a);
    Token join = t.at(aEnd + 1);
    if (join == null || !t.spaced(aEnd) || !(join.text().equals("and") || join.text().equals("or") || join.isSymbol('&'))
        || !t.spaced(aEnd + 1)) {
      return null;
    }
    int b = aEnd + 2;
    if (t.at(b) != null && t.at(b).text().equals("the") && t.spaced(b)) {
      b++;
    }
    if (!day31(t, b)) {
      return null;
    }
    int bEnd = withSuffix(t, b);
    if (!t.spaced(bEnd)) {
      return null;
    }
    int m = bEnd + 1;
    if (t.at(m) != null && t.at(m).text().equals("of") && t.spaced(m)) {
      m++;
    }
    Token month = t.at(m);
    if (month == null || !month.isWord() || !MONTH_WORDS.contains(month.lower()) || DateTokens.isWordChar(t.charAt(month.end()))) {
      return null;
    }
    int y = m + 1;
    if (t.at(y) != null && t.at(y).isSymbol(',') && t.glued(m)) {
      y++;
    }
    Integer year = t.at(y) != null && t.spaced(y - 1) && year4(t, y) ? Integer.valueOf(t.at(y).value())
        : ref == null ? null : ref.getYear();
    if (year == null) {
      return new Match(aEnd + 1, null);
    }
    return day(t, a, aEnd, year, Months.number(month.lower()), t.at(a).value());
  };

  /** "April of 87", "May '19", "Dec'05": a month and a two-digit year. */
  private static final Rule MONTH_SHORT_YEAR = (t, i, ref) -> {
    Token month = t.at(i);
    if (!month.isWord() || !MONTH_WORDS.contains(month.lower()) || DateTokens.isWordChar(t.charAt(month.start() - 1))) {
      return null;
    }
    int k = i + 1;
    Token next = t.at(k);
    if (next == null) {
      return null;
    }
    if (next.text().equals("of") && t.spaced(i) && t.spaced(k)) {
      k++;
      if (t.at(k) != null && t.at(k).isSymbol('\'')) {
        k++;
        if (!t.glued(k - 1)) {
          return null;
        }
      }
    } else if (next.isSymbol('\'')) {
      k++;
      if (!t.glued(k - 1)) {
        return null;
      }
    } else {
      return null;
    }
    Token yy = t.at(k);
    if (yy == null || !yy.isNumber() || yy.length() != 2) {
      return null;
    }
    char after = t.charAt(yy.end());
    if (Character.isLetter(after) || after == '%' || (after == '.' || after == ',') && DateTokens.isDigit(t.charAt(yy.end() + 1))) {
      return null;
    }
    YearMonth ym = YearMonth.of(twoDigitYear(yy.value(), ref), Months.number(month.lower()));
    return new Match(k + 1, new Found(month.start(), yy.end(), ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH));
  };

  // ---- forms of RelativeDates: a year and a month, a day and a month ----

  /** "2015-3": a year 1900-2099 and a month, dashed, not inside a longer run of numbers. */
  private static final Rule YEAR_MONTH = (t, i, ref) -> {
    Token y = t.at(i);
    if (!y.isNumber() || y.length() != 4 || !(y.text().startsWith("19") || y.text().startsWith("20"))
        || "0123456789/.-".indexOf(t.charAt(y.start() - 1)) >= 0 || !sepAt(t, i + 1, '-') || !t.glued(i) || !t.glued(i + 1)
        || !shortNumber(t, i + 2, 2)) {
      return null;
    }
    Token m = t.at(i + 2);
    char after = t.charAt(m.end());
    if (after == '-' || after == '/') {
      return null;
    }
    if (m.value() < 1 || m.value() > 12) {
      return new Match(i + 3, null);
    }
    YearMonth ym = YearMonth.of(y.value(), m.value());
    return new Match(i + 3, new Found(y.start(), m.end(), ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH));
  };

  /** "22/04": two numbers of a day, slashed, not inside a longer run of numbers, no amount ("$3/4") or percentage. */
  private static final Rule DAY_MONTH = (t, i, ref) -> {
    Token a = t.at(i);
    if (!shortNumber(t, i, 2) || "0123456789/.-$€£".indexOf(t.charAt(a.start() - 1)) >= 0 || !sepAt(t, i + 1, '/')
        || !t.glued(i) || !t.glued(i + 1) || !shortNumber(t, i + 2, 2)) {
      return null;
    }
    Token b = t.at(i + 2);
    char after = t.charAt(b.end());
    if (after == '/' || after == '%' || after == '.' && DateTokens.isDigit(t.charAt(b.end() + 1))) {
      return null;
    }
    return dayOfTwoNumbers(i + 3, a, b, ref);
  };

  /**
   * "05-Aug-2016", "2019/aug/01": the named-month days of {@link RelativeDates} (a day, a month word
   * and a year 1900-2099 with one separator; a year 1800-2099, a month word and a day, any
   * separators), ahead of the reference-day forms.
   */
  static void namedMonthDays(DateTokens t, List<Found> out) {
    RelativePhrases.scanEvery(t, DAY_MON_YEAR, null, out, true);
    RelativePhrases.scanEvery(t, YEAR_MON_DAY, null, out, true);
  }

  private static final Rule DAY_MON_YEAR = (t, i, ref) -> {
    Token d = t.at(i);
    if (!shortNumber(t, i, 2) || DateTokens.isWordChar(t.charAt(d.start() - 1))) {
      return null;
    }
    Token sep = t.at(i + 1);
    if (sep == null || !(sep.isSymbol('/') || sep.isSymbol('-')) || !t.glued(i) || !t.glued(i + 1) || !monthWord(t, i + 2)
        || !sepAt(t, i + 3, sep.text().charAt(0)) || !t.glued(i + 2) || !t.glued(i + 3)) {
      return null;
    }
    Token y = t.at(i + 4);
    if (y == null || !y.isNumber() || y.length() != 4 || !(y.text().startsWith("19") || y.text().startsWith("20"))
        || DateTokens.isWordChar(t.charAt(y.end()))) {
      return null;
    }
    return day(t, i, i + 4, y.value(), Months.number(t.at(i + 2).lower()), d.value());
  };

  private static final Rule YEAR_MON_DAY = (t, i, ref) -> {
    Token y = t.at(i);
    if (!year4(t, i) || DateTokens.isWordChar(t.charAt(y.start() - 1))) {
      return null;
    }
    Token s1 = t.at(i + 1);
    Token s2 = t.at(i + 3);
    if (s1 == null || !(s1.isSymbol('/') || s1.isSymbol('-')) || !t.glued(i) || !t.glued(i + 1) || !monthWord(t, i + 2)
        || s2 == null || !(s2.isSymbol('/') || s2.isSymbol('-')) || !t.glued(i + 2) || !t.glued(i + 3)
        || !shortNumber(t, i + 4, 2) || DateTokens.isWordChar(t.charAt(t.at(i + 4).end()))) {
      return null;
    }
    return day(t, i, i + 4, y.value(), Months.number(t.at(i + 2).lower()), t.at(i + 4).value());
  };

  // ---- pieces ----

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

  /** A day of three parts holding exactly one month name, one four-digit year 1800-2100 and one day number. */
  private static LocalDate namedMonthDate(Token... parts) {
    Integer month = null;
    Integer year = null;
    Integer day = null;
    for (Token p : parts) {
      if (p.isWord()) {
        month = month == null ? Months.number(p.lower()) : -1;
      } else if (p.length() == 4) {
        year = year == null ? p.value() : -1;
      } else if (p.length() <= 2) {
        day = day == null ? p.value() : -1;
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

  /** A part of a named-month date: a number of one to four digits or a month word. */
  private static boolean part(DateTokens t, int i) {
    Token p = t.at(i);
    return p != null && (p.isNumber() && p.length() <= 4 || p.isWord() && MONTH_WORDS.contains(p.lower()));
  }

  /** What may not touch a named-month date: a digit, a slash, a dash or a letter. */
  private static boolean partEdge(char c) {
    return DateTokens.isDigit(c) || c == '/' || c == '-' || Character.isLetter(c);
  }

  private static boolean monthWord(DateTokens t, int i) {
    Token w = t.at(i);
    return w != null && w.isWord() && MONTH_WORDS.contains(w.lower());
  }

  private static boolean shortNumber(DateTokens t, int i, int maxDigits) {
    Token n = t.at(i);
    return n != null && n.isNumber() && n.length() <= maxDigits;
  }

  /** A year 1800-2099 in four digits. */
  private static boolean year4(DateTokens t, int i) {
    Token y = t.at(i);
    return y != null && y.isNumber() && y.length() == 4 && y.value() >= 1800 && y.value() <= 2099;
  }

  private static boolean sepAt(DateTokens t, int i, char sep) {
    Token s = t.at(i);
    return s != null && s.isSymbol(sep);
  }

  /** A day number 1-31 of one or two digits ("05" too, not "0" or "00"). */
  private static boolean day31(DateTokens t, int i) {
    Token n = t.at(i);
    return n != null && n.isNumber() && n.length() <= 2 && n.value() >= 1 && n.value() <= 31;
  }

  /** The token ending a day number: its glued lower-case st/nd/rd/th when one follows, else the number. */
  private static int withSuffix(DateTokens t, int d) {
    Token s = t.at(d + 1);
    return s != null && t.glued(d) && s.isWord() && DAY_SUFFIXES.contains(s.text()) ? d + 1 : d;
  }

  private static Match day(DateTokens t, int first, int last, int year, int month, int day) {
    try {
      LocalDate d = LocalDate.of(year, month, day);
      return new Match(last + 1, new Found(t.at(first).start(), t.at(last).end(), d, d, Granularity.DAY));
    } catch (DateTimeException e) {
      return new Match(last + 1, null); // "20151345", "Feb/30": not a real day
    }
  }

  private static Set<String> weekdayWords() {
    Set<String> out = new HashSet<>(Weekdays.names());
    out.addAll(Weekdays.abbreviations());
    return Set.copyOf(out);
  }
}
