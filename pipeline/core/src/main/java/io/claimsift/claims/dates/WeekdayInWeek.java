package io.claimsift.claims.dates;

import io.claimsift.lexicon.DateWords;
import io.claimsift.lexicon.Weekdays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * The weekday-in-week rule of the date engine: a bare weekday name beside a day or a week it
 * places itself in, read as that weekday of the day's Monday-to-Sunday week. "next week on
 * Friday", "1st week of Oct. on Friday", "3 weeks after Christmas on Friday" (a day or week, "on",
 * a weekday), "next week Wednesday" (a week, a dash, a comma or nothing, a weekday), "Friday next
 * week" and "Tuesday of the following week" (a weekday, "of" or nothing, then a week) and "Thursday, two years from now" (a
 * weekday, a comma, then a day counted with a unit word: a calendar date after a weekday names
 * the day itself, see the caller). Stateless.
 */
final class WeekdayInWeek {

  private static final Set<String> UNITS = DateWords.of("unit");
  private static final Set<String> NAMES = Set.copyOf(Weekdays.names());

  private WeekdayInWeek() {}

  /** {@code a} and {@code b} as one day when one is a bare weekday placed in the other's week; else null. */
  static DateMention join(String s, String original, DateMention a, DateMention b, int base) {
    String gap = s.substring(a.end() - base, b.start() - base);
    DayOfWeek second = weekday(b);
    if (second != null && weekday(a) == null && (isDay(a) || isWeek(a))
        && (Gaps.isSpacedWords(gap, true, "on") || Gaps.isDotThenSpacedWord(gap, "on"))) { // "Oct. on Friday": an abbreviation's dot
      return joined(original, a, b, base, in(a.first(), second)); // "next week on Friday"
    }
    if (second != null && weekday(a) == null && isWeek(a) && Gaps.isDashOrComma(gap) && !gap.isEmpty()) {
      return joined(original, a, b, base, in(a.first(), second)); // "next week Wednesday", "previous week - Monday"
    }
    DayOfWeek first = weekday(a);
    if (first == null || weekday(b) != null) {
      return null;
    }
    if (isWeek(b) && (Gaps.isSpace(gap) || Gaps.isSpacedWords(gap, true, "of", null, "the"))) { // "Tuesday of next week"
      return joined(original, a, b, base, in(b.first(), first)); // "Friday next week"
    }
    if (isDay(b) && Gaps.isCommaSpace(gap) && b.first().getDayOfWeek() != first && countsUnits(b.text())) {
      return joined(original, a, b, base, in(b.first(), first)); // "Thursday, two years from now"
    }
    return null;
  }

  /**
   * "next week Mon", "this week - Fri": a week and a weekday abbreviation right after it (which is
   * no mention alone), as that day of the week; {@code a} itself otherwise.
   */
  static DateMention trailingAbbreviation(DateTokens t, String original, DateMention a, int base) {
    if (!isWeek(a)) {
      return a;
    }
    int k = t.lastBefore(a.end() - base) + 1;
    if (k <= 0 || k >= t.size() || t.at(k - 1).end() != a.end() - base) {
      return a;
    }
    if (t.at(k).isSymbol('-') || t.at(k).isSymbol('–') || t.at(k).isSymbol(',')) {
      k++;
    }
    DateTokens.Token w = t.at(k);
    if (w == null || !w.isWord() || w.start() == a.end() - base || !Weekdays.abbreviations().contains(w.lower())
        || DateTokens.isWordChar(t.charAt(w.end()))) {
      return a;
    }
    int end = w.end();
    LocalDate day = in(a.first(), Weekdays.day(w.lower()));
    return new DateMention(original.substring(a.start() - base, end), a.start(), base + end, day, day, Granularity.DAY);
  }

  private static DateMention joined(String original, DateMention a, DateMention b, int base, LocalDate day) {
    return new DateMention(original.substring(a.start() - base, b.end() - base), a.start(), b.end(), day, day, Granularity.DAY);
  }

  private static LocalDate in(LocalDate dayOfWeek, DayOfWeek weekday) {
    return dayOfWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(weekday.getValue() - 1L);
  }

  /** The weekday a mention of one weekday name (full or abbreviated) names, else null. */
  private static DayOfWeek weekday(DateMention m) {
    DateTokens t = DateTokens.of(m.text());
    if (t.size() != 1 || !t.at(0).isWord() || m.first() == null || !m.first().equals(m.last())) {
      return null;
    }
    String w = t.at(0).lower();
    return NAMES.contains(w) || Weekdays.abbreviations().contains(w) ? Weekdays.day(w) : null;
  }

  private static boolean isDay(DateMention m) {
    return m.first() != null && m.first().equals(m.last()) && m.granularity() == Granularity.DAY;
  }

  private static boolean isWeek(DateMention m) {
    return m.first() != null && m.last() != null && m.first().getDayOfWeek() == DayOfWeek.MONDAY
        && m.last().equals(m.first().plusDays(6));
  }

  private static boolean countsUnits(String text) {
    DateTokens t = DateTokens.of(text);
    for (int i = 0; i < t.size(); i++) {
      if (UNITS.contains(t.at(i).lower())) {
        return true;
      }
    }
    return false;
  }
}
