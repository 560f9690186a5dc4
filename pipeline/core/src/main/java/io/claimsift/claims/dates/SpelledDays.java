package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.claims.dates.RelativeDates.Found;
import io.claimsift.claims.dates.RelativePhrases.Match;
import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Numerals;
import io.claimsift.lexicon.Weekdays;
import io.claimsift.lexicon.WordSet;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The spelled-day rules of the date engine, over {@link DateTokens}: a day of the month in words
 * (an ordinal word from first to thirty-first, or "twenty"/"thirty" and a unit word, hyphenated or
 * spaced: "twenty-first", "twenty nine") with a month name, in either order, and an optional year:
 * "March the first", "January first 2000", "May twenty nine", "the fifth of May, 2020", "twenty
 * third day of September"; and a weekday with its day, "Tuesday the eleventh" (the first such day
 * from the reference day on). A month name is any name or abbreviation of {@code months.tsv} in any
 * case, but "May" only capitalised (lower-case "may" is mostly the verb). A date without a year
 * takes the reference day's year and is skipped without one. Each rule reads at most eight tokens.
 * Stateless.
 */
final class SpelledDays {

  private static final Set<String> MONTHS = WordSet.copyOf(Months.words());
  private static final Set<String> WEEKDAYS = WordSet.copyOf(Weekdays.names());
  private static final Map<String, Long> ORDINALS = Numerals.ordinals();
  private static final Map<String, Long> CARDINALS = Numerals.cardinals();

  private SpelledDays() {}

  /** "March the first", "January first 2000", "fourth of July, 1995", "twenty third day of September". */
  static final RelativePhrases.Rule DATE = (t, i, ref) -> {
    int month;
    int[] day;
    int last;
    if (isMonth(t, i) && t.spaced(i)) {
      int d = t.at(i + 1).is("the") && t.spaced(i + 1) ? i + 2 : i + 1; // "March the first"
      day = dayWord(t, d);
      month = i;
      last = day == null ? -1 : day[1] - 1;
    } else {
      day = dayWord(t, i);
      if (day == null || !t.spaced(day[1] - 1)) {
        return null;
      }
      int of = t.at(day[1]).is("day") && t.spaced(day[1]) ? day[1] + 1 : day[1]; // "twenty third day of"
      month = t.at(of) != null && t.at(of).is("of") && t.spaced(of) ? of + 1 : -1;
      last = month;
    }
    if (day == null || month < 0 || !isMonth(t, month) || !endsWord(t, last)) {
      return null;
    }
    int year = yearAfter(t, last);
    if (year >= 0 && DateTokens.isWordChar(t.charAt(t.at(year).end()))) {
      year = -1; // "May 5, 2020s": the year is not one
    }
    int end = year >= 0 ? year : last;
    if (DateTokens.isWordChar(t.charAt(t.at(end).end()))) {
      return null;
    }
    Integer y = year >= 0 ? Integer.valueOf(t.at(year).value()) : ref == null ? null : ref.getYear();
    if (y == null) {
      return null;
    }
    try {
      LocalDate d = LocalDate.of(y, Months.number(t.at(month).lower()), day[0]);
      return new Match(end + 1, new Found(t.at(i).start(), t.at(end).end(), d, d, Granularity.DAY));
    } catch (DateTimeException e) {
      return null; // "February thirtieth": not a date
    }
  };

  /** "Tuesday the eleventh": the first Tuesday the 11th from the reference day on. */
  static final RelativePhrases.Rule WEEKDAY_THE_DAY = (t, i, ref) -> {
    Token w = t.at(i);
    if (ref == null || !WEEKDAYS.contains(w.lower()) || !t.spaced(i) || !t.at(i + 1).is("the") || !t.spaced(i + 1)) {
      return null;
    }
    int[] day = dayWord(t, i + 2);
    if (day == null || !endsWord(t, day[1] - 1)) {
      return null;
    }
    LocalDate d = CalendarPhrases.weekdayDay(Weekdays.day(w.lower()), day[0], ref);
    return d == null ? null : new Match(day[1], new Found(w.start(), t.at(day[1] - 1).end(), d, d, Granularity.DAY));
  };

  /**
   * A day of the month in words at token {@code i}: "first" ... "thirty-first", "twenty nine"; its
   * value and the token index past it, or null.
   */
  static int[] dayWord(DateTokens t, int i) {
    Token tok = t.at(i);
    if (tok == null || !tok.isWord() || DateTokens.isWordChar(t.charAt(tok.start() - 1)) || t.charAt(tok.start() - 1) == '-') {
      return null; // "first" of "thirty-first" is no day alone
    }
    Long tens = CARDINALS.get(tok.lower());
    if (tens != null && (tens == 20 || tens == 30)) {
      boolean hyphen = t.glued(i) && t.at(i + 1).isSymbol('-') && t.glued(i + 1);
      boolean oneSpace = t.spaced(i) && t.at(i + 1).start() - tok.end() == 1;
      int k = hyphen ? i + 2 : oneSpace ? i + 1 : -1;
      Token unit = k < 0 ? null : t.at(k);
      Long units = unit == null ? null : ORDINALS.getOrDefault(unit.lower(), CARDINALS.get(unit.lower()));
      if (units != null && units >= 1 && units <= 9 && tens + units <= 31) {
        return new int[] {(int) (tens + units), k + 1};
      }
    }
    Long ordinal = ORDINALS.get(tok.lower());
    return ordinal != null && ordinal >= 1 && ordinal <= 31 ? new int[] {ordinal.intValue(), i + 1} : null;
  }

  /** A month name or abbreviation at token {@code i} ending a word; "May" only as "May" or "MAY". */
  private static boolean isMonth(DateTokens t, int i) {
    Token m = t.at(i);
    if (m == null || !m.isWord() || !MONTHS.contains(m.lower())) {
      return false;
    }
    return !m.lower().equals("may") || m.text().equals("May") || m.text().equals("MAY");
  }

  /** The token of a four-digit year 1800-2099 after token {@code last} (", 1995" or " 1995"), or -1. */
  private static int yearAfter(DateTokens t, int last) {
    int j = last + 1;
    Token comma = t.at(j);
    if (comma != null && comma.isSymbol(',') && t.glued(last)) {
      j++;
      if (!t.spaced(j - 1)) {
        return -1;
      }
    } else if (!t.spaced(last)) {
      return -1;
    }
    Token y = t.at(j);
    boolean ok = y != null && y.isNumber() && y.length() == 4 && y.value() >= 1800 && y.value() <= 2099;
    return ok ? j : -1;
  }

  private static boolean endsWord(DateTokens t, int i) {
    Token tok = t.at(i);
    return tok != null && !DateTokens.isWordChar(t.charAt(tok.end()));
  }
}
