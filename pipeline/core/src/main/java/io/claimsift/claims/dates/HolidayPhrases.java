package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.lexicon.DateWords;
import io.claimsift.lexicon.Holidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The holiday rule of the date engine, over {@link DateTokens}: an optional step word, a holiday
 * name and an optional year ("Christmas 2018", "Easter", "last Thanksgiving", "St. Patrick's Day").
 * The names and the rule that places each in a year are data ({@code lexicon/holidays.tsv}: a
 * fixed day, days from Western Easter, or the n-th weekday of a month); a name matches the
 * sentence's tokens word for word in any case, with its signs glued as in the file and either
 * apostrophe. With a year it needs no reference day; without one it is the reference year's, a step
 * word back (lexicon role step, "last") the latest one before the reference day, a step word forward
 * ("next") the first one after it. A step word and a year together contradict each other: nothing
 * is read. Stateless.
 */
final class HolidayPhrases {

  private static final Map<String, Integer> STEPS = DateWords.values("step");
  private static final List<Name> NAMES = names();

  /** A holiday name cut into tokens, and the day it falls on in a year. */
  private record Name(List<Token> tokens, IntFunction<LocalDate> day) {}

  private HolidayPhrases() {}

  /** "Christmas 2018", "last Easter": a holiday read at token {@code i} (without a year, only with a reference day). */
  static final RelativePhrases.Rule HOLIDAY = (t, i, ref) -> {
    Integer step = STEPS.get(t.at(i).lower());
    int at = step != null && t.spaced(i) ? i + 1 : i;
    Name name = at > i ? longestAt(t, at) : null;
    if (name == null) {
      step = null;
      at = i;
      name = longestAt(t, at);
    }
    if (name == null) {
      return null;
    }
    int nameEnd = at + name.tokens().size() - 1;
    int year = t.yearAfter(nameEnd, false);
    int last = year >= 0 ? year : nameEnd;
    RelativeDates.Found found = null;
    if (year >= 0 && step == null) {
      LocalDate d = name.day().apply(t.at(year).value());
      found = new RelativeDates.Found(t.at(i).start(), t.at(last).end(), d, d, Granularity.DAY);
    } else if (year < 0 && ref != null) {
      LocalDate d = name.day().apply(ref.getYear());
      if (step != null && step < 0 && !d.isBefore(ref)) {
        d = name.day().apply(ref.getYear() - 1);
      } else if (step != null && step > 0 && !d.isAfter(ref)) {
        d = name.day().apply(ref.getYear() + 1);
      }
      found = new RelativeDates.Found(t.at(i).start(), t.at(last).end(), d, d, Granularity.DAY);
    }
    return new RelativePhrases.Match(last + 1, found);
  };

  /** The longest name whose tokens start at token {@code i} and end a word, or null. */
  private static Name longestAt(DateTokens t, int i) {
    for (Name n : NAMES) {
      if (matches(t, i, n.tokens())) {
        return n;
      }
    }
    return null;
  }

  private static boolean matches(DateTokens t, int i, List<Token> name) {
    for (int k = 0; k < name.size(); k++) {
      Token tok = t.at(i + k);
      if (tok == null || !apostrophes(tok.lower()).equals(name.get(k).lower())) {
        return false;
      }
      if (k > 0 && t.glued(i + k - 1) != (name.get(k - 1).end() == name.get(k).start())) {
        return false; // words spaced, signs glued, as in the file
      }
    }
    int end = t.at(i + name.size() - 1).end();
    return !Character.isLetterOrDigit(t.charAt(end));
  }


  private static String apostrophes(String s) {
    return s.replace('’', '\'');
  }

  /** The lexicon's names, longest (most tokens) first, so that "Christmas Eve" wins over "Christmas". */
  private static List<Name> names() {
    List<Name> out = new ArrayList<>();
    Holidays.rules().forEach((name, rule) -> out.add(new Name(DateTokens.of(name).list(), rule(rule))));
    out.sort(Comparator.comparingInt((Name n) -> -n.tokens().size()));
    return List.copyOf(out);
  }

  /** The day of a rule of {@code holidays.tsv} in a year. */
  static IntFunction<LocalDate> rule(String rule) {
    String[] p = rule.split(" ");
    switch (p[0]) {
      case "fixed" -> {
        int month = Integer.parseInt(p[1].substring(0, 2));
        int day = Integer.parseInt(p[1].substring(3));
        return y -> LocalDate.of(y, month, day);
      }
      case "easter" -> {
        int offset = Integer.parseInt(p[1]);
        return y -> easter(y).plusDays(offset);
      }
      case "weekday" -> {
        int month = Integer.parseInt(p[1]);
        int nth = Integer.parseInt(p[2]);
        DayOfWeek weekday = DayOfWeek.valueOf(p[3].toUpperCase(Locale.ROOT));
        int offset = Integer.parseInt(p[4]);
        return y -> LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday)).plusDays(offset);
      }
      default -> throw new IllegalStateException("holidays.tsv: unknown rule: " + rule);
    }
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
