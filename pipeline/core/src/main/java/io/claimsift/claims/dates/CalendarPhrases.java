package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Numerals;
import io.claimsift.lexicon.Weekdays;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Calendar phrases over {@link DateTokens}: weekday-numbered days ("Monday 21", "Mon 13th": the
 * nearest such day from the reference on; {@link #WEEKDAY_DAY}) and day ranges within a month
 * ("April 9th through 17th", "November 18-19", "between the ninth and the seventeenth of April";
 * {@link #DAY_RANGE}). Days in words are {@link SpelledDays}, holidays {@link HolidayPhrases};
 * centuries, weekends and runs of quarters are {@link NamedPeriods}.
 *
 * <p>Stateless and thread-safe. Package-private helper of {@link DateExtractor}.
 */
final class CalendarPhrases {

  private static final Set<String> WEEKDAY_WORDS = weekdayWords();
  private static final Set<String> MONTH_WORDS = Set.copyOf(Months.words());
  private static final Set<String> DAY_SUFFIXES = Set.of("st", "nd", "rd", "th");
  /** Words joining the two days of a range; "and" only after "between". */
  private static final Set<String> DAY_JOINS = Set.of("to", "through", "thru", "until", "till", "and");
  /** "twenty", "thirty": the tens of a day in words ("twenty-first", "thirty one"). */
  private static final Set<String> DAY_TENS = Set.copyOf(Numerals.cardinals(20, 30));
  /** The units after the tens: "first" ... "ninth", "one" ... "nine". */
  private static final Set<String> DAY_UNITS = dayUnits();
  /** A day in one word: "first" ... "ninth", "tenth" ... "nineteenth", "twentieth", "thirtieth". */
  private static final Set<String> DAY_WORDS = dayWords();

  private CalendarPhrases() {}

  /** Day ranges within a month; "and" only after "between"; an end before the start falls in the next month. */
  static List<RelativeDates.Found> dayRanges(DateTokens t, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    RelativePhrases.scanEvery(t, DAY_RANGE, ref, out, false);
    return out;
  }

  /** A day read at tokens {@code start} to {@code next - 1}: where its text ends, and its number. */
  private record Day(int start, int next, int end, int value) {}

  /**
   * "April 9th through 17th", "November 18-19", "from the 3rd to the 7th of May, 2020", "between the
   * ninth and the seventeenth of April": a month and two days joined by a dash or a join word, in
   * either order, with an optional year.
   */
  static final RelativePhrases.Rule DAY_RANGE = (t, i, ref) -> {
    Token first = t.at(i);
    if ((first.is("from") || first.is("between")) && startsWord(t, i) && t.spaced(i)) {
      RelativePhrases.Match m = dayRange(t, i, i + 1, first.is("between"), ref);
      if (m != null) {
        return m;
      }
    }
    return dayRange(t, i, i, false, ref);
  };

  private static RelativePhrases.Match dayRange(DateTokens t, int start, int at, boolean between, LocalDate ref) {
    Token head = t.at(at);
    if (head == null) {
      return null;
    }
    int month;
    Day a;
    Day b;
    int last;
    boolean monthFirst = isMonthName(head) && startsWord(t, at);
    if (monthFirst) {
      if (!t.spaced(at)) {
        return null;
      }
      a = day(t, at + 1);
      int bAt = a == null ? -1 : join(t, a.next() - 1);
      b = bAt < 0 ? null : day(t, bAt);
      if (b == null || DateTokens.isWordChar(t.charAt(b.end()))) {
        return null;
      }
      month = Months.number(head.lower());
      last = b.next() - 1;
    } else {
      int d = at;
      if (head.is("the") && startsWord(t, at) && t.spaced(at)) {
        d++;
      }
      a = day(t, d);
      int bAt = a == null ? -1 : join(t, a.next() - 1);
      b = bAt < 0 ? null : day(t, bAt);
      if (b == null || !t.spaced(b.next() - 1)) {
        return null;
      }
      int m = b.next();
      if (t.at(m).is("of") && t.spaced(m)) {
        m++;
      }
      Token name = t.at(m);
      if (name == null || !isMonthName(name) || DateTokens.isWordChar(t.charAt(name.end()))) {
        return null;
      }
      month = Months.number(name.lower());
      last = m;
    }
    int y = yearAfter(t, last);
    if (y < 0 && notAfterDate(t.charAt(t.at(last).end()))) {
      return null;
    }
    int end = y >= 0 ? y : last;
    RelativePhrases.Match skipped = new RelativePhrases.Match(end + 1, null);
    String joinText = t.text().substring(a.end(), t.at(b.start()).start());
    boolean and = joinText.toLowerCase(Locale.ROOT).contains("and");
    Integer year = y >= 0 ? Integer.valueOf(t.at(y).value()) : ref == null ? null : ref.getYear();
    if (and != between || year == null) {
      return skipped;
    }
    try {
      LocalDate firstDay = LocalDate.of(year, month, a.value());
      boolean dash = joinText.contains("-") || joinText.contains("–"); // "March 2-1" is a score, not a range
      LocalDate lastDay = b.value() > a.value() ? firstDay.withDayOfMonth(b.value())
          : monthFirst && !dash ? firstDay.plusMonths(1).withDayOfMonth(b.value()) : null;
      if (lastDay == null) {
        return skipped;
      }
      return new RelativePhrases.Match(end + 1,
          new RelativeDates.Found(t.at(start).start(), t.at(end).end(), firstDay, lastDay, Granularity.DAY));
    } catch (DateTimeException e) {
      return skipped; // "June 30-31": not a range of real days
    }
  }

  /**
   * The day at token {@code k}: one or two digits, 1-31 ("05" too), not after a digit, "." or ","
   * (a glued lower-case st/nd/rd/th is part of it); or in words, "first", "seventeenth",
   * "twenty-first", "thirty one" (one space or a dash inside). Null when none is there.
   */
  private static Day day(DateTokens t, int k) {
    Token n = t.at(k);
    if (n == null) {
      return null;
    }
    if (n.isNumber()) {
      char before = t.charAt(n.start() - 1);
      if (n.length() > 2 || n.value() < 1 || n.value() > 31 || DateTokens.isDigit(before) || before == '.' || before == ',') {
        return null;
      }
      Token suffix = t.at(k + 1);
      int last = suffix != null && t.glued(k) && suffix.isWord() && DAY_SUFFIXES.contains(suffix.text()) ? k + 1 : k;
      return new Day(k, last + 1, t.at(last).end(), n.value());
    }
    if (!n.isWord() || !startsWord(t, k)) {
      return null;
    }
    if (DAY_TENS.contains(n.lower())) {
      int u = k + 1;
      Token sep = t.at(u);
      if (sep != null && sep.isSymbol('-') && t.glued(k) && t.glued(u)) {
        u++;
      } else if (sep == null || sep.start() != n.end() + 1) {
        return null; // one space or a dash between the tens and the unit
      }
      Token unit = t.at(u);
      if (unit == null || !unit.isWord() || !DAY_UNITS.contains(unit.lower())) {
        return null;
      }
      return new Day(k, u + 1, unit.end(), dayWord(t.text().substring(n.start(), unit.end())));
    }
    return DAY_WORDS.contains(n.lower()) ? new Day(k, k + 1, n.end(), dayWord(n.text())) : null;
  }

  /**
   * The token of the second day after the first ending at token {@code last}: a dash (spaced or
   * not), or a join word between spaces with an optional "the" ("to the"); -1 otherwise.
   */
  private static int join(DateTokens t, int last) {
    Token j = t.at(last + 1);
    if (j == null) {
      return -1;
    }
    if (j.isSymbol('-') || j.isSymbol('–')) {
      return last + 2;
    }
    if (!t.spaced(last) || !DAY_JOINS.contains(j.lower()) || !t.spaced(last + 1)) {
      return -1;
    }
    Token the = t.at(last + 2);
    if (the.is("the") && t.spaced(last + 2) && day(t, last + 3) != null) {
      return last + 3;
    }
    return last + 2;
  }

  /** The token of a year 1800-2099 after token {@code last} (an optional glued comma, then white space), when no letter, digit or "%" follows it; -1 otherwise. */
  private static int yearAfter(DateTokens t, int last) {
    int y = last + 1;
    if (t.at(y) != null && t.at(y).isSymbol(',') && t.glued(last)) {
      y++;
    }
    Token year = t.at(y);
    if (year == null || !t.spaced(y - 1) || !year.isNumber() || year.length() != 4 || year.value() < 1800 || year.value() > 2099) {
      return -1;
    }
    return notAfterDate(t.charAt(year.end())) ? -1 : y;
  }

  /** What may not follow a day range: a letter, a digit or "%". */
  private static boolean notAfterDate(char c) {
    return Character.isLetter(c) || DateTokens.isDigit(c) || c == '%';
  }

  /** A month name in any case, but "may" only as "May" or "MAY" (lower-case "may" is mostly the verb). */
  private static boolean isMonthName(Token w) {
    return w.isWord() && MONTH_WORDS.contains(w.lower()) && (!w.lower().equals("may") || w.text().equals("May") || w.text().equals("MAY"));
  }

  private static boolean startsWord(DateTokens t, int i) {
    return !DateTokens.isWordChar(t.charAt(t.at(i).start() - 1));
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
    StringBuilder normal = new StringBuilder(); // lower case, hyphens and runs of white space as one space
    for (char c : words.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean space = c == '-' || DateTokens.isSpace(c);
      if (!space) {
        normal.append(c);
      } else if (normal.length() == 0 || normal.charAt(normal.length() - 1) != ' ') {
        normal.append(' ');
      }
    }
    String w = normal.toString();
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

  /** Weekday-numbered days ("Monday 21", "Mon 13th"): the nearest such day from {@code ref} on. */
  static List<RelativeDates.Found> relative(DateTokens t, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    RelativePhrases.scanEvery(t, WEEKDAY_DAY, ref, out, false);
    return out;
  }

  /**
   * "Monday 21", "Mon. 13th", "Tuesday, the 11th": a weekday (name or abbreviation, any case; an
   * optional glued "." and ",") and a day of the month 1-31, not followed by a letter, a digit, ":",
   * "/", "-" or a decimal.
   */
  static final RelativePhrases.Rule WEEKDAY_DAY = (t, i, ref) -> {
    Token w = t.at(i);
    if (!w.isWord() || !WEEKDAY_WORDS.contains(w.lower()) || !startsWord(t, i)) {
      return null;
    }
    int k = i;
    if (t.at(k + 1) != null && t.at(k + 1).isSymbol('.') && t.glued(k)) {
      k++;
    }
    if (t.at(k + 1) != null && t.at(k + 1).isSymbol(',') && t.glued(k)) {
      k++;
    }
    if (!t.spaced(k)) {
      return null;
    }
    int d = k + 1;
    if (t.at(d).is("the") && t.spaced(d)) {
      d++;
    }
    Token n = t.at(d);
    if (n == null || !n.isNumber() || n.length() > 2 || n.value() < 1 || n.value() > 31) {
      return null;
    }
    Token suffix = t.at(d + 1);
    int last = suffix != null && t.glued(d) && suffix.isWord() && DAY_SUFFIXES.contains(suffix.lower()) ? d + 1 : d;
    int end = t.at(last).end();
    char after = t.charAt(end);
    if (Character.isLetter(after) || DateTokens.isDigit(after) || after == ':' || after == '/' || after == '-'
        || (after == '.' || after == ',') && DateTokens.isDigit(t.charAt(end + 1))) {
      return null;
    }
    LocalDate day = weekdayDay(Weekdays.day(w.lower()), n.value(), ref);
    return new RelativePhrases.Match(last + 1, day == null ? null : new RelativeDates.Found(w.start(), end, day, day, Granularity.DAY));
  };

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

  private static Set<String> weekdayWords() {
    Set<String> out = new HashSet<>(Weekdays.names());
    out.addAll(Weekdays.abbreviations());
    return Set.copyOf(out);
  }

  private static Set<String> dayUnits() {
    Set<String> out = new HashSet<>(Numerals.ordinals(1, 9));
    out.addAll(Numerals.cardinals(1, 9));
    return Set.copyOf(out);
  }

  private static Set<String> dayWords() {
    Set<String> out = new HashSet<>(Numerals.ordinals(1, 9));
    out.addAll(Numerals.ordinals(10, 31));
    return Set.copyOf(out);
  }
}
