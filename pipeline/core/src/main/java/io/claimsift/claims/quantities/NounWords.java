package io.claimsift.claims.quantities;

import io.claimsift.claims.quantities.QuantityTokens.Token;

/**
 * The words after a number that the quantity grammar reads as what it counts, as rules over
 * tokens: a lower-case word, maybe hyphenated ("people", "well-known"); a capitalised word ("Video",
 * "TV"); a capitalised plural ("Americans"); the plural of an acronym ("MPs"); a name before a noun
 * ("COVID-19", "U.S."); the number of a name ("737" of "737 Max jets"); a hyphenated noun glued to
 * the number ("-page" of "142-page"). Each is read after exactly one space, as news copy writes it.
 */
final class NounWords {

  private NounWords() {}

  /** A word and where it ends. */
  record Word(String text, int end) {}

  /**
   * One space at {@code pos}, then a word of lower-case letters whose parts may be joined by a
   * hyphen or an apostrophe ("people", "well-known", "children's"), not glued to a letter or number
   * after it; the longest such word, else null.
   */
  static Word lowerCase(QuantityTokens t, int pos) {
    String s = t.text();
    if (pos >= s.length() || s.charAt(pos) != ' ') {
      return null;
    }
    Token w = t.startingAt(pos + 1);
    if (w == null || !allLowerCase(w)) {
      return null;
    }
    int best = QuantityTokens.isLetterOrNumber(s, w.end()) ? -1 : w.end();
    for (Token joint = t.gluedAfter(w); joint != null && isWordJoint(joint); joint = t.gluedAfter(w)) {
      Token part = t.gluedAfter(joint);
      if (part == null || Character.getType(s.charAt(part.start())) != Character.LOWERCASE_LETTER) {
        break;
      }
      if (!allLowerCase(part)) {
        break; // "well-Known" ends at "well"; "abc-deF" ends at "abc"
      }
      w = part;
      if (!QuantityTokens.isLetterOrNumber(s, w.end())) {
        best = w.end();
      }
    }
    return best < 0 ? null : new Word(s.substring(pos + 1, best), best);
  }

  /** One space, then a capital and capitals or lower-case letters, not followed by a letter, number or hyphen ("Video", "TV"); else null. */
  static Word capitalised(QuantityTokens t, int pos) {
    Token w = afterOneSpace(t, pos);
    if (w == null || Character.getType(w.text().charAt(0)) != Character.UPPERCASE_LETTER
        || !w.text().chars().allMatch(c -> Character.getType(c) == Character.UPPERCASE_LETTER || Character.getType(c) == Character.LOWERCASE_LETTER)
        || QuantityTokens.isLetterOrNumber(t.text(), w.end()) || t.text().startsWith("-", w.end())) {
      return null;
    }
    return new Word(w.text(), w.end());
  }

  /** One space, then a capital and one or more lower-case letters, not glued to a number ("Americans", "Democrats"); else null. */
  static Word capitalisedLowerCase(QuantityTokens t, int pos) {
    Token w = afterOneSpace(t, pos);
    if (w == null || w.text().length() < 2 || Character.getType(w.text().charAt(0)) != Character.UPPERCASE_LETTER
        || !w.text().substring(1).chars().allMatch(c -> Character.getType(c) == Character.LOWERCASE_LETTER)
        || QuantityTokens.isLetterOrNumber(t.text(), w.end())) {
      return null;
    }
    return new Word(w.text(), w.end());
  }

  /** One space, then two to five capitals and an "s", not glued to a number ("MPs", "CEOs", "ICUs"): where it ends, or -1. */
  static int acronymPlural(QuantityTokens t, int pos) {
    Token w = afterOneSpace(t, pos);
    if (w == null || w.text().length() < 3 || w.text().length() > 6 || !w.text().endsWith("s")
        || !w.text().substring(0, w.text().length() - 1).chars().allMatch(c -> Character.getType(c) == Character.UPPERCASE_LETTER)
        || QuantityTokens.isLetterOrNumber(t.text(), w.end())) {
      return -1;
    }
    return w.end();
  }

  /**
   * One space, then a name that may stand before a counted noun: a capital, letters and numbers,
   * parts joined by a hyphen or a full stop, maybe a closing full stop ("COVID-19", "Facebook",
   * "U.S."): where it ends, or -1.
   */
  static int nameBeforeNoun(QuantityTokens t, int pos) {
    String s = t.text();
    if (pos + 1 >= s.length() || s.charAt(pos) != ' ' || Character.getType(s.charAt(pos + 1)) != Character.UPPERCASE_LETTER) {
      return -1;
    }
    int j = letterOrNumberRun(s, pos + 2);
    while (j + 1 < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '.') && QuantityTokens.isLetterOrNumber(s, j + 1)) {
      j = letterOrNumberRun(s, j + 1);
    }
    return j < s.length() && s.charAt(j) == '.' ? j + 1 : j;
  }

  /** One space, ASCII digits, then one space, a capital and a lower-case letter ("737" of "400 737 Max jets"): where the digits end, or -1. */
  static int numberOfName(QuantityTokens t, int pos) {
    String s = t.text();
    if (pos >= s.length() || s.charAt(pos) != ' ') {
      return -1;
    }
    int j = pos + 1;
    while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    boolean name = j > pos + 1 && j + 2 < s.length() && s.charAt(j) == ' '
        && Character.getType(s.charAt(j + 1)) == Character.UPPERCASE_LETTER
        && Character.getType(s.charAt(j + 2)) == Character.LOWERCASE_LETTER;
    return name ? j : -1;
  }

  /**
   * A hyphen at {@code pos} and lower-case letters, parts joined by hyphens ("-page", "-year-old",
   * "-square-foot"); the letters stop at the first that is not lower case. Null when there is none.
   */
  static Word hyphenated(String s, int pos) {
    if (pos + 1 >= s.length() || s.charAt(pos) != '-' || !isLower(s.charAt(pos + 1))) {
      return null;
    }
    int j = lowerRun(s, pos + 1);
    while (j + 1 < s.length() && s.charAt(j) == '-' && isLower(s.charAt(j + 1))) {
      j = lowerRun(s, j + 1);
    }
    return new Word(s.substring(pos + 1, j), j);
  }

  private static Token afterOneSpace(QuantityTokens t, int pos) {
    return pos < t.text().length() && t.text().charAt(pos) == ' ' ? t.startingAt(pos + 1) : null;
  }

  private static boolean allLowerCase(Token w) {
    return w.isWord() && w.text().chars().allMatch(c -> Character.getType(c) == Character.LOWERCASE_LETTER);
  }

  private static boolean isWordJoint(Token t) {
    return t.is("-") || t.is("'") || t.is("’");
  }

  private static int letterOrNumberRun(String s, int i) {
    int j = i;
    while (QuantityTokens.isLetterOrNumber(s, j)) {
      j++;
    }
    return j;
  }

  private static int lowerRun(String s, int i) {
    int j = i;
    while (j < s.length() && isLower(s.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isLower(char c) {
    return Character.getType(c) == Character.LOWERCASE_LETTER;
  }
}
