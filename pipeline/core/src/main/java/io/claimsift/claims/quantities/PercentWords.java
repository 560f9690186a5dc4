package io.claimsift.claims.quantities;

import io.claimsift.claims.quantities.QuantityTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Percent signs and words as token rules: after a number ("12%", "12 %", "12 percent", "12.5 per
 * cent", "5-percent", "4.2 percentage points") and standing alone ("the % of increase", "a
 * percentage"). The words are the roles {@code percent}, {@code percent-point} and {@code point}
 * of {@code quantity-words.tsv}, in any case.
 */
final class PercentWords {

  private PercentWords() {}

  /** A percent unit after a number: where it ends and whether it is "percentage points". */
  record Percent(int end, boolean points) {}

  /** The percent sign or word right after a number ending at {@code end} (maybe after one space or a hyphen), or null. */
  static Percent after(QuantityTokens t, int end) {
    String s = t.text();
    int at = end < s.length() && QuantityTokens.isRegexSpace(s.charAt(end)) ? end + 1 : end;
    if (at < s.length() && s.charAt(at) == '%') {
      return new Percent(at + 1, false);
    }
    if (at < s.length() && s.charAt(at) == '-') {
      at++;
    }
    Token first = t.startingAt(at);
    Token last = first == null || !first.isWord() ? null : percentWordEnd(t, first);
    if (last == null) {
      return null;
    }
    String word = joined(t, first, last);
    Token point = pointAfter(t, last);
    if (point != null && QuantityWords.of("percent-point").contains(word)) {
      return new Percent(point.end(), true);
    }
    return QuantityWords.of("percent").contains(word) && !QuantityTokens.isLetterOrNumber(s, last.end())
        ? new Percent(last.end(), false) : null;
  }

  /**
   * Percent signs and words standing alone in {@code t}: a "%" with no letter, number or "%" on
   * either side, or a percent word ("percentage", "per cent", "percent points"; "pct" without
   * points) with none before it; as {start, end} pairs in text order.
   */
  static List<int[]> bare(QuantityTokens t) {
    String s = t.text();
    List<int[]> out = new ArrayList<>();
    int floor = 0;
    for (Token w = t.from(0); w != null; w = t.next(w)) {
      if (w.start() < floor || (w.start() > 0 && letterNumberOrPercent(s, w.start() - 1))) {
        continue;
      }
      if (w.is("%")) {
        if (!letterNumberOrPercent(s, w.end())) {
          out.add(new int[] {w.start(), w.end()});
          floor = w.end();
        }
        continue;
      }
      Token last = w.isWord() ? percentWordEnd(t, w) : null;
      if (last == null) {
        continue;
      }
      String word = joined(t, w, last);
      int end = -1;
      if (!word.equals("pct") && word.startsWith("per") && QuantityWords.of("percent").contains(word)) {
        Token point = pointAfter(t, last);
        end = point != null ? point.end() : QuantityTokens.isLetterOrNumber(s, last.end()) ? -1 : last.end();
      } else if (word.equals("pct") && !QuantityTokens.isLetterOrNumber(s, last.end())) {
        end = last.end();
      }
      if (end >= 0) {
        out.add(new int[] {w.start(), end});
        floor = end;
      }
    }
    return out;
  }

  /** The last token of a percent word starting at {@code first}: the token itself, or "cent..." after "per" and one space ("per cent"). */
  private static Token percentWordEnd(QuantityTokens t, Token first) {
    if (first.text().equalsIgnoreCase("per")) {
      Token cent = t.next(first);
      boolean spaced = cent != null && cent.start() == first.end() + 1 && QuantityTokens.isRegexSpace(t.text().charAt(first.end()));
      return spaced && cent.text().toLowerCase(Locale.ROOT).startsWith("cent") ? cent : null;
    }
    return first;
  }

  /** The percent word from {@code first} to {@code last}, lower case, without the space of "per cent". */
  private static String joined(QuantityTokens t, Token first, Token last) {
    String word = first == last ? first.text() : first.text() + last.text();
    return word.chars().allMatch(c -> c < 128) ? word.toLowerCase(Locale.ROOT) : "";
  }

  /** "point" or "points" after one space, not glued to a letter or number, or null. */
  private static Token pointAfter(QuantityTokens t, Token last) {
    Token point = t.next(last);
    return point != null && t.oneSpace(last.end(), point.start()) && QuantityWords.is("point", point.text())
        && point.text().chars().allMatch(c -> c < 128) && !QuantityTokens.isLetterOrNumber(t.text(), point.end()) ? point : null;
  }

  private static boolean letterNumberOrPercent(String s, int i) {
    return i < s.length() && (QuantityTokens.isLetterOrNumber(s, i) || s.charAt(i) == '%');
  }
}
