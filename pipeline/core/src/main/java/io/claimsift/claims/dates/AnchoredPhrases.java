package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.lexicon.Weekdays;
import io.claimsift.lexicon.WordPatterns;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;

/**
 * Phrases built around a date the other rules found, read over the sentence's {@link DateTokens}:
 * "Labor Day weekend" and "the weekend of Halloween", an abbreviated weekday before a date ("Tue
 * May 9"), and durations anchored on a day ("3 days starting from next Monday", "for 1 week, from
 * 20th dec"; the count and unit as {@link RelativePhrases} reads them). Each looks at a few tokens
 * before the date. Stateless and thread-safe. Package-private helper of {@link DateExtractor}.
 */
final class AnchoredPhrases {

  /** "Mon" ... "Sun", capitalised: an abbreviated weekday that joins the date after it. */
  private static final Set<String> SHORT_WEEKDAYS = Set.copyOf(WordPatterns.capitalised(Weekdays.abbreviations()));
  private static final Set<String> START_WORDS = Set.of("starting", "beginning");

  private AnchoredPhrases() {}

  /**
   * "Labor Day weekend" (a day, then "weekend") and "the weekend of Halloween": Saturday and Sunday
   * of the day's Monday-based week, stretched to a Friday or Monday holiday itself.
   */
  static DateMention weekendOf(DateTokens t, String original, DateMention a, DateMention b, int base) {
    String s = t.text();
    String gap = s.substring(a.end() - base, b.start() - base);
    DateMention day;
    int start;
    if (isSingleDay(a) && isWeekend(b.text()) && gap.isBlank() && !gap.isEmpty()) {
      day = a;
      start = a.start() - base;
    } else if (isWeekend(a.text()) && isSingleDay(b) && isSpacedOf(gap)) {
      int k = wordBefore(t, a.start() - base);
      day = b;
      start = k >= 0 && t.at(k).is("the") && startsWord(t, k) ? t.at(k).start() : a.start() - base;
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
  static DateMention shortWeekday(DateTokens t, String original, DateMention a, int base) {
    int j = wordBefore(t, a.start() - base);
    if (!isSingleDay(a) || j < 0) {
      return a;
    }
    if (t.at(j).isSymbol(',') && j > 0 && t.glued(j - 1)) {
      j--;
    }
    if (t.at(j).isSymbol('.') && j > 0 && t.glued(j - 1)) {
      j--;
    }
    Token w = t.at(j);
    if (!SHORT_WEEKDAYS.contains(w.text()) || !startsWord(t, j)) {
      return a;
    }
    return new DateMention(original.substring(w.start(), a.end() - base), base + w.start(), a.end(), a.first(), a.last(),
        a.granularity());
  }

  /**
   * "3 days starting from next Monday", "a week starting tomorrow", "for 1 week, from 20th dec": the
   * stated length from the anchor day on (the anchor's first day is the first day of the period).
   */
  static DateMention durationFrom(DateTokens t, String original, DateMention a, int base) {
    if (a.first() == null) {
      return null;
    }
    int k = wordBefore(t, a.start() - base);
    RelativePhrases.Counted d;
    if (a.last() == null && opensWithStart(a.text())) {
      d = k < 0 ? null : RelativePhrases.countedUnit(t, k); // the atom pass already read "starting A" as an open range
    } else if (isSingleDay(a)) {
      d = k < 0 ? null : startingAfter(t, k);
      if (d == null && k >= 0) {
        d = forFrom(t, k);
      }
    } else {
      return null;
    }
    if (d == null) {
      return null;
    }
    int start = t.at(d.start()).start();
    LocalDate last = RelativeDates.shift(a.first(), d.unit(), d.count()).minusDays(1);
    return new DateMention(original.substring(start, a.end() - base), base + start, a.end(), a.first(), last, Granularity.DAY);
  }

  /** "3 days starting [on|from]" ending at token {@code k}. */
  private static RelativePhrases.Counted startingAfter(DateTokens t, int k) {
    int s = k;
    if ((t.at(s).is("on") || t.at(s).is("from")) && s > 0 && t.spaced(s - 1)) {
      s--;
    }
    if (!START_WORDS.contains(t.at(s).lower()) || s < 1 || !t.spaced(s - 1)) {
      return null;
    }
    return RelativePhrases.countedUnit(t, s - 1);
  }

  /** "for 1 week, from" ending at token {@code k}: the count's start is "for". */
  private static RelativePhrases.Counted forFrom(DateTokens t, int k) {
    if (!t.at(k).is("from") || k < 1 || !t.spaced(k - 1)) {
      return null;
    }
    int u = k - 1;
    if (t.at(u).isSymbol(',') && u > 0 && t.glued(u - 1)) {
      u--;
    }
    for (int c = Math.max(1, u - 3); c < u; c++) { // the count right after "for", the leftmost reading first
      RelativePhrases.Count n = RelativePhrases.countEndingAt(t, c, u);
      if (n != null && RelativePhrases.isUnit(t.at(u)) && t.at(c - 1).is("for") && t.spaced(c - 1) && startsWord(t, c - 1)) {
        return new RelativePhrases.Counted(c - 1, n.value(), t.at(u).lower());
      }
    }
    return null;
  }

  /** The token that ends, white space after it, right before text offset {@code offset}; -1 when none. */
  private static int wordBefore(DateTokens t, int offset) {
    int k = t.lastBefore(offset);
    return k < 0 || t.at(k).end() == offset ? -1 : k;
  }

  private static boolean startsWord(DateTokens t, int i) {
    return !DateTokens.isWordChar(t.charAt(t.at(i).start() - 1));
  }

  private static boolean isWeekend(String text) {
    return text.toLowerCase(Locale.ROOT).equals("weekend");
  }

  /** White space, "of" in any case, white space: the whole gap. */
  private static boolean isSpacedOf(String gap) {
    int i = 0;
    while (i < gap.length() && DateTokens.isSpace(gap.charAt(i))) {
      i++;
    }
    int j = gap.length();
    while (j > i && DateTokens.isSpace(gap.charAt(j - 1))) {
      j--;
    }
    return i > 0 && j < gap.length() && gap.substring(i, j).toLowerCase(Locale.ROOT).equals("of");
  }

  /** Whether {@code text} opens with "starting" or "beginning" as a whole word. */
  private static boolean opensWithStart(String text) {
    for (String w : START_WORDS) {
      if (text.regionMatches(true, 0, w, 0, w.length()) && !DateTokens.isWordChar(text.length() > w.length() ? text.charAt(w.length()) : ' ')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSingleDay(DateMention d) {
    return d.first() != null && d.first().equals(d.last()) && d.granularity() == Granularity.DAY;
  }
}
