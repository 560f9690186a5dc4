package io.claimsift.claims.quantities;

import io.claimsift.claims.quantities.QuantityTokens.Token;
import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.WordPatterns;
import java.util.HashSet;
import java.util.Set;

/**
 * Token rules that make a number a clock time or a day of a month rather than an amount: "2:39",
 * "5 p.m.", "10am", "1st", "5 March", "5th of March", "Sept. 5". Months are the lexicon's names
 * and abbreviations ({@code months.tsv}), capitalised as written in running text.
 */
final class TimesAndDays {

  /** "March", "Sept", "Sep": the capitalised names and abbreviations of {@link Months}. */
  private static final Set<String> MONTHS = months();
  /** Ordinal suffixes glued to digits ("1st", "22nd", "3rd", "4th"). */
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  private TimesAndDays() {}

  private static Set<String> months() {
    Set<String> out = new HashSet<>(WordPatterns.capitalised(Months.names()));
    out.addAll(WordPatterns.capitalised(Months.abbreviations()));
    return Set.copyOf(out);
  }

  /** True when the number from {@code start} to {@code end} is a clock time, an ordinal or a day next to a month. */
  static boolean around(QuantityTokens t, int start, int end) {
    return afterClockDigits(t, start) || beforeClockMark(t, end) || ordinalSuffix(t, end) != null
        || beforeMonth(t, end) || afterMonth(t, start);
  }

  /** "9:30": digits and a colon right before (a line break may stand between the colon and the number). */
  private static boolean afterClockDigits(QuantityTokens t, int start) {
    String s = t.text();
    int k = start;
    if (k >= 2 && s.charAt(k - 1) == '\n' && s.charAt(k - 2) == '\r') {
      k -= 2;
    } else if (k >= 1 && isLineTerminator(s.charAt(k - 1))) {
      k--;
    }
    return k >= 2 && s.charAt(k - 1) == ':' && isAsciiDigit(s.charAt(k - 2));
  }

  /** "2:39" read from the hour, "5 p.m.", "10am", "5 PM": a colon and a digit, or am/pm after at most one space. */
  private static boolean beforeClockMark(QuantityTokens t, int end) {
    String s = t.text();
    if (end + 1 < s.length() && s.charAt(end) == ':' && isAsciiDigit(s.charAt(end + 1))) {
      return true;
    }
    int at = end < s.length() && QuantityTokens.isRegexSpace(s.charAt(end)) ? end + 1 : end;
    Token w = t.startingAt(at);
    if (w == null || !w.isWord()) {
      return false;
    }
    if ((w.text().equalsIgnoreCase("am") || w.text().equalsIgnoreCase("pm")) && !wordCharAt(s, w.end())) {
      return true;
    }
    if (!(w.text().equalsIgnoreCase("a") || w.text().equalsIgnoreCase("p"))) {
      return false;
    }
    Token dot = t.gluedAfter(w);
    Token m = dot == null || !dot.is(".") ? null : t.gluedAfter(dot);
    Token dot2 = m == null || !m.text().equalsIgnoreCase("m") ? null : t.gluedAfter(m);
    return dot2 != null && dot2.is("."); // "a.m.", "P.M."
  }

  /** The ordinal suffix glued at {@code end} ("st" of "1st"), standing as a whole word, or null. */
  private static Token ordinalSuffix(QuantityTokens t, int end) {
    Token w = t.startingAt(end);
    return w != null && ORDINAL_SUFFIXES.contains(w.text()) && !wordCharAt(t.text(), w.end()) ? w : null;
  }

  /** "5 March", "5th of March", "22nd  Sept.": maybe an ordinal suffix, white space, maybe "of", and a month. */
  private static boolean beforeMonth(QuantityTokens t, int end) {
    Token suffix = t.startingAt(end);
    int at = suffix != null && ORDINAL_SUFFIXES.contains(suffix.text()) ? suffix.end() : end;
    Token w = t.from(at);
    if (w == null || !t.whiteSpace(at, w.start())) {
      return false;
    }
    if (w.is("of")) {
      Token month = t.next(w);
      if (month != null && t.whiteSpace(w.end(), month.start()) && isMonth(t, month)) {
        return true;
      }
    }
    return isMonth(t, w);
  }

  /** "March 5", "Sept. 5": a month, maybe with a full stop, then white space right before the number. */
  private static boolean afterMonth(QuantityTokens t, int start) {
    String s = t.text();
    int spaces = start;
    while (spaces > 0 && (QuantityTokens.isRegexSpace(s.charAt(spaces - 1)) || isLineTerminator(s.charAt(spaces - 1)))) {
      spaces--;
    }
    if (spaces == start || !monthGap(s, spaces, start)) {
      return false;
    }
    int monthEnd = spaces > 0 && s.charAt(spaces - 1) == '.' ? spaces - 1 : spaces; // "Sept. 5"
    Token w = t.before(monthEnd);
    return w != null && w.end() == monthEnd && MONTHS.contains(w.text()) && (w.start() == 0 || !wordCharAt(s, w.start() - 1));
  }

  /** The gap between a month and a number: regex white space, maybe closed by one line terminator that is none. */
  private static boolean monthGap(String s, int from, int to) {
    int end = s.charAt(to - 1) == '\u0085' ? to - 1 : to;
    if (end <= from) {
      return false;
    }
    for (int k = from; k < end; k++) {
      if (!QuantityTokens.isRegexSpace(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A month word not glued to digits after it ("March", not "Mar5"). */
  private static boolean isMonth(QuantityTokens t, Token w) {
    return w.kind() == QuantityTokens.Kind.CAPITALISED && MONTHS.contains(w.text()) && !wordCharAt(t.text(), w.end());
  }

  private static boolean wordCharAt(String s, int i) {
    return i < s.length() && QuantityTokens.isRegexWordChar(s.charAt(i));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A line terminator before which the regex {@code $} also matched at the end of the input. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
