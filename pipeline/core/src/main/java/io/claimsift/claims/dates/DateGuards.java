package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import java.util.Locale;
import java.util.Set;

/**
 * The checks {@link DateExtractor} makes around a date it found, read over the sentence's
 * {@link DateTokens} (or, for the words next to a year, its characters): whether a year reads as an
 * amount or a count ("$2000", "2000 people"), sits in a chain of dashed numbers ("+86
 * 2010-2015-86"), is closed by "now" ("between Jan 2019 and now", "between now and May 21"), opens
 * a week ("the week of April 10th"), or is opened by "before"/"after". Each looks at a few tokens
 * next to the date. Stateless and thread-safe.
 */
final class DateGuards {

  /** Words that make a following four-digit number a year even before a plural noun. */
  private static final Set<String> YEAR_CONTEXT =
      Set.of(
          "in", "since", "from", "until", "till", "by", "before", "after", "during", "through", "of",
          "to", "and", "between", "early", "late", "mid", "the", "a", "its", "this", "that", "their",
          "his", "her", "year", "circa", "around");
  private static final Set<String> IRREGULAR_PLURALS =
      Set.of("people", "men", "women", "children", "police", "staff", "personnel", "troops", "cattle");
  /** Signs and codes of a currency right before a number make it an amount ("$2000", "USD 2015"). */
  private static final Set<String> CURRENCY_SIGNS = Set.of("$", "€", "£", "¥", "₩");
  private static final Set<String> CURRENCY_CODES = Set.of("USD", "EUR", "GBP", "JPY", "KRW", "CNY", "RMB");
  /** Words right after a number that make it an amount ("2000 million", "2015 dollars"); "per cent" apart. */
  private static final Set<String> AMOUNT_WORDS =
      Set.of("percent", "thousand", "million", "billion", "trillion", "bn", "mn", "tn", "dollar", "dollars", "euro",
          "euros", "pounds", "yen", "won", "yuan", "usd", "eur");
  private static final Set<String> TILL_WORDS = Set.of("to", "till", "until");
  private static final Set<String> NOW_WORDS = Set.of("now", "date", "today");
  private static final Set<String> WEEK_OPENERS = Set.of("of", "beginning", "starting", "commencing");

  /** "before" or "after" opening a date's text, and the offset in that text where the date itself starts. */
  record Opened(String word, int end) {}

  private DateGuards() {}

