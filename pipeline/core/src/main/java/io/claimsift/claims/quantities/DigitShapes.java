package io.claimsift.claims.quantities;

/**
 * The shapes of runs of digits that make them no amount, read over the digit runs and the marks
 * between them: scores ("7-6 (5), 6-3", "a 2-1 victory"), codes of digits and capitals ("Form
 * 10-K"), telephone numbers ("212-555-1234", "(650) 425-5483"), bracketed reference lists ("(27,
 * 28)"), slash numbers ("24/7"), plain years ("2019") and URL-encoded text ("%2F...?q="). Digits are
 * ASCII here, as the news copy these shapes come from writes them.
 */
final class DigitShapes {

  private DigitShapes() {}

  /** A pair of whole numbers joined by a hyphen or dash, maybe a tie-break, maybe more pairs after commas. */
  record Score(int first, int second, boolean tieBreak, boolean onePair, int end) {
    /** A score, not a range: more than one pair, a tie-break, or a pair that does not rise ("7-6", "2-1"; "20-30" rises). */
    boolean isScore() {
      return !onePair || tieBreak || second <= first;
    }
  }

  /**
   * The score starting at {@code i}: one to three digits, a hyphen or en dash, one to three digits,
   * maybe a tie-break " (5)", then any pairs of one or two digits after ", " each maybe with its
   * tie-break ("7-6 (5), 7-6 (7)", "6-2, 6-2"); not followed by a letter, a number or "%", nor by
   * ".", ",", ":", "/" or "-" and a digit. Null when there is none.
   */
  static Score score(String s, int i) {
    int firstEnd = digits(s, i);
    if (firstEnd == i || firstEnd - i > 3 || !isDash(s, firstEnd)) {
      return null;
    }
    int secondEnd = digits(s, firstEnd + 1);
    if (secondEnd == firstEnd + 1 || secondEnd - firstEnd - 1 > 3) {
      return null;
    }
    int first = Integer.parseInt(s.substring(i, firstEnd));
    int second = Integer.parseInt(s.substring(firstEnd + 1, secondEnd));
    int tieBreakEnd = tieBreak(s, secondEnd);
    if (tieBreakEnd > 0) {
      int end = morePairs(s, tieBreakEnd);
      if (freeAfter(s, end)) {
        return new Score(first, second, true, end == tieBreakEnd, end);
      }
    }
    int end = morePairs(s, secondEnd);
    return freeAfter(s, end) ? new Score(first, second, false, end == secondEnd, end) : null;
  }

  /** Where the pairs after ", " starting at {@code pos} end ({@code pos} when there are none). */
  private static int morePairs(String s, int pos) {
    int at = pos;
    while (s.startsWith(", ", at)) {
      int aEnd = digits(s, at + 2);
      if (aEnd == at + 2 || aEnd - at - 2 > 2 || !isDash(s, aEnd)) {
        break;
      }
      int bEnd = Math.min(digits(s, aEnd + 1), aEnd + 3);
      if (bEnd == aEnd + 1) {
        break;
      }
      int tie = tieBreak(s, bEnd);
      at = tie > 0 ? tie : bEnd;
    }
    return at;
  }

  /** " (5)", " (12)" at {@code pos}: where it ends, or -1. */
  private static int tieBreak(String s, int pos) {
    if (!s.startsWith(" (", pos)) {
      return -1;
    }
    int end = digits(s, pos + 2);
    return end > pos + 2 && end - pos - 2 <= 2 && end < s.length() && s.charAt(end) == ')' ? end + 1 : -1;
  }

  /** Nothing glued after a score: no letter, number or "%", and no ".", ",", ":", "/" or "-" before a digit. */
  private static boolean freeAfter(String s, int end) {
    if (end >= s.length()) {
      return true;
    }
    char c = s.charAt(end);
    if (QuantityTokens.isLetterOrNumber(s, end) || c == '%') {
      return false;
    }
    return !(".,:/-".indexOf(c) >= 0 && end + 1 < s.length() && isAsciiDigit(s.charAt(end + 1)));
  }

  /** Digits, a hyphen and one to three capitals closing the word at {@code i} ("10-K", "10-Q", "8-K"): where it ends, or -1. */
  static int letterCode(String s, int i) {
    int end = digits(s, i);
    if (end == i || end >= s.length() || s.charAt(end) != '-') {
      return -1;
    }
    int j = end + 1;
    while (j < s.length() && Character.getType(s.charAt(j)) == Character.UPPERCASE_LETTER) {
      j++;
    }
    return j > end + 1 && j - end - 1 <= 3 && !QuantityTokens.isLetterOrNumber(s, j) ? j : -1;
  }

