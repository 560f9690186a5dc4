package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.lexicon.DateWords;
import java.util.Set;

/**
 * The range rule of the date engine: whether what lies between two dates joins them into one
 * range ("A to B", "A - B", "A through the B", and "A and B" after "between"), and the word that
 * opens a range before its first date ("from", "between"). The words and signs are the lexicon's
 * ({@code date-words.tsv}, roles range-to, range-dash, range-from). Reads only the tokens of the
 * gap or the one token before a date. Stateless.
 */
final class RangeJoin {

  private static final Set<String> TO_WORDS = DateWords.of("range-to");
  private static final Set<String> DASHES = DateWords.of("range-dash");
  private static final Set<String> OPENERS = DateWords.of("range-from");

  private RangeJoin() {}

  /**
   * True when the text between {@code aEnd} and {@code bStart} joins the dates there into a range:
   * a dash with or without spaces, a "to" word between spaces and optionally "the" and a space, or
   * a spaced "and" when "between" opens the range. Words in any case ("Between May And June",
   * "MARCH TO MAY"), as the opener is read.
   */
  static boolean joins(DateTokens t, int aStart, int aEnd, int bStart) {
    String gap = t.text().substring(aEnd, bStart);
    DateTokens g = DateTokens.of(gap);
    if (g.size() == 1 && DASHES.contains(g.at(0).text())) {
      return true;
    }
    boolean spaced = g.size() > 0 && g.at(0).start() > 0 && g.at(g.size() - 1).end() < gap.length();
    if (!spaced) {
      return false;
    }
    String word = g.at(0).lower();
    if (g.size() == 1 && word.equals("and")) {
      int opener = t.lastBefore(aStart);
      return opener >= 0 && t.at(opener).is("between") && openerAt(t, opener, aStart);
    }
    return TO_WORDS.contains(word) && (g.size() == 1 || (g.size() == 2 && g.spaced(0) && g.at(1).is("the")));
  }

  /** The text offset of the "from"/"between" (any case) right before a date at {@code aStart}, or -1. */
  static int openerStart(DateTokens t, int aStart) {
    int j = t.lastBefore(aStart);
    return j >= 0 && OPENERS.contains(t.at(j).lower()) && openerAt(t, j, aStart) ? t.at(j).start() : -1;
  }

  /** True when token {@code j} is a whole word followed by white space up to {@code aStart}. */
  private static boolean openerAt(DateTokens t, int j, int aStart) {
    Token w = t.at(j);
    return w.isWord() && w.end() < aStart && !DateTokens.isWordChar(t.charAt(w.start() - 1));
  }
}
