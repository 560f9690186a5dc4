package io.claimsift.claims.quantities;

import java.util.ArrayList;
import java.util.List;

/**
 * One tokenisation of a sentence for the quantity grammar: runs of digits, runs of letters (a
 * lower-case word or a capitalised one) and single symbols or punctuation marks, with their exact
 * offsets; white space separates tokens and is no token. The context rules of {@link
 * QuantityExtractor} are predicates over a number's neighbouring tokens, found in constant time
 * from a character offset. Immutable once built; built once per sentence, in one pass.
 */
final class QuantityTokens {

  /** What a token is made of. */
  enum Kind {
    /** A run of digits ("2019"; "2.5" is three tokens). */
    NUMBER,
    /** A run of letters that does not start with a capital ("million", "mRNA"). */
    WORD,
    /** A run of letters starting with a capital ("March", "USD"). */
    CAPITALISED,
    /** A single character that is no letter, digit or punctuation mark ("$", "%", "+"). */
    SYMBOL,
    /** A single punctuation mark (".", ",", ":", "-", "(", "'"). */
    PUNCTUATION
  }

  /** A token of {@code text}: {@code text.substring(start, end)} is {@code text()}. */
  record Token(Kind kind, int start, int end, String text) {
    boolean isWord() {
      return kind == Kind.WORD || kind == Kind.CAPITALISED;
    }

    boolean is(String s) {
      return text.equals(s);
    }

    /** True for a word of only lower-case letters ("miles", not "mRNA" or "Miles"). */
    boolean isLowerCase() {
      return kind == Kind.WORD && text.chars().allMatch(Character::isLowerCase);
    }
  }

  private final String text;
  private final List<Token> tokens;
  /** For each offset, the index of the first token ending after it: the token covering it, else the next (tokens.size() at the end). */
  private final int[] nextFrom;

  private QuantityTokens(String text, List<Token> tokens, int[] nextFrom) {
    this.text = text;
    this.tokens = tokens;
    this.nextFrom = nextFrom;
  }

  /** The tokens of {@code s}, in one pass. */
  static QuantityTokens of(String s) {
    List<Token> out = new ArrayList<>(s.length() / 4 + 1);
    int[] nextFrom = new int[s.length() + 1];
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int j = i + 1;
      Kind kind;
      if (Character.isDigit(c)) {
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
        kind = Kind.NUMBER;
      } else if (Character.isLetter(c)) {
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
          j++;
        }
        kind = Character.isUpperCase(c) || Character.isTitleCase(c) ? Kind.CAPITALISED : Kind.WORD;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        nextFrom[i] = out.size();
        i++;
        continue;
      } else {
        kind = isPunctuation(c) ? Kind.PUNCTUATION : Kind.SYMBOL;
      }
      int index = out.size();
      for (int k = i; k < j; k++) { // most tokens are a few characters: a plain loop beats Arrays.fill's call
        nextFrom[k] = index;
      }
      out.add(new Token(kind, i, j, s.substring(i, j)));
      i = j;
    }
    nextFrom[s.length()] = out.size();
    return new QuantityTokens(s, out, nextFrom); // never handed out, so no read-only copy is needed
  }

  private static boolean isPunctuation(char c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  String text() {
    return text;
  }

  /** The token starting exactly at {@code pos}, or null. */
  Token startingAt(int pos) {
    if (pos < 0 || pos >= text.length()) {
      return null;
    }
    int k = nextFrom[pos];
    return k < tokens.size() && tokens.get(k).start() == pos ? tokens.get(k) : null;
  }

  /** The first token starting at or after {@code pos}, or null. */
  Token from(int pos) {
    int k = nextFrom[Math.max(0, Math.min(pos, text.length()))];
    while (k < tokens.size() && tokens.get(k).start() < pos) {
      k++;
    }
    return k < tokens.size() ? tokens.get(k) : null;
  }

  /** The last token ending at or before {@code pos}, or null. */
  Token before(int pos) {
    int k = nextFrom[Math.max(0, Math.min(pos, text.length()))] - 1; // nextFrom: the first token ending after pos
    return k >= 0 ? tokens.get(k) : null;
  }

  /** The token after {@code t}, or null. */
  Token next(Token t) {
    return from(t.end());
  }

  /** The token before {@code t}, or null. */
  Token previous(Token t) {
    return before(t.start());
  }

  /** The token right after {@code t} with no space between, or null. */
  Token gluedAfter(Token t) {
    return startingAt(t.end());
  }

  /** True when the characters from {@code from} to {@code to} are exactly one space. */
  boolean oneSpace(int from, int to) {
    return to == from + 1 && text.charAt(from) == ' ';
  }

  /** True when the characters from {@code from} to {@code to} are one or more regex white-space characters ({@code \s+}). */
  boolean whiteSpace(int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!isRegexSpace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A character of the regex class {@code \s} (ASCII white space). */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** True when the character at {@code i} of {@code s} is a letter or a number ({@code [\p{L}\p{N}]}, "²" and "½" included). */
  static boolean isLetterOrNumber(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** A character of the regex class {@code \w} (a word boundary {@code \b} is a change of it). */
  static boolean isRegexWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
