package io.claimsift.claims.quantities;

import io.claimsift.claims.quantities.QuantityTokens.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The joints of the quantity grammar, as rules over tokens: what joins the bounds of a range
 * ("20-30", "5 to 10", "one-to-seven"), a number to the next quantity whose unit it shares ("4 or
 * 5 ounces"), an amount to what it is counted per ("an hour", "per kg", "/month"), a change to its
 * restatement (", or 12.9%"), a fraction to its unit ("half a mile") and "percent of" to its
 * number. The words are those of {@code quantity-words.tsv}.
 */
final class Joints {

  private Joints() {}

  /** A joint from {@code start} to {@code end}; {@code word} is its word ("to", "per"), or its text for a dash, a slash or "-to-". */
  record Joint(String word, int start, int end) {}

  /**
   * The joint after a number at {@code pos} to the upper bound of a range: a dash (maybe with one
   * space each side) before a digit or "$", a range word between spaces before a digit, or
   * "-to-" before a letter or digit ("one-to-seven"); null when there is none. {@code end} is where
   * the upper bound starts.
   */
  static Joint rangeTail(QuantityTokens t, int pos) {
    String s = t.text();
    int dash = pos < s.length() && QuantityTokens.isRegexSpace(s.charAt(pos)) ? pos + 1 : pos;
    if (dash < s.length() && (s.charAt(dash) == '-' || s.charAt(dash) == '–')) {
      int after = dash + 1 < s.length() && QuantityTokens.isRegexSpace(s.charAt(dash + 1)) ? dash + 2 : dash + 1;
      if (digitOrDollar(s, after)) {
        return new Joint(String.valueOf(s.charAt(dash)), pos, after);
      }
      if (after > dash + 1 && digitOrDollar(s, dash + 1)) {
        return new Joint(String.valueOf(s.charAt(dash)), pos, dash + 1);
      }
    }
    Token w = t.from(pos);
    if (w != null && w.start() > pos && t.whiteSpace(pos, w.start()) && QuantityWords.of("range-joint").contains(w.text())) {
      Token next = t.next(w);
      int spacesEnd = next == null ? s.length() : next.start();
      if (spacesEnd > w.end() && t.whiteSpace(w.end(), spacesEnd) && spacesEnd < s.length() && isAsciiDigit(s.charAt(spacesEnd))) {
        return new Joint(w.text(), pos, spacesEnd);
      }
    }
    Token first = t.startingAt(pos);
    Token word = first != null && first.is("-") ? t.gluedAfter(first) : null;
    Token second = word != null && QuantityWords.of("range-joint").contains(word.text()) ? t.gluedAfter(word) : null;
    if (second != null && second.is("-") && second.end() < s.length()
        && (Character.isLetter(s.charAt(second.end())) || isAsciiDigit(s.charAt(second.end())))) {
      return new Joint("-" + word.text() + "-", pos, second.end()); // "one-to-seven days"
    }
    return null;
  }

  /** True when {@code joint}, the text between two amounts with their units, makes them a range: a dash with at most one space each side, or a range word between single spaces. */
  static boolean rangeBetween(String joint) {
    String j = joint;
    if (j.startsWith(" ")) {
      j = j.substring(1);
    }
    if (j.endsWith(" ")) {
      j = j.substring(0, j.length() - 1);
    }
    return j.equals("-") || j.equals("–") || wordBetweenSpaces(joint, "range-joint");
  }

  /** True when {@code joint} is a unit joint between single spaces (" or ", " and ", " to "). */
  static boolean unitBetween(String joint) {
    return wordBetweenSpaces(joint, "unit-joint");
  }

  /** True when a unit joint between single spaces follows {@code pos}, then a number or a lower-case word ("4 or 5 ounces", "one or two days"). */
  static boolean unitJointAfter(QuantityTokens t, int pos) {
    Token w = spacedWord(t, pos, "unit-joint");
    String s = t.text();
    if (w == null || w.end() + 1 >= s.length() || s.charAt(w.end()) != ' ') {
      return false;
    }
    char c = s.charAt(w.end() + 1);
    return QuantityTokens.isLetterOrNumber(s, w.end() + 1) && !Character.isLetter(c) || Character.getType(c) == Character.LOWERCASE_LETTER;
  }

  /**
   * The joint after an amount at {@code pos} to what it is counted per: a rate word between single
   * spaces before a lower-case letter ("an hour", "per kg"), or "/" before a letter; null when
   * there is none. {@code end} is where the unit starts.
   */
  static Joint rateAfter(QuantityTokens t, int pos) {
    String s = t.text();
    if (pos < s.length() && s.charAt(pos) == '/' && pos + 1 < s.length() && Character.isLetter(s.charAt(pos + 1))) {
      return new Joint("/", pos, pos + 1);
    }
    Token w = spacedWord(t, pos, "rate-joint");
    if (w != null && w.end() + 1 < s.length() && s.charAt(w.end()) == ' '
        && Character.getType(s.charAt(w.end() + 1)) == Character.LOWERCASE_LETTER) {
      return new Joint(w.text(), pos, w.end() + 1);
    }
    return null;
  }

  /** True when {@code joint} restates a change: maybe a comma, a restate word between single spaces, and up to two lower-case words each followed by one space (", or about "). */
  static boolean restates(String joint) {
    String j = joint.startsWith(",") ? joint.substring(1) : joint;
    for (String word : QuantityWords.of("restate-joint")) {
      String lead = " " + word + " ";
      if (j.startsWith(lead) && upToTwoWords(j.substring(lead.length()))) {
        return true;
      }
    }
    return false;
  }

  /** "", "about ", "just about ": up to two runs of lower-case letters, each closed by one space. */
  private static boolean upToTwoWords(String rest) {
    int words = 0;
    int i = 0;
    while (i < rest.length()) {
      int j = i;
      while (j < rest.length() && Character.getType(rest.charAt(j)) == Character.LOWERCASE_LETTER) {
        j++;
      }
      if (j == i || j >= rest.length() || rest.charAt(j) != ' ' || ++words > 2) {
        return false;
      }
      i = j + 1;
    }
    return true;
  }

  /**
   * After a spelled fraction ending at {@code pos}: one space, maybe "of" and a space, an article
   * and a space, before a letter ("half a mile", "three quarters of an hour"); the offset of that
   * letter, or -1.
   */
  static int articleAfter(QuantityTokens t, int pos) {
    String s = t.text();
    if (pos >= s.length() || s.charAt(pos) != ' ') {
      return -1;
    }
    Token w = t.startingAt(pos + 1);
    if (w != null && w.is("of") && t.text().startsWith(" ", w.end())) {
      int after = articleAt(t, w.end() + 1);
      if (after >= 0) {
        return after;
      }
    }
    return articleAt(t, pos + 1);
  }

  private static int articleAt(QuantityTokens t, int i) {
    Token a = t.startingAt(i);
    String s = t.text();
    return a != null && QuantityWords.of("article").contains(a.text()) && a.end() + 1 < s.length() && s.charAt(a.end()) == ' '
        && Character.isLetter(s.charAt(a.end() + 1)) ? a.end() + 1 : -1;
  }

  /** "percent of ", "Per cent of " at {@code i}: where the number after it starts, or -1. */
  static int percentOf(QuantityTokens t, int i) {
    String s = t.text();
    for (String[] phrase : PERCENT_OF) {
      Token last = phraseAt(t, i, phrase);
      if (last != null && last.end() + 4 <= s.length() && s.regionMatches(true, last.end(), " of ", 0, 4)) {
        Token of = t.startingAt(last.end() + 1);
        if (of != null && of.end() == last.end() + 3) {
          return last.end() + 4;
        }
      }
    }
    return -1;
  }

  /** The "percent of" phrases, cut into words once (in the lexicon set's iteration order, as read before). */
  private static final List<String[]> PERCENT_OF = words(QuantityWords.of("percent-of"));

  /** Each phrase of {@code phrases} cut at its spaces, in iteration order: cut once, not at every token. */
  static List<String[]> words(Collection<String> phrases) {
    List<String[]> out = new ArrayList<>();
    for (String phrase : phrases) {
      out.add(phrase.split(" "));
    }
    return List.copyOf(out);
  }

  /** The last token of the phrase of {@code words} (single spaces between, any case) when it is written at {@code i}, else null. */
  static Token phraseAt(QuantityTokens t, int i, String[] words) {
    Token w = t.startingAt(i);
    Token last = null;
    for (String word : words) {
      if (w == null || !w.isWord() || !w.text().equalsIgnoreCase(word) || (last != null && !t.oneSpace(last.end(), w.start()))) {
        return null;
      }
      last = w;
      w = t.next(w);
    }
    return last;
  }

  /** A word of {@code role} after exactly one space at {@code pos} ("4 or"), or null. */
  private static Token spacedWord(QuantityTokens t, int pos, String role) {
    Token w = pos < t.text().length() && t.text().charAt(pos) == ' ' ? t.startingAt(pos + 1) : null;
    return w != null && QuantityWords.of(role).contains(w.text()) ? w : null;
  }

  private static boolean wordBetweenSpaces(String joint, String role) {
    return joint.length() > 2 && joint.startsWith(" ") && joint.endsWith(" ")
        && QuantityWords.of(role).contains(joint.substring(1, joint.length() - 1));
  }

  private static boolean digitOrDollar(String s, int i) {
    return i < s.length() && (isAsciiDigit(s.charAt(i)) || s.charAt(i) == '$');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
