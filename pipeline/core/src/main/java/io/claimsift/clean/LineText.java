package io.claimsift.clean;

import java.util.regex.Pattern;

/**
 * Text helpers every cleaning step applies to lines and paragraphs: whitespace collapsing, quote
 * folding, word counts and the trailing-punctuation strip.
 *
 * <p>They run on every block of every page, several times, so each is a hand scan that gives the
 * same result as the regex named in its comment (tested against it), without a regex search or a
 * copy in the usual case.
 */
final class LineText {

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:.!]+$");

  private LineText() {}

  /** Folds curly quotes to straight ones and collapses whitespace; used for matching only. */
  static String normalize(String text) {
    // Most lines hold no curly quote: one scan then, instead of four replace scans.
    if (!hasCurlyQuote(text)) {
      return collapse(text);
    }
    String s = text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    return collapse(s);
  }

  /** Whether {@code text} holds a curly quote, which {@link #normalize} folds. */
  static boolean hasCurlyQuote(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '’' || c == '‘' || c == '“' || c == '”') {
        return true;
      }
    }
    return false;
  }

  /** Collapses whitespace runs (including NBSP and zero-width spaces) to one space, trimmed. */
  static String collapse(String text) {
    // A hand loop: this runs on every block of every page, and a regex replace dominated the
    // profile. Same result as replacing runs of isCollapsible characters with one space and
    // trimming.
    if (isCollapsed(text)) {
      return text; // the usual case: nothing to do, and no copy
    }
    StringBuilder out = null;
    int len = text.length();
    boolean pendingSpace = false;
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (isCollapsible(c)) {
        if (out == null) {
          out = new StringBuilder(len);
          out.append(text, 0, i);
        }
        pendingSpace = true;
      } else if (out != null) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** True when {@link #collapse} would return {@code text} unchanged. */
  private static boolean isCollapsed(String text) {
    int len = text.length();
    if (len > 0 && (isCollapsible(text.charAt(0)) || isCollapsible(text.charAt(len - 1)))) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      // Only a lone ' ' between two kept characters survives collapsing as it is.
      if (isCollapsible(c) && (c != ' ' || isCollapsible(text.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** Java whitespace plus NBSP, figure and narrow spaces, zero-width space and BOM. */
  private static boolean isCollapsible(char c) {
    if (c > ' ' && c < '\u0085') {
      return false; // printable ASCII and C1 controls below NEL: the bulk of text, decided at once
    }
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
        || c == '\u200B' || c == '\uFEFF';
  }

  /**
   * {@code TRAILING_PUNCTUATION.matcher(text).replaceAll("")}: the text without its trailing
   * run of whitespace, ':', '.' and '!'. The leftmost match is that whole run, so a scan from the
   * end gives the same; the regex is asked only when the text ends with a line terminator.
   */
  static String stripTrailingPunctuation(String text) {
    int end = text.length();
    if (end > 0 && isRegexLineTerminator(text.charAt(end - 1))) {
      return TRAILING_PUNCTUATION.matcher(text).replaceAll("");
    }
    while (end > 0 && isTrailingPunctuation(text.charAt(end - 1))) {
      end--;
    }
    return end == text.length() ? text : text.substring(0, end);
  }

  /** A character of {@link #TRAILING_PUNCTUATION}'s class {@code [\\s:.!]}. */
  private static boolean isTrailingPunctuation(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == ':' || c == '.' || c == '!';
  }

  /** The characters before which a non-multiline '$' also matches when they end the text. */
  static boolean isRegexLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** The whitespace-separated tokens of {@code text} that hold a letter or a number. */
  static int wordCount(String text) {
    // Same as splitting on \\s+ and counting tokens holding a \\p{L} or \\p{N}, without regex:
    // this runs on every block of every page.
    int count = 0;
    boolean tokenHasAlnum = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x80) {
        // Printable ASCII, most of the text: a letter or digit, or punctuation; no table look-up.
        tokenHasAlnum |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r') {
        if (tokenHasAlnum) {
          count++;
        }
        tokenHasAlnum = false;
      } else if (!tokenHasAlnum && isLetterOrNumber(cp)) {
        tokenHasAlnum = true;
      }
      i += Character.charCount(cp);
    }
    return tokenHasAlnum ? count + 1 : count;
  }

  /** {@code \p{L}} or {@code \p{N}}: a letter, or a decimal, letter or other number. */
  static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
