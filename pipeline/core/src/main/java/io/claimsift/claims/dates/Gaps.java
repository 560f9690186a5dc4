package io.claimsift.claims.dates;

/**
 * The text between two date mentions, read as the joins need it: white space, a word between white
 * space ("on", "of the"), a comma or a dash. White space is what {@link DateTokens#isSpace} calls so.
 * Stateless.
 */
final class Gaps {

  private Gaps() {}

  /** Only white space, at least one character. */
  static boolean isSpace(String gap) {
    return !gap.isEmpty() && leadingSpace(gap, 0) == gap.length();
  }

  /**
   * White space, then the words of {@code words} apart by white space (in any case when {@code
   * anyCase}; a null word is optional: {@code "of", null, "the"} reads " of " and " of the "),
   * then white space.
   */
  static boolean isSpacedWords(String gap, boolean anyCase, String... words) {
    int i = leadingSpace(gap, 0);
    if (i == 0) {
      return false;
    }
    boolean optional = false;
    for (String w : words) {
      if (w == null) {
        optional = true;
        continue;
      }
      boolean here = gap.regionMatches(anyCase, i, w, 0, w.length());
      int after = here ? leadingSpace(gap, i + w.length()) : -1;
      if (here && after > i + w.length()) {
        i = after;
      } else if (!optional) {
        return false;
      }
      optional = false;
    }
    return i == gap.length();
  }

  /** "." then what {@link #isSpacedWords} reads ("Oct. on Friday": an abbreviation's dot before " on "). */
  static boolean isDotThenSpacedWord(String gap, String word) {
    return gap.startsWith(".") && isSpacedWords(gap.substring(1), false, word);
  }

  /** Optional white space, then optionally one "-", "–" or "," and optional white space ("next week - Monday", "this week, Friday"). */
  static boolean isDashOrComma(String gap) {
    int i = leadingSpace(gap, 0);
    if (i < gap.length() && "-–,".indexOf(gap.charAt(i)) >= 0) {
      i = leadingSpace(gap, i + 1);
    }
    return i == gap.length();
  }

  /** "," then white space, at least one character of it. */
  static boolean isCommaSpace(String gap) {
    return gap.startsWith(",") && gap.length() > 1 && leadingSpace(gap, 1) == gap.length();
  }

  /** The offset past the white space of {@code gap} from {@code from}. */
  private static int leadingSpace(String gap, int from) {
    int i = from;
    while (i < gap.length() && DateTokens.isSpace(gap.charAt(i))) {
      i++;
    }
    return i;
  }
}
