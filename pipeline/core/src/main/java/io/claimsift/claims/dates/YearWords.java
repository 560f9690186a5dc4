package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.claims.dates.RelativeDates.Found;
import io.claimsift.claims.dates.RelativePhrases.Match;
import io.claimsift.claims.dates.RelativePhrases.Rule;
import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Numerals;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Years written in words and the dates built on them, read over {@link DateTokens}: "nineteen
 * ninety six", "two thousand and fifteen", "nineteen hundred ninety three", "in two thousand and
 * twenty", "August two thousand and fifteen", "October two thousand", "twenty five January nineteen
 * eighty six", "6 April seventeen hundred thirty three", "january first two thousand and thirty two".
 *
 * <p>The grammar of a year in words, each word a whole token of the lexicon's number words, words
 * apart by white space or hyphens: "two thousand [and] N" (N below a hundred: "ninety six",
 * "fifteen", "six"); "eleven" to "twenty" "hundred" [[and] N]; "fifteen" to "twenty" and a tail
 * ("ninety six", "fifteen", "oh five"). Where several readings fit, the longest is tried first and
 * the first one ending a word is taken. A year in words alone must follow a time preposition ("in",
 * "since", "by", ...) and not read as a count ("in two thousand and fifteen cases"); "two thousand"
 * alone is a year only after a month name or "year". Stateless and thread-safe. Package-private
 * helper of {@link DateExtractor}.
 */
final class YearWords {

  private static final Set<String> UNITS = Set.copyOf(Numerals.cardinals(1, 9));
  private static final Set<String> TEENS = Set.copyOf(Numerals.cardinals(10, 19));
  private static final Set<String> TENS = Set.copyOf(Numerals.cardinals(20, 90));
  /** "twenty", "thirty": the tens of a day of the month. */
  private static final Set<String> DAY_TENS = Set.copyOf(Numerals.cardinals(20, 30));
  /** "eleven" ... "twenty" before "hundred". */
  private static final Set<String> CENTURY_WORDS = Set.copyOf(Numerals.cardinals(11, 20));
  /** "fifteen" ... "twenty" before the two last digits said as a number. */
  private static final Set<String> CENTURY_FIRSTS = Set.copyOf(Numerals.cardinals(15, 20));
  private static final String HUNDRED = Numerals.cardinal(100);
  /** "first" ... "nineteenth", "twentieth", "thirtieth": the ordinals a day of the month can take. */
  private static final Set<String> ORDINALS = Set.copyOf(Numerals.ordinals(1, 31));
  private static final Set<String> DAY_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final Set<String> MONTH_WORDS = Set.copyOf(Months.words());
  /** The time prepositions after which a year in words stands alone ("in two thousand and five"). */
  private static final Set<String> YEAR_LEADS =
      Set.of("in", "since", "until", "till", "by", "from", "during", "before", "after", "through", "year");
  /** Lower-case words after a number that make it a count ("two thousand people"); plural nouns too. */
  private static final Set<String> COUNT_WORDS = Set.of("people", "men", "women", "children", "percent", "million", "billion");

  /** Values of the number words below a hundred: "one" ... "ninety", "first" ... "thirtieth" (no "zero"). */
  private static final Map<String, Integer> BELOW_100_WORDS = below100Words();

  private YearWords() {}

  /** Dates and years in {@code t} whose year is written in words. */
  static List<Found> find(DateTokens t) {
    List<Found> out = new ArrayList<>();
    RelativePhrases.scanEvery(t, DAY_MONTH_YEAR, null, out, false);
    RelativePhrases.scanEvery(t, MONTH_DAY_YEAR, null, out, false);
    RelativePhrases.scanEvery(t, MONTH_YEAR, null, out, false);
    RelativePhrases.scanEvery(t, YEAR_ALONE, null, out, false);
    return out;
  }

  /** "twenty five January nineteen eighty six", "6th of April seventeen hundred thirty three". */
  private static final Rule DAY_MONTH_YEAR = (t, i, ref) -> {
    for (int dEnd : dayEnds(t, i)) {
      if (!t.spaced(dEnd)) {
        continue;
      }
      int m = dEnd + 1;
      if (t.at(m).is("of") && t.spaced(m) && isMonth(t.at(m + 1))) {
        m++;
      }
      if (!isMonth(t.at(m))) {
        continue;
      }
      int y = afterComma(t, m);
      int yEnd = y < 0 ? -1 : yearEnd(t, y, true);
      if (yEnd >= 0) {
        return day(t, i, yEnd, t.at(m), i, dEnd, y);
      }
    }
    return null;
  };