  /**
   * A telephone number at {@code i}: "212-555-1234", "1-800-445-3235", "212.555.1234", or "650)
   * 425-5483" (read from the area code after its bracket); not glued to a letter or number. Where
   * it ends, or -1; {@link #phoneHasBracket} tells the bracketed form.
   */
  static int phone(String s, int i) {
    int at = s.startsWith("1", i) && i + 1 < s.length() && isSeparator(s.charAt(i + 1)) ? i + 2 : i;
    int dashed = dashedPhone(s, at);
    if (dashed < 0 && at != i) {
      dashed = dashedPhone(s, i);
    }
    if (dashed >= 0) {
      return dashed;
    }
    int area = digits(s, i);
    if (area - i != 3 || area >= s.length() || s.charAt(area) != ')') {
      return -1;
    }
    int local = s.startsWith(" ", area + 1) && digits(s, area + 2) - area - 2 == 3 ? area + 2 : area + 1;
    return group(s, local, 3, true) && group(s, local + 4, 4, false) ? local + 8 : -1;
  }

  /** True when the telephone number at {@code i} is the bracketed form ("650) 425-5483"). */
  static boolean phoneHasBracket(String s, int i, int end) {
    return s.substring(i, end).indexOf(')') >= 0;
  }

  private static int dashedPhone(String s, int at) {
    return group(s, at, 3, true) && group(s, at + 4, 3, true) && group(s, at + 8, 4, false) ? at + 12 : -1;
  }

  /** Exactly {@code n} digits at {@code at}, then a separator ("-" or ".") or, for the last group, nothing glued. */
  private static boolean group(String s, int at, int n, boolean separated) {
    if (at > s.length() || digits(s, at) - at != n) {
      return false;
    }
    int end = at + n;
    return separated ? end < s.length() && isSeparator(s.charAt(end)) : !QuantityTokens.isLetterOrNumber(s, end);
  }

  /** "(8)", "(27, 28, 29)", "(10,11)" at {@code open}: bracketed whole numbers of one to three digits. */
  static boolean bracketedNumbers(String s, int open) {
    if (open >= s.length() || s.charAt(open) != '(') {
      return false;
    }
    int at = open + 1;
    while (true) {
      int end = digits(s, at);
      if (end == at || end - at > 3) {
        return false;
      }
      if (end < s.length() && s.charAt(end) == ')') {
        return true;
      }
      if (end >= s.length() || s.charAt(end) != ',') {
        return false;
      }
      at = s.startsWith(" ", end + 1) ? end + 2 : end + 1;
    }
  }

  /** "3/4", "24/7": digits, a slash, digits, nothing else; {numerator, denominator} as text, or null. */
  static String[] slashNumber(String number) {
    int slash = number.indexOf('/');
    if (slash <= 0 || digits(number, 0) != slash || digits(number, slash + 1) != number.length() || slash + 1 == number.length()) {
      return null;
    }
    return new String[] {number.substring(0, slash), number.substring(slash + 1)};
  }

  /** A plain year as written in news: four digits from 1800 to 2099, or 2100. */
  static boolean yearDigits(String number) {
    if (number.length() != 4 || digits(number, 0) != 4) {
      return false;
    }
    return number.startsWith("18") || number.startsWith("19") || number.startsWith("20") || number.equals("2100");
  }

  /** A word with a URL escape ("%2F", capital hex digits) and after it a query or escape mark (%, ?, &, =), on one line. */
  static boolean urlEncoded(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (isLineTerminator(word.charAt(k))) {
        return false;
      }
    }
    for (int k = 0; k + 2 < word.length(); k++) {
      if (word.charAt(k) == '%' && isUpperHex(word.charAt(k + 1)) && isUpperHex(word.charAt(k + 2))) {
        for (int j = k + 3; j < word.length(); j++) {
          if ("%?&=".indexOf(word.charAt(j)) >= 0) {
            return true;
          }
        }
        return false; // a later escape has fewer characters after it
      }
    }
    return false;
  }

  /** The end of the ASCII digits at {@code i} ({@code i} when there are none). */
  static int digits(String s, int i) {
    int j = i;
    while (j < s.length() && isAsciiDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isDash(String s, int i) {
    return i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '–');
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '.';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isUpperHex(char c) {
    return isAsciiDigit(c) || (c >= 'A' && c <= 'F');
  }

  /** A character that the regex "." does not match. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
