package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.lexicon.DateWords;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The year-kind rule of the date engine: the words naming which kind of year a year is, read over
 * {@link DateTokens}. Before a four-digit year they join its text ("year 2012", "fiscal year 2019",
 * "fiscal 2019"); letters before two or four digits are a year by themselves ("FY19", "cy18",
 * "FY2019", "SY 2008"). The words are the lexicon's ({@code date-words.tsv}, roles year-kind and
 * year-letters). The date stays the calendar year: a fiscal or school calendar is not in the text.
 * Stateless.
 */
final class YearKinds {

  private static final Map<String, Integer> KINDS = DateWords.values("year-kind");
  private static final Set<String> LETTERS = DateWords.of("year-letters");

  private YearKinds() {}

  /** A four-digit year mention with the kind words before it in its text; {@code a} itself when none. */
  static DateMention widen(DateTokens t, String original, DateMention a, int base) {
    if (a.granularity() != Granularity.YEAR || !isFourDigits(a.text())) {
      return a;
    }
    int j = t.lastBefore(a.start() - base);
    Token w = j < 0 ? null : t.at(j);
    if (w == null || !w.isWord() || !startsWord(t, j)) {
      return a;
    }
    int start = -1;
    if (w.end() < a.start() - base && w.is("year")) {
      Token kind = t.at(j - 1);
      start = kind != null && t.spaced(j - 1) && KINDS.containsKey(kind.lower()) && startsWord(t, j - 1) ? j - 1 : j;
    } else if (w.end() < a.start() - base && KINDS.getOrDefault(w.lower(), 0) == 1) {
      start = j; // "fiscal 2019"
    }
    if (start < 0) {
      return a;
    }
    int from = t.at(start).start();
    return new DateMention(original.substring(from, a.end() - base), base + from, a.end(), a.first(), a.last(),
        a.granularity());
  }

  /**
   * "FY19", "cy18", "FY2022", "SY 2008": year letters glued to two digits (a year of 2000-2099) or,
   * glued or spaced, to a four-digit year (1900-2099), whatever words come around it.
   */
  static final RelativePhrases.Rule SHORT_YEAR = (t, i, ref) -> {
    Token w = t.at(i);
    Token n = t.at(i + 1);
    if (!LETTERS.contains(w.lower()) || n == null || !n.isNumber() || DateTokens.isWordChar(t.charAt(n.end()))
        || t.charAt(n.end()) == '-' || t.charAt(n.end()) == '/') {
      return null;
    }
    boolean twoDigits = n.length() == 2 && t.glued(i);
    boolean fourDigits = n.length() == 4 && n.value() >= 1900 && n.value() <= 2099 && (t.glued(i) || t.spaced(i));
    if (!twoDigits && !fourDigits) {
      return null;
    }
    LocalDate first = LocalDate.of(twoDigits ? 2000 + n.value() : n.value(), 1, 1);
    return new RelativePhrases.Match(i + 2, new RelativeDates.Found(w.start(), n.end(), first,
        first.withMonth(12).withDayOfMonth(31), Granularity.YEAR));
  };

  private static boolean startsWord(DateTokens t, int i) {
    Token tok = t.at(i);
    return tok != null && !DateTokens.isWordChar(t.charAt(tok.start() - 1));
  }

  private static boolean isFourDigits(String text) {
    return text.length() == 4 && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