  /** "August twenty fifth two thousand and fifteen", "january first two thousand and thirty two". */
  private static final Rule MONTH_DAY_YEAR = (t, i, ref) -> {
    if (!isMonth(t.at(i)) || !startsWord(t, i) || !t.spaced(i)) {
      return null;
    }
    int d = i + 1;
    if (t.at(d).is("the") && t.spaced(d) && !dayEnds(t, d + 1).isEmpty()) {
      d++;
    }
    for (int dEnd : dayEnds(t, d)) {
      int y = afterComma(t, dEnd);
      int yEnd = y < 0 ? -1 : yearEnd(t, y, true);
      if (yEnd >= 0) {
        return day(t, i, yEnd, t.at(i), d, dEnd, y);
      }
    }
    return null;
  };

  /** "August two thousand and fifteen", "October, two thousand", "May of nineteen ninety". */
  private static final Rule MONTH_YEAR = (t, i, ref) -> {
    if (!isMonth(t.at(i)) || !startsWord(t, i)) {
      return null;
    }
    int y = afterComma(t, i);
    if (y < 0) {
      return null;
    }
    if (t.at(y).is("of") && t.spaced(y) && yearEnd(t, y + 1, true) >= 0) {
      y++;
    }
    int yEnd = yearEnd(t, y, true);
    if (yEnd < 0) {
      return null;
    }
    YearMonth ym = YearMonth.of(year(t, y, yEnd), Months.number(t.at(i).lower()));
    return new Match(yEnd + 1, new Found(t.at(i).start(), t.at(yEnd).end(), ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH));
  };

