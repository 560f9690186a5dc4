package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.lexicon.DateWords;
import io.claimsift.lexicon.Numerals;
import io.claimsift.lexicon.Weekdays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;

/**
 * The day-of rule of the date engine: a day named by its place in a whole month or year, read
 * backwards over {@link DateTokens} from where the period's mention starts. An ordinal (digits
 * with their suffix, a word, "twenty-first", or an ordinal-last word of {@code date-words.tsv}),
 * then "day", "week" or a weekday name, or nothing, then "of" and an optional "the": "the 15th of
 * next month", "the thirty-first day of the month", "the last day of 2019", "the first Monday of
 * March", "the last Friday of the month", "the second week of May 2020" (Monday to Sunday, week 1
 * holding the 1st, the last week the last day); of a year only with "day" ("the 100th day of
 * 2020"; weeks of a year are ISO weeks, {@link PeriodPhrases}), and not
 * after a month name ("July fourth of this year" is July 4th). The period itself is any mention the engine found (a month name,
 * "next month", "the year"), so the rule composes with all of them. Stateless.
 */
final class DayOfPeriod {

  private static final Map<String, Long> ORDINALS = Numerals.ordinals();
  private static final Set<String> LAST_WORDS = DateWords.of("ordinal-last");
  private static final Set<String> SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final Set<String> WEEKDAY_NAMES = Set.copyOf(Weekdays.names());
  private static final Set<String> MONTHS = Set.copyOf(io.claimsift.lexicon.Months.words());
  /** The value of "last" among ordinals. */
  static final int LAST = -1;

  /** An ordinal ending at a token: its value ({@link #LAST} for "last") and its first token. */
  private record Ordinal(int value, int first, boolean word) {}

  private DayOfPeriod() {}

  /** The day {@code a} (a whole month or year) holds by the ordinal words before it; {@code a} itself when none. */
  static DateMention read(DateTokens t, String original, DateMention a, int base) {
    if (a.first() == null || a.last() == null) {
      return a;
    }
    boolean month = a.first().getDayOfMonth() == 1 && a.last().equals(a.first().withDayOfMonth(a.first().lengthOfMonth()));
    boolean year = a.first().getDayOfYear() == 1 && a.last().equals(a.first().withMonth(12).withDayOfMonth(31));
    int j = t.lastBefore(a.start() - base);
    if (!(month || year) || j < 1 || t.at(j).end() == a.start() - base) {
      return a;
    }
    if (t.at(j).is("the") && t.spaced(j - 1)) {
      j--; // "of the month" when the mention is "month"
    }
    if (!t.at(j).is("of") || !t.spaced(j - 1)) {
      return a;
    }
    int k = j - 1;
    Token named = t.at(k);
    boolean dayWord = named.is("day");
    boolean weekWord = month && named.is("week");
    DayOfWeek weekday = month && WEEKDAY_NAMES.contains(named.lower()) ? Weekdays.day(named.lower()) : null;
    if (dayWord || weekWord || weekday != null) {
      if (!t.spaced(k - 1)) {
        return a;
      }
      k--;
    }
    Ordinal o = ordinalEndingAt(t, k);
    if (o == null || (o.value() == LAST && !dayWord && !weekWord && weekday == null) || (year && !dayWord)) {
      return a; // "the last of March" names no day; "the fourth of this year" no day of the year
    }
    Token beforeOrdinal = t.at(o.first() - 1);
    if (beforeOrdinal != null && MONTHS.contains(beforeOrdinal.lower().replace(".", ""))) {
      return a; // "July fourth of this year": the ordinal is the month's day, the year is the year
    }
    LocalDate day = weekWord ? nthWeek(a.first(), o.value())
        : weekday != null ? nthWeekday(a.first(), weekday, o.value()) : nthDay(a, month, o.value());
    if (day == null) {
      return a;
    }
    int first = o.first();
    Token the = t.at(first - 1);
    if (the != null && the.is("the") && t.spaced(first - 1) && !DateTokens.isWordChar(t.charAt(the.start() - 1))) {
      first--;
    }
    int start = t.at(first).start();
    return weekWord
        ? new DateMention(original.substring(start, a.end() - base), base + start, a.end(), day, day.plusDays(6), Granularity.WEEK)
        : new DateMention(original.substring(start, a.end() - base), base + start, a.end(), day, day, Granularity.DAY);
  }

  /**
   * Monday of the n-th (Monday-based) week of the month starting {@code monthStart}: week 1 holds
   * the 1st, the last week holds the last day; null past the month.
   */
  static LocalDate nthWeek(LocalDate monthStart, int n) {
    if (n == LAST) {
      return monthStart.withDayOfMonth(monthStart.lengthOfMonth()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
    LocalDate monday = monthStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
    return n >= 1 && monday.getMonth() == monthStart.getMonth() || n == 1 ? monday : null;
  }

  private static LocalDate nthWeekday(LocalDate monthStart, DayOfWeek weekday, int n) {
    if (n == LAST) {
      return monthStart.with(TemporalAdjusters.lastInMonth(weekday));
    }
    LocalDate d = monthStart.with(TemporalAdjusters.firstInMonth(weekday)).plusWeeks(n - 1L);
    return n >= 1 && n <= 5 && d.getMonth() == monthStart.getMonth() ? d : null;
  }

  private static LocalDate nthDay(DateMention a, boolean month, int n) {
    if (n == LAST) {
      return a.last();
    }
    int length = month ? a.first().lengthOfMonth() : a.first().lengthOfYear();
    return n >= 1 && n <= length ? a.first().plusDays(n - 1L) : null;
  }

  /** "15th", "third", "twenty-first", "last" ending at token {@code k} and starting a word; or null. */
  private static Ordinal ordinalEndingAt(DateTokens t, int k) {
    Token w = t.at(k);
    if (w == null || !w.isWord()) {
      return null;
    }
    if (SUFFIXES.contains(w.lower()) && t.glued(k - 1) && t.at(k - 1).isNumber() && t.at(k - 1).length() <= 3) {
      return startsWord(t, k - 1) ? new Ordinal(t.at(k - 1).value(), k - 1, false) : null;
    }
    if (LAST_WORDS.contains(w.lower())) {
      return startsWord(t, k) ? new Ordinal(LAST, k, true) : null;
    }
    Long units = ORDINALS.get(w.lower());
    if (units == null || units > 31) {
      return null;
    }
    Token dash = t.at(k - 1);
    if (units < 10 && dash != null && dash.isSymbol('-') && t.glued(k - 1) && t.glued(k - 2)) {
      Integer tens = RelativeDates.countWord(t.at(k - 2).lower()); // "thirty-first"
      return tens != null && tens % 10 == 0 && tens >= 20 && startsWord(t, k - 2)
          ? new Ordinal((int) (tens + units), k - 2, true) : null;
    }
    return startsWord(t, k) ? new Ordinal(units.intValue(), k, true) : null;
  }

  private static boolean startsWord(DateTokens t, int i) {
    Token tok = t.at(i);
    return tok != null && !DateTokens.isWordChar(t.charAt(tok.start() - 1));
  }
}
