package io.claimsift.claims.quantities;

import io.claimsift.lexicon.QuantityQualifierList;
import io.claimsift.lexicon.QuantityQualifierList.Qualifier;
import java.util.List;

/**
 * Reads the bound and the change of a quantity from the words around it, using the lexicon's
 * {@link QuantityQualifierList}: "about 5" is {@code ~}, "more than $2 billion" {@code >}, "up to
 * 10" {@code <=}, "5,000 or more" {@code >=}; "rose by 5%" and "a 5% rise" are changes
 * {@code up}, "fell 3%" {@code down}.
 *
 * <p>The quantity's span is not widened: the words are qualifiers beside it. Before the quantity a
 * bound phrase is taken first, then a change phrase before that ("rose by more than 5%"). Each
 * phrase is compared at a fixed place, so the cost per quantity is bounded by the lexicon's size.
 */
final class QuantityQualifiers {

  // the lexicon's qualifiers by place and role, each in the lexicon's order (longest phrase first)
  private static final List<Qualifier> BOUNDS_BEFORE = select(true, true);
  private static final List<Qualifier> CHANGES_BEFORE = select(true, false);
  private static final List<Qualifier> BOUNDS_AFTER = select(false, true);
  private static final List<Qualifier> CHANGES_AFTER = select(false, false);

  private static List<Qualifier> select(boolean before, boolean bound) {
    return QuantityQualifierList.all().stream().filter(w -> w.before() == before && w.bound() == bound).toList();
  }

  private QuantityQualifiers() {}

  /** {@code q} with its bound and change, read from {@code s}, the text {@code q}'s offsets index after subtracting {@code base}. */
  static QuantityMention qualify(String s, int base, QuantityMention q) {
    int start = q.low() != null ? beforeRangeLead(s, q.start() - base) : q.start() - base;
    int end = q.end() - base;
    String bound = QuantityMention.EXACT;
    String change = null;
    int before = start;
    for (Qualifier w : BOUNDS_BEFORE) {
      int at = endingAt(s, start, w);
      if (at >= 0) {
        bound = w.value();
        before = at;
        break;
      }
    }
    for (Qualifier w : CHANGES_BEFORE) {
      if (endingAt(s, before, w) >= 0) {
        change = w.value();
        break;
      }
    }
    if (bound.equals(QuantityMention.EXACT)) {
      for (Qualifier w : BOUNDS_AFTER) {
        if (startingAt(s, end, w)) {
          bound = w.value();
          break;
        }
      }
    }
    if (change == null) {
      for (Qualifier w : CHANGES_AFTER) {
        if (startingAt(s, end, w)) {
          change = w.value();
          break;
        }
      }
    }
    return q.withQualifiers(bound, change);
  }

  /**
   * Where the range word ("between", role {@code range-lead} of {@code quantity-words.tsv}) ending
   * right before {@code start} starts, after spaces, so that the words before it qualify the range
   * ("fell by between 2% and 3%"); {@code start} when there is none.
   */
  private static int beforeRangeLead(String s, int start) {
    int i = start;
    while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    int j = i;
    while (j > 0 && Character.isLetter(s.charAt(j - 1))) {
      j--;
    }
    boolean lead = j < i && i < start && (j == 0 || !Character.isLetterOrDigit(s.charAt(j - 1)))
        && QuantityWords.is("range-lead", s.substring(j, i));
    return lead ? j : start;
  }

  /**
   * Where the phrase starts when it ends right before {@code end} (spaces between allowed, and
   * required for a word phrase), with a word boundary before it; -1 when it does not.
   */
  static int endingAt(String s, int end, Qualifier w) {
    int i = end;
    while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    if (i == end && !w.symbol()) {
      return -1;
    }
    String p = w.phrase();
    for (int k = p.length() - 1; k >= 0; k--) {
      char c = p.charAt(k);
      if (c == ' ') {
        int j = i;
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
          i--;
        }
        if (i == j) {
          return -1;
        }
        continue;
      }
      if (i == 0 || Character.toLowerCase(s.charAt(i - 1)) != c) {
        return -1;
      }
      i--;
    }
    if (!w.symbol() && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
      return -1;
    }
    return i;
  }

  /**
   * True when the phrase starts right at {@code start}: a symbol glued to the quantity ("5,000+",
   * not followed by a digit), a word phrase after spaces and followed by a word boundary.
   */
  static boolean startingAt(String s, int start, Qualifier w) {
    int i = start;
    if (!w.symbol()) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    String p = w.phrase();
    for (int k = 0; k < p.length(); k++) {
      char c = p.charAt(k);
      if (c == ' ') {
        int j = i;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        if (i == j) {
          return false;
        }
        continue;
      }
      if (i >= s.length() || Character.toLowerCase(s.charAt(i)) != c) {
        return false;
      }
      i++;
    }
    return i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
  }
}