  /** Whether {@code text} holds four digits in a row (a year stated). */
  static boolean hasYearDigits(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = DateTokens.isDigit(text.charAt(i)) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /** "before May 13", "After  2019": the opening word (lower case) and where the white space after it ends; null otherwise. */
  static Opened opened(String text) {
    for (String w : new String[] {"before", "after"}) {
      int n = w.length();
      if (text.length() > n && text.regionMatches(true, 0, w, 0, n) && DateTokens.isSpace(text.charAt(n))) {
        int end = n;
        while (end < text.length() && DateTokens.isSpace(text.charAt(end))) {
          end++;
        }
        return new Opened(w, end);
      }
    }
    return null;
  }

  /**
   * " and now", " to date", " until current date", " till today" right after a date ending at text
   * offset {@code end} (white space first): where it ends, or -1.
   */
  static int toNowEnd(DateTokens t, int end) {
    int k = t.firstAfter(end);
    if (k < 0 || t.at(k).start() == end || !t.spaced(k)) {
      return -1;
    }
    Token w = t.at(k);
    int last;
    if (w.is("and")) {
      last = t.at(k + 1).is("now") ? k + 1 : -1;
    } else if (TILL_WORDS.contains(w.lower())) {
      Token n = t.at(k + 1);
      last = NOW_WORDS.contains(n.lower()) ? k + 1
          : n.is("current") && t.spaced(k + 1) && t.at(k + 2) != null && t.at(k + 2).is("date") ? k + 2 : -1;
    } else {
      return -1;
    }
    return last < 0 || DateTokens.isWordChar(t.charAt(t.at(last).end())) ? -1 : t.at(last).end();
  }

  /** "between now and", "from now until" right before a date starting at {@code start} (white space between): its start, or -1. */
  static int betweenNowStart(DateTokens t, int start) {
    int k = wordBefore(t, start);
    if (k < 2 || !t.at(k - 1).is("now") || !t.spaced(k - 1) || !t.spaced(k - 2)) {
      return -1;
    }
    Token opener = t.at(k - 2);
    boolean between = opener.is("between") && t.at(k).is("and");
    boolean from = opener.is("from") && TILL_WORDS.contains(t.at(k).lower());
    return (between || from) && startsWord(t, k - 2) ? opener.start() : -1;
  }

  /** "the week of", "the week starting on", "the week commencing" right before {@code start}: where "the" starts, or -1. */
  static int weekOfStart(DateTokens t, int start) {
    int k = wordBefore(t, start);
    if (k < 0) {
      return -1;
    }
    if (t.at(k).is("on") && k > 0 && t.at(k - 1).is("starting") && t.spaced(k - 1)) {
      k--;
    }
    if (k < 2 || !WEEK_OPENERS.contains(t.at(k).lower()) || !t.spaced(k - 1) || !t.at(k - 1).is("week") || !t.spaced(k - 2)
        || !t.at(k - 2).is("the") || !startsWord(t, k - 2)) {
      return -1;
    }
    return t.at(k - 2).start();
  }

  /**
   * True when a year sits in a run of numbers joined by dashes that is not a run of years ("+86
   * 2010-2015-86", "82-2100", "2015-1-32", "32 - 2015"): a phone number, a code or a non-date.
   * Real dates in such runs ("2015-01-31", "10-1-2018") are found by longer rules first.
   */
  static boolean inNumberChain(DateTokens t, int start, int end) {
    int left = chainBefore(t, start);
    int[] right = chainAfter(t, end);
    if (left < 0 && right == null) {
      return false;
    }
    boolean leftYear = left >= 0 && isYearNumber(t.at(left).text());
    boolean rightYear = right != null && isYearNumber(t.text().substring(right[0], right[1]));
    boolean beyond = left >= 0 && chainBefore(t, t.at(left).start()) >= 0 || right != null && chainAfter(t, right[1]) != null;
    return beyond || (left >= 0 && !leftYear) || (right != null && !rightYear);
  }

  /** The number token of "12 - " ending (white space allowed) at {@code offset}, not after a digit, "." or ","; or -1. */
  private static int chainBefore(DateTokens t, int offset) {
    int d = t.lastBefore(offset);
    if (d < 1 || !isDash(t.at(d)) || !t.at(d - 1).isNumber()) {
      return -1;
    }
    char before = t.charAt(t.at(d - 1).start() - 1);
    return before == '.' || before == ',' ? -1 : d - 1;
  }

  /**
   * The digits of " - 12" starting (white space allowed) at {@code offset}, as text offsets: the
   * whole number, or without its last digit when a decimal or "%" follows it (as the pattern's
   * backtracking read "- 12.5" as "1"); null when none.
   */
  private static int[] chainAfter(DateTokens t, int offset) {
    int d = t.firstAfter(offset);
    if (d < 0 || !isDash(t.at(d)) || t.at(d + 1) == null || !t.at(d + 1).isNumber()) {
      return null;
    }
    Token n = t.at(d + 1);
    char after = t.charAt(n.end());
    boolean clean = after != '%' && !((after == '.' || after == ',') && DateTokens.isDigit(t.charAt(n.end() + 1)));
    if (clean) {
      return new int[] {n.start(), n.end()};
    }
    return n.length() >= 2 ? new int[] {n.start(), n.end() - 1} : null;
  }

  private static boolean isDash(Token tok) {
    return tok.isSymbol('-') || tok.isSymbol('–');
  }

  private static boolean isYearNumber(String digits) {
    if (digits.length() != 4) {
      return false;
    }
    int n = Integer.parseInt(digits);
    return n >= 1800 && n <= 2100;
  }

  /** True when the year-like number at {@code start}-{@code end} reads as an amount or a count rather than a year. */
  static boolean isQuantity(DateTokens t, int start, int end) {
    if (currencyBefore(t, start) || amountAfter(t, end)) {
      return true;
    }
    String next = lowerWordAfter(t.text(), end);
    if (next == null || !isPlural(next)) {
      return false;
    }
    String prev = wordBefore(t.text(), start);
    return !(prev != null && YEAR_CONTEXT.contains(prev.toLowerCase(Locale.ROOT)));
  }

  /** A currency sign, or a code as a whole word, then at most one white space, right before {@code start}. */
  private static boolean currencyBefore(DateTokens t, int start) {
    int k = t.lastBefore(start);
    if (k < 0 || start - t.at(k).end() > 1) {
      return false;
    }
    Token c = t.at(k);
    return CURRENCY_SIGNS.contains(c.text()) || c.isWord() && CURRENCY_CODES.contains(c.text()) && startsWord(t, k);
  }

  /** "%", "percent", "per cent", a scale or a currency word (any case, a whole word) right after {@code end}. */
  private static boolean amountAfter(DateTokens t, int end) {
    int k = t.firstAfter(end);
    if (k < 0) {
      return false;
    }
    Token w = t.at(k);
    if (w.isSymbol('%')) {
      return true;
    }
    if (!w.isWord() || DateTokens.isWordChar(t.charAt(w.end()))) {
      return false;
    }
    if (w.is("per")) {
      Token cent = t.at(k + 1);
      return cent != null && cent.is("cent") && cent.start() == w.end() + 1 && t.charAt(w.end()) == ' '
          && !DateTokens.isWordChar(t.charAt(cent.end()));
    }
    return AMOUNT_WORDS.contains(w.lower());
  }

  /**
   * The lower-case word after white space right after {@code end} (lower-case letters, then also
   * apostrophes and hyphens: "people", "year-olds"), or null when the next word is not lower case.
   */
  private static String lowerWordAfter(String s, int end) {
    int i = end;
    if (i >= s.length() || !DateTokens.isSpace(s.charAt(i))) {
      return null;
    }
    while (i < s.length() && DateTokens.isSpace(s.charAt(i))) {
      i++;
    }
    int from = i;
    if (i >= s.length() || Character.getType(s.codePointAt(i)) != Character.LOWERCASE_LETTER) {
      return null;
    }
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (Character.getType(c) != Character.LOWERCASE_LETTER && c != '\'' && c != '’' && c != '-') {
        break;
      }
      i += Character.charCount(c);
    }
    return s.substring(from, i);
  }

  /** The run of letters before the white space that ends right before {@code start}, or null. */
  private static String wordBefore(String s, int start) {
    int i = start;
    if (i == 0 || !DateTokens.isSpace(s.charAt(i - 1))) {
      return null;
    }
    while (i > 0 && DateTokens.isSpace(s.charAt(i - 1))) {
      i--;
    }
    int to = i;
    while (i > 0) {
      int c = s.codePointBefore(i);
      if (!Character.isLetter(c)) {
        break;
      }
      i -= Character.charCount(c);
    }
    return i == to ? null : s.substring(i, to);
  }

  private static boolean isPlural(String word) {
    return IRREGULAR_PLURALS.contains(word) || (word.endsWith("s") && !word.endsWith("ss"));
  }

  /** The token that ends, white space after it, right before text offset {@code offset}; -1 when none. */
  private static int wordBefore(DateTokens t, int offset) {
    int k = t.lastBefore(offset);
    return k < 0 || t.at(k).end() == offset ? -1 : k;
  }

  private static boolean startsWord(DateTokens t, int i) {
    return !DateTokens.isWordChar(t.charAt(t.at(i).start() - 1));
  }
}
