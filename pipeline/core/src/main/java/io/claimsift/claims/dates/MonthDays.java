package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.claims.dates.RelativeDates.Found;
import io.claimsift.claims.dates.RelativePhrases.Match;
import io.claimsift.claims.dates.RelativePhrases.Rule;
import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.WordPatterns;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The days and months that take the reference day's year, read over {@link DateTokens}: a month and
 * a day ("July 1st", "Sept. 4", "1 July", "the 4th of July"; {@link #DAY_MONTH}), a month alone,
 * after a step word or a preposition or not ("in March", "next March", "since June";
 * {@link #MONTH_ALONE}), a bare ordinal day of the reference's month closing a clause ("due on the
 * 4th."; {@link #ORDINAL_DAY}), and "year to date", "till date" ({@link #TO_DATE}). A month or day
 * followed by a number is left to the calendar anchors ("July 1, 2019"). Month words are the
 * lexicon's ({@code months.tsv}): inside a day in any case; alone capitalised, or a lower-case full
 * name other than "march" and "may" (mostly verbs), "may" only after a preposition and closing a
 * clause or a list ("in may.", "by may and june"). Each rule reads a few tokens from where it
 * starts: linear with {@link RelativePhrases#scan}. Stateless.
 */
final class MonthDays {

  private static final Set<String> MONTH_WORDS = Set.copyOf(Months.words());
  /** The month words a month standing alone may be written as, as written. */
  private static final Set<String> LONE_MONTHS = loneMonths();
  /** Words before a lone month that belong to it: a step word moves it a year and starts its text. */
  private static final Map<String, Integer> MONTH_STEPS = Map.of("this", 0, "next", 1, "last", -1);
  private static final Set<String> MONTH_LEADS =
      Set.of("in", "this", "next", "last", "since", "until", "of", "during", "early", "late", "mid", "by");
  /** The prepositions after which a lower-case "may" is the month. */
  private static final Set<String> MAY_LEADS = Set.of("in", "since", "until", "during", "by", "early", "late", "mid");
  /** Words after "may" closing a list or a range of months ("in may and june"). */
  private static final Set<String> MAY_JOINS = Set.of("and", "or", "to", "through", "until");
  /** Pronouns and the like after "May" that make it the modal verb ("May I ask"). */
  private static final Set<String> MODAL_SUBJECTS =
      Set.of("I", "we", "you", "he", "she", "it", "they", "there", "this", "that", "God");
  private static final Set<String> DAY_SUFFIXES = Set.of("st", "nd", "rd", "th");
  /** The words before "the 4th" that make a bare ordinal a day. */
  private static final Set<String> ORDINAL_DAY_LEADS = Set.of("on", "by", "until", "till", "before", "after", "since", "from");
  /** What may close a clause after a bare ordinal day. */
  private static final String CLAUSE_ENDS = ".,;:!?)";

  private MonthDays() {}

  /** "July 1st", "Sept. 4", "1 July", "the 4th of July": the day in the reference's year (Feb 29 in the leap year before). */
  static final Rule DAY_MONTH = (t, i, ref) -> {
    Token first = t.at(i);
    int start = i;
    int at = i;
    if (first.is("the") && t.spaced(i) && t.at(i + 1).isNumber()) {
      at = i + 1; // "the 4th of July"
    }
    Token a = t.at(at);
    if (a.isWord() && at == i && MONTH_WORDS.contains(a.lower())) {
      int d = at + 1;
      if (t.at(d) != null && t.at(d).isSymbol('.') && t.glued(at)) {
        d++;
      }
      if (t.at(d) == null || !t.spaced(d - 1)) {
        return null;
      }
      int end = dayEnd(t, d);
      return end < 0 || numberFollows(t, end) ? null : day(t, start, end, ref, Months.number(a.lower()), t.at(d).value());
    }
    if (a.isNumber() && !precededBy(t, a, ".,")) {
      int end = dayEnd(t, at);
      if (end < 0 || !t.spaced(end)) {
        return null;
      }
      int m = end + 1;
      if (t.at(m).is("of") && t.spaced(m)) {
        m++;
      }
      Token month = t.at(m);
      if (month == null || !month.isWord() || !MONTH_WORDS.contains(month.lower()) || DateTokens.isWordChar(t.charAt(month.end()))
          || numberFollows(t, m)) {
        return null;
      }
      return day(t, start, m, ref, Months.number(month.lower()), a.value());
    }
    return null;
  };

  /** "in March", "next March", "since June": the month in the reference's year, moved by a step word. */
  static final Rule MONTH_ALONE = (t, i, ref) -> {
    Token lead = t.at(i);
    if (MONTH_LEADS.contains(lead.lower()) && t.spaced(i)) {
      Match m = month(t, i + 1, i, ref);
      if (m != null) {
        return m;
      }
    }
    return month(t, i, -1, ref);
  };

  /** "on the 4th.", "by the 21st,": a day of the reference's month, only closing a clause. */
  static final Rule ORDINAL_DAY = (t, i, ref) -> {
    Token lead = t.at(i);
    Token the = t.at(i + 1);
    if (!ORDINAL_DAY_LEADS.contains(lead.lower()) || the == null || !the.is("the") || the.start() != lead.end() + 1
        || !t.spaced(i + 1) || t.at(i + 2) == null || !t.at(i + 2).isNumber()) {
      return null;
    }
    int end = dayEnd(t, i + 2);
    Token after = t.at(end + 1);
    if (end != i + 3 || (after != null && !(after.kind() == DateTokens.Kind.SYMBOL && CLAUSE_ENDS.contains(after.text())))) {
      return null; // a suffix is required ("the 4th"), and then the clause ends
    }
    try {
      LocalDate d = ref.withDayOfMonth(t.at(i + 2).value());
      return new Match(end + 1, new Found(the.start(), t.at(end).end(), d, d, Granularity.DAY));
    } catch (DateTimeException e) {
      return new Match(end + 1, null);
    }
  };

  /** "year to date" (the reference's year up to it), "till date", "until date" (up to it, open at the start). */
  static final Rule TO_DATE = (t, i, ref) -> {
    Token a = t.at(i);
    boolean yearTo = a.is("year") && is(t, i + 1, "to") && is(t, i + 2, "date");
    boolean till = (a.is("till") || a.is("until")) && is(t, i + 1, "date");
    if (!yearTo && !till) {
      return null;
    }
    int end = yearTo ? i + 2 : i + 1;
    if (DateTokens.isWordChar(t.charAt(t.at(end).end()))) {
      return null;
    }
    Found f = yearTo ? new Found(a.start(), t.at(end).end(), ref.withDayOfYear(1), ref, Granularity.DAY)
        : new Found(a.start(), t.at(end).end(), null, ref, Granularity.DAY);
    return new Match(end + 1, f);
  };

  private static Match month(DateTokens t, int at, int lead, LocalDate ref) {
    Token month = t.at(at);
    if (month == null || !month.isWord() || DateTokens.isWordChar(t.charAt(month.start() - 1))
        || DateTokens.isWordChar(t.charAt(month.end()))) {
      return null;
    }
    boolean lone = LONE_MONTHS.contains(month.text());
    if (!lone && month.text().equals("may")) {
      Token prev = t.at(at - 1);
      Token next = t.at(at + 1);
      boolean afterPreposition = prev != null && MAY_LEADS.contains(prev.lower()) && prev.end() + 1 == month.start()
          && !DateTokens.isWordChar(t.charAt(prev.start() - 1));
      boolean closes = next == null || next.kind() == DateTokens.Kind.SYMBOL && CLAUSE_ENDS.contains(next.text())
          || next.start() == month.end() + 1 && MAY_JOINS.contains(next.text()) && !DateTokens.isWordChar(t.charAt(next.end()));
      lone = afterPreposition && closes;
    }
    if (!lone || numberAfter(t, at)) {
      return null;
    }
    String w = lead < 0 ? "" : t.at(lead).lower();
    if (lead < 0 && month.text().equals("May")) {
      Token next = t.at(at + 1);
      if (next != null && next.isWord() && t.spaced(at) && MODAL_SUBJECTS.contains(next.text())
          && !DateTokens.isWordChar(t.charAt(next.end()))) {
        return new Match(at + 1, null); // "May I ask": the verb
      }
    }
    int year = ref.getYear() + MONTH_STEPS.getOrDefault(w, 0);
    YearMonth ym = YearMonth.of(year, Months.number(month.lower()));
    int start = MONTH_STEPS.containsKey(w) ? t.at(lead).start() : month.start();
    return new Match(at + 1, new Found(start, month.end(), ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH));
  }

  /** The token ending a day number at {@code d} (1-2 digits, an optional glued st/nd/rd/th) that ends a word; -1 otherwise. */
  private static int dayEnd(DateTokens t, int d) {
    Token n = t.at(d);
    if (n == null || !n.isNumber() || n.length() > 2) {
      return -1;
    }
    Token suffix = t.at(d + 1);
    if (suffix != null && suffix.isWord() && t.glued(d) && DAY_SUFFIXES.contains(suffix.lower())
        && !DateTokens.isWordChar(t.charAt(suffix.end()))) {
      return d + 1;
    }
    return DateTokens.isWordChar(t.charAt(n.end())) ? -1 : d;
  }

  /** Whether a number (not an ordinal: "4th") follows token {@code end}, after an optional comma ("July 1, 2019"). */
  private static boolean numberFollows(DateTokens t, int end) {
    int k = end + 1;
    if (t.at(k) != null && t.at(k).isSymbol(',')) {
      k++;
    }
    Token n = t.at(k);
    if (n == null || !n.isNumber()) {
      return false;
    }
    Token after = t.at(k + 1);
    boolean ordinal = after != null && t.glued(k) && after.isWord() && after.lower().length() >= 2
        && DAY_SUFFIXES.contains(after.lower().substring(0, 2));
    return !ordinal;
  }

  /** Whether a number follows token {@code end}, after an optional dot ("March 5", "Mar. 5", "March.5"). */
  private static boolean numberAfter(DateTokens t, int end) {
    int k = end + 1;
    if (t.at(k) != null && t.at(k).isSymbol('.')) {
      k++;
    }
    return t.at(k) != null && t.at(k).isNumber();
  }

  private static Match day(DateTokens t, int start, int end, LocalDate ref, int month, int day) {
    try {
      LocalDate d = LocalDate.of(RelativeDates.yearOfMonthDay(ref, month, day), month, day);
      return new Match(end + 1, new Found(t.at(start).start(), t.at(end).end(), d, d, Granularity.DAY));
    } catch (DateTimeException e) {
      return new Match(end + 1, null);
    }
  }

  private static boolean precededBy(DateTokens t, Token tok, String chars) {
    return chars.indexOf(t.charAt(tok.start() - 1)) >= 0;
  }

  private static boolean is(DateTokens t, int i, String word) {
    Token tok = t.at(i);
    return tok != null && tok.is(word) && t.spaced(i - 1);
  }

  private static Set<String> loneMonths() {
    Set<String> out = new HashSet<>(WordPatterns.capitalised(Months.words()));
    for (String name : Months.names()) {
      if (!name.equals("march") && !name.equals("may")) {
        out.add(name); // lower-case "march" and "may" are mostly verbs
      }
    }
    return Set.copyOf(out);
  }
}