  /** "in two thousand and five", "year two thousand": a year alone after a time preposition, unless a count follows. */
  private static final Rule YEAR_ALONE = (t, i, ref) -> {
    Token lead = t.at(i);
    Token first = t.at(i + 1);
    if (!YEAR_LEADS.contains(lead.lower()) || !startsWord(t, i) || first == null || first.start() != lead.end() + 1) {
      return null;
    }
    int yEnd = yearEnd(t, i + 1, lead.is("year"));
    if (yEnd < 0) {
      return null;
    }
    if (countFollows(t.text(), t.at(yEnd).end())) {
      return new Match(yEnd + 1, null); // "in two thousand and fifteen cases"
    }
    int y = year(t, i + 1, yEnd);
    return new Match(yEnd + 1, new Found(first.start(), t.at(yEnd).end(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
        Granularity.YEAR));
  };

  private static Match day(DateTokens t, int start, int yEnd, Token month, int d, int dEnd, int y) {
    try {
      LocalDate date = LocalDate.of(year(t, y, yEnd), Months.number(month.lower()), dayNumber(t, d, dEnd));
      return new Match(yEnd + 1, new Found(t.at(start).start(), t.at(yEnd).end(), date, date, Granularity.DAY));
    } catch (DateTimeException e) {
      return new Match(yEnd + 1, null); // "thirty February ...": not a day
    }
  }

  // ---- the grammar of a year ----

  /**
   * The last token of the first reading of a year starting at token {@code i} that ends a word
   * (longest readings first), with "two thousand" alone allowed when {@code bareThousand}; -1 when
   * none.
   */
  private static int yearEnd(DateTokens t, int i, boolean bareThousand) {
    for (int end : yearReadings(t, i)) {
      if (endsWord(t, end)) {
        return end;
      }
    }
    int thousand = twoThousand(t, i);
    return bareThousand && thousand >= 0 && endsWord(t, thousand) ? thousand : -1;
  }

  /** The readings of a year at token {@code i}, as last tokens, in the order they are tried. */
  private static List<Integer> yearReadings(DateTokens t, int i) {
    List<Integer> out = new ArrayList<>();
    Token w = t.at(i);
    if (w == null || !w.isWord() || !startsWord(t, i)) {
      return out;
    }
    int thousand = twoThousand(t, i);
    if (thousand >= 0) { // "two thousand [and] N"
      int and = t.at(thousand + 1) != null && t.at(thousand + 1).is("and") && t.spaced(thousand) ? thousand + 1 : -1;
      if (and >= 0) {
        out.addAll(below100(t, mixed(t, and)));
      }
      out.addAll(below100(t, mixed(t, thousand)));
    }
    if (CENTURY_WORDS.contains(w.lower()) && t.spaced(i) && t.at(i + 1).is(HUNDRED)) { // "nineteen hundred [[and] N]"
      int hundred = i + 1;
      int and = t.at(hundred + 1) != null && t.at(hundred + 1).is("and") && t.spaced(hundred) ? hundred + 1 : -1;
      if (and >= 0) {
        out.addAll(below100(t, mixed(t, and)));
      }
      out.addAll(below100(t, mixed(t, hundred)));
      out.add(hundred);
    }
    if (CENTURY_FIRSTS.contains(w.lower())) { // "nineteen ninety six", "nineteen oh five"
      int tail = mixed(t, i);
      out.addAll(tensAndUnit(t, tail));
      if (tail >= 0 && TEENS.contains(t.at(tail).lower())) {
        out.add(tail);
      }
      if (tail >= 0 && t.at(tail).is("oh")) {
        int unit = mixed(t, tail);
        if (unit >= 0 && UNITS.contains(t.at(unit).lower())) {
          out.add(unit);
        }
      }
    }
    return out;
  }

  /** The last token of "two thousand" at {@code i}, or -1. */
  private static int twoThousand(DateTokens t, int i) {
    Token w = t.at(i);
    return w != null && w.is("two") && t.spaced(i) && t.at(i + 1).is("thousand") ? i + 1 : -1;
  }

  /** The readings of a number below a hundred at token {@code i}: tens and a unit, tens, a teen, a unit. */
  private static List<Integer> below100(DateTokens t, int i) {
    List<Integer> out = new ArrayList<>(tensAndUnit(t, i));
    if (i >= 0 && (TEENS.contains(t.at(i).lower()) || UNITS.contains(t.at(i).lower()))) {
      out.add(i);
    }
    return out;
  }

  /** "ninety six" then "ninety" at token {@code i}; empty when it holds no tens. */
  private static List<Integer> tensAndUnit(DateTokens t, int i) {
    if (i < 0 || !TENS.contains(t.at(i).lower())) {
      return List.of();
    }
    int unit = mixed(t, i);
    return unit >= 0 && UNITS.contains(t.at(unit).lower()) ? List.of(unit, i) : List.of(i);
  }

  /** The word after token {@code i} past white space and hyphens (at least one of them), or -1. */
  private static int mixed(DateTokens t, int i) {
    if (i < 0) {
      return -1;
    }
    int k = i + 1;
    while (t.at(k) != null && t.at(k).isSymbol('-')) {
      k++;
    }
    Token w = t.at(k);
    return w != null && w.isWord() && w.start() > t.at(i).end() ? k : -1;
  }

  /** The year the words from token {@code from} to {@code to} say. */
  private static int year(DateTokens t, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int k = from; k <= to; k++) {
      if (t.at(k).isWord() && !t.at(k).is("and")) {
        words.add(t.at(k).lower());
      }
    }
    if (words.get(0).equals("two") && words.get(1).equals("thousand")) {
      return 2000 + below100(words.subList(2, words.size()));
    }
    Long first = Numerals.cardinals().get(words.get(0));
    int century = first != null && first >= 10 && first <= 19 ? first.intValue() : 20; // "nineteen ..." or "two ..."
    List<String> rest = words.subList(1, words.size());
    if (!rest.isEmpty() && (rest.get(0).equals(HUNDRED) || rest.get(0).equals("oh"))) {
      rest = rest.subList(1, rest.size());
    }
    return century * 100 + below100(rest);
  }

  /** 0-99 from number words ("ninety six", "fifteen", nothing = 0); ordinals count as their number. */
  private static int below100(List<String> words) {
    int value = 0;
    for (String w : words) {
      value += BELOW_100_WORDS.getOrDefault(w, 0);
    }
    return value;
  }

  // ---- days ----

