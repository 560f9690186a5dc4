package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.claims.dates.RelativeDates.Found;
import io.claimsift.claims.dates.RelativePhrases.Match;
import io.claimsift.lexicon.DateWords;
import io.claimsift.lexicon.Numerals;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;

/**
 * The period rule of the date engine: a numbered part of a year, read over {@link DateTokens}. A
 * part is a quarter, a half or an ISO week (Monday to Sunday), named
 *
 * <ul>
 *   <li>by a letter and its number next to a year ("2017-Q1", "2017 q1", "Q3 2018", "q1-2019",
 *       "Q1 of 2017");
 *   <li>by an ordinal, the part's word, an optional "of" and a year ("the first quarter of 2013",
 *       "the second half of 2020", "the 3rd week of 2018", "the last quarter of 2019");
 *   <li>by "week" and its number, with "of" and a year or alone ("week 31 of 2020", "week 31": the
 *       reference's year).
 * </ul>
 *
 * A year is four digits (1800-2099) or, with a reference day, a step word and "year" ("week 2 of
 * last year"). A number beyond the parts of a year ("Q5", "H3", "week 60") states no period. The
 * letters, part words and "last" words are the lexicon's ({@code date-words.tsv}, roles
 * period-letter, period-of-year, ordinal-last). Stateless.
 */
final class PeriodPhrases {

  private static final Map<String, Integer> LETTERS = DateWords.values("period-letter");
  private static final Map<String, Integer> PARTS = DateWords.values("period-of-year");
  private static final Set<String> LAST = DateWords.of("ordinal-last");
  private static final Map<String, Integer> STEPS = DateWords.values("step");
  private static final Map<String, Long> ORDINAL_WORDS = Numerals.ordinals();
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  private PeriodPhrases() {}

  /** A year read at a token: its value and the token index past it. */
  private record Year(int value, int next) {}

  /** An ordinal read at a token: its value (-1 for "last") and the token index past it. */
  private record Ordinal(int value, int next) {}

  /** The three forms, tried in the order above at each token ({@code ref} may be null). */
  static final RelativePhrases.Rule PART_OF_YEAR = (t, i, ref) -> {
    Match m = yearThenLetter(t, i);
    if (m == null) {
      m = letterThenYear(t, i, ref);
    }
    if (m == null) {
      m = ordinalPart(t, i, ref);
    }
    if (m == null) {
      m = numberedWeek(t, i, ref);
    }
    return m;
  };

  /** "2017-q1", "2017 Q1", "2017q1": the year, at most one space or a dash, the letter and number. */
  private static Match yearThenLetter(DateTokens t, int i) {
    Token year = t.at(i);
    if (!isYear(year)) {
      return null;
    }
    int l = i + 1;
    if (t.at(l) != null && t.at(l).isSymbol('-') && t.glued(i)) {
      l++;
      if (!t.glued(i + 1)) {
        return null;
      }
    } else if (t.at(l) == null || t.at(l).start() - year.end() > 1) {
      return null;
    }
    return letterPart(t, l, year.value(), i);
  }

  /** "Q3 2018", "q1-2019", "Q1 - 2019", "q1 of 2017". */
  private static Match letterThenYear(DateTokens t, int i, LocalDate ref) {
    Token letter = t.at(i);
    Token number = t.at(i + 1);
    if (!LETTERS.containsKey(letter.lower()) || !t.glued(i) || !number.isNumber() || number.length() != 1) {
      return null;
    }
    int y = i + 2;
    Token sep = t.at(y);
    if (sep == null) {
      return null;
    }
    if (sep.isSymbol('-')) {
      y++;
    } else if (sep.is("of") && t.spaced(i + 1)) {
      y = t.spaced(y) ? y + 1 : -1;
    } else if (!t.spaced(i + 1)) {
      return null;
    }
    Year year = y < 0 ? null : fourDigitYear(t, y);
    if (year == null) {
      return null;
    }
    return new Match(year.next(), part(t, i, year.next() - 1, LETTERS.get(letter.lower()), number.value(), year.value()));
  }

  /** The letter and number at {@code l} after a year at {@code start}: "q1" in "2017-q1". */
  private static Match letterPart(DateTokens t, int l, int year, int start) {
    Token letter = t.at(l);
    Token number = t.at(l + 1);
    if (letter == null || !LETTERS.containsKey(letter.lower()) || !t.glued(l) || !number.isNumber()
        || number.length() != 1 || !endsWord(t, l + 1)) {
      return null;
    }
    return new Match(l + 2, part(t, start, l + 1, LETTERS.get(letter.lower()), number.value(), year));
  }

