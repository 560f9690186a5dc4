package io.claimsift.claims.dates;

import io.claimsift.lexicon.Weekdays;
import io.claimsift.lexicon.WordPatterns;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases built around a date the other patterns found: "Labor Day weekend" and "the weekend of
 * Halloween", an abbreviated weekday before a date ("Tue May 9"), and
 * durations anchored on a day ("3 days starting from next Monday", "for 1 week, from 20th dec").
 * Stateless and thread-safe. Package-private helper of {@link DateExtractor}.
 */
final class AnchoredPhrases {

  private static final Pattern WEEKEND_WORD = Pattern.compile("(?i)weekend");
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
  private static final Pattern SHORT_WEEKDAY_BEFORE =
      Pattern.compile(
          "\\b(?:" + WordPatterns.anyOf(WordPatterns.capitalised(Weekdays.abbreviations())) + ")\\.?,?\\s+$");
  private static final Pattern DURATION_STARTING_BEFORE =
      Pattern.compile("(?i)\\b(?<n>" + RelativeDates.NUM + ")\\s+(?<unit>" + RelativeDates.UNIT
          + ")\\s+(?:starting|beginning)(?:\\s+(?:on|from))?\\s+$");
  private static final Pattern DURATION_BEFORE_OPENED =
      Pattern.compile("(?i)\\b(?<n>" + RelativeDates.NUM + ")\\s+(?<unit>" + RelativeDates.UNIT + ")\\s+$");
  private static final Pattern OPENED_BY_START = Pattern.compile("(?i)(?:starting|beginning)\\b");
  private static final Pattern FOR_DURATION_FROM_BEFORE =
      Pattern.compile("(?i)\\bfor\\s+(?<n>" + RelativeDates.NUM + ")\\s+(?<unit>" + RelativeDates.UNIT + "),?\\s+from\\s+$");

  private AnchoredPhrases() {}

  /**
   * "Labor Day weekend" (a day, then "weekend") and "the weekend of Halloween": Saturday and Sunday
   * of the day's Monday-based week, stretched to a Friday or Monday holiday itself.
   */
  static DateMention weekendOf(String s, String original, DateMention a, DateMention b, int base) {
    String gap = s.substring(a.end() - base, b.start() - base);
    DateMention day;
    int start;
    if (isSingleDay(a) && WEEKEND_WORD.matcher(b.text()).matches() && gap.isBlank() && !gap.isEmpty()) {
      day = a;
      start = a.start() - base;
    } else if (WEEKEND_WORD.matcher(a.text()).matches() && isSingleDay(b) && gap.matches("(?i)\\s+of\\s+")) {
      Matcher the = THE_BEFORE.matcher(s.substring(0, a.start() - base));
      day = b;
      start = the.find() ? the.start() : a.start() - base;
    } else {
      return null;
    }
    LocalDate d = day.first();
    LocalDate saturday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
    LocalDate first = d.getDayOfWeek() == DayOfWeek.MONDAY ? d.minusDays(2) : d.getDayOfWeek() == DayOfWeek.FRIDAY ? d : saturday;
    LocalDate last = d.getDayOfWeek() == DayOfWeek.MONDAY ? d : saturday.plusDays(1);
    return new DateMention(original.substring(start, b.end() - base), base + start, b.end(), first, last, Granularity.DAY);
  }

  /** "Tue May 9", "Fri., June 7, 2019": an abbreviated (capitalised) weekday before a date joins its text. */
  static DateMention shortWeekday(String s, String original, DateMention a, int base) {
    Matcher m = SHORT_WEEKDAY_BEFORE.matcher(s.substring(0, a.start() - base));
    if (!isSingleDay(a) || !m.find()) {
      return a;
    }
    return new DateMention(original.substring(m.start(), a.end() - base), base + m.start(), a.end(), a.first(), a.last(),
        a.granularity());
  }

  /**
   * "3 days starting from next Monday", "a week starting tomorrow", "for 1 week, from 20th dec": the
   * stated length from the anchor day on (the anchor's first day is the first day of the period).
   */
  static DateMention durationFrom(String s, String original, DateMention a, int base) {
    if (a.first() == null) {
      return null;
    }
    String before = s.substring(0, a.start() - base);
    Matcher m;
    if (a.last() == null && OPENED_BY_START.matcher(a.text()).lookingAt()) {
      m = DURATION_BEFORE_OPENED.matcher(before); // the atom pass already read "starting A" as an open range
    } else if (isSingleDay(a)) {
      m = DURATION_STARTING_BEFORE.matcher(before);
      if (!m.find()) {
        m = FOR_DURATION_FROM_BEFORE.matcher(before);
      }
      m.reset();
    } else {
      return null;
    }
    if (!m.find()) {
      return null;
    }
    int n = RelativeDates.count(m.group("n"));
    LocalDate last = RelativeDates.shift(a.first(), m.group("unit"), n).minusDays(1);
    return new DateMention(original.substring(m.start(), a.end() - base), base + m.start(), a.end(), a.first(), last,
        Granularity.DAY);
  }

  private static boolean isSingleDay(DateMention d) {
    return d.first() != null && d.first().equals(d.last()) && d.granularity() == Granularity.DAY;
  }
}