  /**
   * The readings of a day of the month at token {@code i}, as last tokens, in the order they are
   * tried: one or two digits with an optional st/nd/rd/th, "twenty"/"thirty" and a unit or an
   * ordinal ("twenty five", "thirty-first"), an ordinal, a teen, "twenty"/"thirty", a unit.
   */
  private static List<Integer> dayEnds(DateTokens t, int i) {
    Token w = t.at(i);
    if (w == null || !startsWord(t, i)) {
      return List.of();
    }
    if (w.isNumber()) {
      if (w.length() > 2 || w.value() < 1 || w.value() > 31) {
        return List.of();
      }
      Token suffix = t.at(i + 1);
      return List.of(suffix != null && t.glued(i) && suffix.isWord() && DAY_SUFFIXES.contains(suffix.lower()) ? i + 1 : i);
    }
    if (!w.isWord()) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>(2);
    String lower = w.lower();
    if (DAY_TENS.contains(lower)) {
      int unit = mixed(t, i);
      if (unit >= 0 && (UNITS.contains(t.at(unit).lower()) || ORDINALS.contains(t.at(unit).lower()))) {
        out.add(unit);
      }
    }
    if (ORDINALS.contains(lower) || TEENS.contains(lower) || DAY_TENS.contains(lower) || UNITS.contains(lower)) {
      out.add(i);
    }
    return out;
  }

  private static int dayNumber(DateTokens t, int from, int to) {
    Token first = t.at(from);
    if (first.isNumber()) {
      return first.value();
    }
    List<String> words = new ArrayList<>();
    for (int k = from; k <= to; k++) {
      if (t.at(k).isWord()) {
        words.add(t.at(k).lower());
      }
    }
    return below100(words);
  }

  // ---- pieces ----

  /** Month names and abbreviations in any case, but "may" only as "May" or "MAY" (lower-case "may" is mostly the verb). */
  private static boolean isMonth(Token w) {
    return w != null && w.isWord() && MONTH_WORDS.contains(w.lower())
        && (!w.lower().equals("may") || w.text().equals("May") || w.text().equals("MAY"));
  }

  /** The token after token {@code k}, past an optional glued comma and then white space; -1 when there is no white space. */
  private static int afterComma(DateTokens t, int k) {
    if (t.at(k + 1) != null && t.at(k + 1).isSymbol(',') && t.glued(k)) {
      return t.spaced(k + 1) ? k + 2 : -1;
    }
    return t.spaced(k) ? k + 1 : -1;
  }

  /**
   * Whether a count follows text offset {@code end}: white space, then a lower-case word ending in
   * "s" ("cases"), "people", "men", "women", "children", "percent", "per cent", "million" or
   * "billion", as a whole word (as written: "Cases" is no count).
   */
  private static boolean countFollows(String s, int end) {
    int i = end;
    if (i >= s.length() || !DateTokens.isSpace(s.charAt(i))) {
      return false;
    }
    while (i < s.length() && DateTokens.isSpace(s.charAt(i))) {
      i++;
    }
    int from = i;
    while (i < s.length() && Character.getType(s.codePointAt(i)) == Character.LOWERCASE_LETTER) {
      i += Character.charCount(s.codePointAt(i));
    }
    String word = s.substring(from, i);
    boolean endsWord = !DateTokens.isWordChar(i < s.length() ? s.charAt(i) : ' ');
    if (word.equals("per")) {
      int j = i;
      while (j < s.length() && DateTokens.isSpace(s.charAt(j))) {
        j++;
      }
      return j > i && s.startsWith("cent", j) && !DateTokens.isWordChar(j + 4 < s.length() ? s.charAt(j + 4) : ' ');
    }
    if (COUNT_WORDS.contains(word) && endsWord) {
      return true;
    }
    return word.length() >= 2 && word.endsWith("s") && endsWord;
  }

  private static boolean startsWord(DateTokens t, int i) {
    return !DateTokens.isWordChar(t.charAt(t.at(i).start() - 1));
  }

  private static boolean endsWord(DateTokens t, int i) {
    return !DateTokens.isWordChar(t.charAt(t.at(i).end()));
  }

  private static Map<String, Integer> below100Words() {
    Map<String, Integer> words = new HashMap<>();
    Numerals.cardinals().forEach((w, v) -> {
      if (v >= 1 && v <= 90) {
        words.put(w, v.intValue());
      }
    });
    Numerals.ordinals().forEach((w, v) -> {
      if (v <= 30) {
        words.put(w, v.intValue());
      }
    });
    return Map.copyOf(words);
  }
}