  /** "the first quarter of 2013", "2nd half 2020", "the 3rd week of 2018", "the last week of next year". */
  private static Match ordinalPart(DateTokens t, int i, LocalDate ref) {
    int o = t.at(i).is("the") && t.spaced(i) ? i + 1 : i;
    Ordinal ordinal = ordinal(t, o);
    Token unit = ordinal == null ? null : t.at(ordinal.next());
    if (unit == null || !t.spaced(ordinal.next() - 1) || !PARTS.containsKey(unit.lower()) || !t.spaced(ordinal.next())) {
      return null;
    }
    int y = ordinal.next() + 1;
    if (is(t, y, "of") && t.spaced(y)) {
      y++;
    }
    Year year = year(t, y, ref);
    if (year == null) {
      return null;
    }
    int months = PARTS.get(unit.lower());
    int n = ordinal.value();
    if (months == 0) {
      return new Match(year.next(), week(t, i, year.next() - 1, n < 0 ? lastIsoWeek(year.value()) : n, year.value()));
    }
    return new Match(year.next(), part(t, i, year.next() - 1, months, n < 0 ? 12 / months : n, year.value()));
  }

  /** "week 31", "week 31 of 2020", "week 2 of last year": ISO weeks, the reference's year when none is said. */
  private static Match numberedWeek(DateTokens t, int i, LocalDate ref) {
    Token number = t.at(i + 1);
    if (!t.at(i).is("week") || !t.spaced(i) || number == null || !number.isNumber() || number.length() > 2
        || !endsWord(t, i + 1)) {
      return null;
    }
    if (is(t, i + 2, "of") && t.spaced(i + 1) && t.spaced(i + 2)) {
      Year year = year(t, i + 3, ref);
      if (year != null) {
        return new Match(year.next(), week(t, i, year.next() - 1, number.value(), year.value()));
      }
    }
    return ref == null ? null : new Match(i + 2, week(t, i, i + 1, number.value(), ref.getYear()));
  }

  /** A four-digit year, or with a reference day "[the] STEP year" ("last year", "the next year") or "the year". */
  private static Year year(DateTokens t, int y, LocalDate ref) {
    Year digits = fourDigitYear(t, y);
    if (digits != null || ref == null || t.at(y) == null) {
      return digits;
    }
    int s = t.at(y).is("the") && t.spaced(y) ? y + 1 : y;
    if (s > y && is(t, s, "year") && endsWord(t, s)) {
      return new Year(ref.getYear(), s + 1); // "the second half of the year": the reference's
    }
    Integer step = t.at(s) == null ? null : STEPS.get(t.at(s).lower());
    if (step == null || !t.spaced(s) || !is(t, s + 1, "year") || !endsWord(t, s + 1)) {
      return null;
    }
    return new Year(ref.getYear() + step, s + 2);
  }

  private static Year fourDigitYear(DateTokens t, int y) {
    Token tok = t.at(y);
    return isYear(tok) && endsWord(t, y) ? new Year(tok.value(), y + 1) : null;
  }

  /** "first" ... (the lexicon's ordinal words), "1st", "3rd", "last", "final". */
  private static Ordinal ordinal(DateTokens t, int o) {
    Token tok = t.at(o);
    if (tok == null || DateTokens.isWordChar(t.charAt(tok.start() - 1))) {
      return null;
    }
    if (LAST.contains(tok.lower())) {
      return new Ordinal(-1, o + 1);
    }
    Long word = ORDINAL_WORDS.get(tok.lower());
    if (word != null) {
      return new Ordinal(word.intValue(), o + 1);
    }
    Token suffix = t.at(o + 1);
    if (tok.isNumber() && tok.length() <= 2 && t.glued(o) && ORDINAL_SUFFIXES.contains(suffix.lower())) {
      return new Ordinal(tok.value(), o + 2);
    }
    return null;
  }

  /** Part {@code n} of {@code months} months of {@code year}; null (no real period) past the year's end. */
  private static Found part(DateTokens t, int first, int last, int months, int n, int year) {
    if (n < 1 || n * months > 12) {
      return null;
    }
    YearMonth start = YearMonth.of(year, (n - 1) * months + 1);
    return new Found(t.at(first).start(), t.at(last).end(), start.atDay(1), start.plusMonths(months - 1L).atEndOfMonth(),
        Granularity.MONTH);
  }

  /** ISO week {@code week} of {@code year}, Monday to Sunday; null outside 1 to 53. */
  private static Found week(DateTokens t, int first, int last, int week, int year) {
    if (week < 1 || week > 53) {
      return null;
    }
    LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new Found(t.at(first).start(), t.at(last).end(), monday, monday.plusDays(6), Granularity.WEEK);
  }

  private static int lastIsoWeek(int year) {
    return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  private static boolean isYear(Token tok) {
    return tok != null && tok.isNumber() && tok.length() == 4 && tok.value() >= 1800 && tok.value() <= 2099;
  }

  private static boolean is(DateTokens t, int i, String word) {
    return t.at(i) != null && t.at(i).is(word);
  }

  private static boolean endsWord(DateTokens t, int i) {
    Token tok = t.at(i);
    return tok != null && !DateTokens.isWordChar(t.charAt(tok.end()));
  }
}
