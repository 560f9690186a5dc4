package io.claimsift.claims.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut once, in one pass, into the tokens the date engine reads: runs of letters, runs of
 * ASCII digits and single other characters; white space separates tokens and is not one. Offsets
 * are into the text, so the gap between two tokens is still readable ("4, 2021"). The tokens are
 * immutable; the only state is a count of token look-ups, which the linear-cost tests read (one
 * instance serves one sentence in one thread).
 */
final class DateTokens {

  /** What a token is made of. */
  enum Kind { WORD, NUMBER, SYMBOL }

  /**
   * One token.
   *
   * @param lower the text in lower case (for words; numbers and symbols as written)
   * @param value the number's value, -1 for words, symbols and numbers of more than nine digits
   */
  record Token(int start, int end, Kind kind, String text, String lower, int value) {
    boolean isNumber() {
      return kind == Kind.NUMBER;
    }

    boolean isWord() {
      return kind == Kind.WORD;
    }

    int length() {
      return end - start;
    }

    boolean is(String word) {
      return lower.equals(word);
    }

    boolean isSymbol(char c) {
      return kind == Kind.SYMBOL && text.charAt(0) == c;
    }
  }

  private final String text;
  private final List<Token> tokens;
  private long lookups;

  private DateTokens(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /** Cuts {@code text}; linear in its length. */
  static DateTokens of(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int start = i;
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (isDigit(c)) {
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        String digits = text.substring(start, i);
        out.add(new Token(start, i, Kind.NUMBER, digits, digits, digits.length() <= 9 ? Integer.parseInt(digits) : -1));
      } else if (Character.isLetter(c)) {
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
        String word = text.substring(start, i);
        out.add(new Token(start, i, Kind.WORD, word, word.toLowerCase(Locale.ROOT), -1));
      } else {
        i += Character.charCount(text.codePointAt(i));
        String symbol = text.substring(start, i);
        out.add(new Token(start, i, Kind.SYMBOL, symbol, symbol, -1));
      }
    }
    return new DateTokens(text, List.copyOf(out));
  }

  String text() {
    return text;
  }

  List<Token> list() {
    return tokens;
  }

  int size() {
    return tokens.size();
  }

  /** The token at {@code i}, or null past either end. */
  Token at(int i) {
    lookups++;
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  /** How many times {@link #at} was called: the work the rules did over these tokens. */
  long lookups() {
    return lookups;
  }

  /**
   * The index of the last token ending at or before text offset {@code offset} when only white
   * space lies between it and {@code offset} (no token crosses it); -1 otherwise.
   */
  int lastBefore(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    Token next = found + 1 < tokens.size() ? tokens.get(found + 1) : null;
    return found < 0 || (next != null && next.start() < offset) ? -1 : found;
  }

  /**
   * The index of the first token starting at or after text offset {@code offset} when only white
   * space lies between {@code offset} and it (no token crosses it); -1 otherwise.
   */
  int firstAfter(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() >= offset) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    Token previous = found < 0 ? (tokens.isEmpty() ? null : tokens.get(tokens.size() - 1)) : found > 0 ? tokens.get(found - 1) : null;
    return found < 0 || (previous != null && previous.end() > offset) ? -1 : found;
  }

  /** The character at {@code i} of the text, or a space past either end. */
  char charAt(int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
  }

  /** True when token {@code i + 1} follows token {@code i} with nothing between them. */
  boolean glued(int i) {
    Token a = at(i);
    Token b = at(i + 1);
    return a != null && b != null && a.end() == b.start();
  }

  /** True when white space, and only white space, separates token {@code i} from the next. */
  boolean spaced(int i) {
    Token a = at(i);
    Token b = at(i + 1);
    return a != null && b != null && b.start() > a.end();
  }

  /**
   * The token of a four-digit year (1800-2099, ending a word) after the name ending at token
   * {@code name}: "Christmas 2018", "summer, 2019" (a comma glued to the name, then a space) and,
   * when {@code ofAllowed}, "summer of 2019"; or -1.
   */
  int yearAfter(int name, boolean ofAllowed) {
    int j = name + 1;
    if (glued(name) && at(j).isSymbol(',')) {
      j++;
      if (!spaced(j - 1)) {
        return -1;
      }
    } else if (!spaced(name)) {
      return -1;
    }
    Token of = at(j);
    if (ofAllowed && of != null && of.is("of") && spaced(j)) {
      j++;
    }
    Token year = at(j);
    boolean ok = year != null && year.isNumber() && year.length() == 4 && year.value() >= 1800 && year.value() <= 2099
        && !Character.isLetterOrDigit(charAt(year.end()));
    return ok ? j : -1;
  }

  /** White space as regular expressions' {@code \s} reads it (ASCII). */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A word character as Java's {@code \b} reads it (a letter or digit of any script, or the underscore). */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
