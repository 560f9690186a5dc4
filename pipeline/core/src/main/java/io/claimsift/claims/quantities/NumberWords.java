package io.claimsift.claims.quantities;

import io.claimsift.lexicon.Numerals;
import io.claimsift.lexicon.Scales;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Spelled-out English numbers, the one parser of them: the grammar behind {@link NumberFinder}
 * (units, teens, tens, hundreds, scale words thousand ... trillion, lakh, crore, dozens, "point"
 * decimals, fractions with ordinal denominators such as "three quarters", "two thirds",
 * "a hundredth", "X and a half", "one over three", and digits mixed in as in "3 hundred and 21"),
 * and {@link #valueOf} for single words below a hundred, shared with dedup's normaliser. Stateless.
 */
public final class NumberWords {

  /** The cardinals below a hundred, "zero" ... "nineteen" and the tens: what {@link #valueOf} reads. */
  private static final Map<String, Integer> CARDINALS = new HashMap<>();
  /** The cardinals plus the other words for zero ("nought", "naught"): what the grammar reads. */
  private static final Map<String, Integer> SMALL = new HashMap<>();
  /** Spelled-out scale words (thousand ... trillion, lakh, crore): they close a group. */
  private static final Map<String, Double> LARGE = Scales.spelled();
  /**
   * Denominators: ordinals ("third" 3, "twentieth" 20, "hundredth" 100) and fraction words
   * ("quarter" 4, "half" 2). "second" is among them but never read as one: see {@link #ordinal}.
   */
  private static final Map<String, Double> ORDINALS = new HashMap<>();
  private static final Set<String> DOZENS = Set.copyOf(Numerals.dozens());
  private static final Set<String> ZEROS = new HashSet<>();
  /**
   * The words a spelled number can open with: "a", "an", "half", "quarter" and the words of
   * SMALL. The grammar reads nothing else first (a scale word, an ordinal, "point", "over" or
   * "and" need a number before them), so {@link #parse} returns null at any other word without
   * running it.
   */
  private static final Set<String> OPENERS = new HashSet<>();
  /** The first letters of {@link #OPENERS} that are ASCII, one bit each ('a' is bit 0). */
  private static final int OPENER_INITIALS;

  static {
    Numerals.cardinals().forEach((word, value) -> {
      if (value < 100) {
        CARDINALS.put(word, value.intValue());
      }
    });
    SMALL.putAll(CARDINALS);
    ZEROS.add(Numerals.cardinal(0));
    for (String zero : Numerals.zeroWords()) {
      SMALL.put(zero, 0);
      ZEROS.add(zero);
    }
    Numerals.ordinals().forEach((word, value) -> ORDINALS.put(word, value.doubleValue()));
    Numerals.fractions().forEach((word, value) -> ORDINALS.put(word, value.doubleValue()));
    OPENERS.addAll(SMALL.keySet());
    OPENERS.addAll(Set.of("a", "an", "half", "quarter"));
    int initials = 0;
    for (String w : OPENERS) {
      char c = w.charAt(0);
      if (c >= 'a' && c <= 'z') {
        initials |= 1 << (c - 'a');
      }
    }
    OPENER_INITIALS = initials;
  }

  private NumberWords() {}

  /**
   * Value of a lower-case number word below a hundred: "seven", "twenty" or "twenty-five"; -1 when
   * the word is not one ("nought" is not read here). Shared with dedup's normaliser so both read
   * number words alike.
   */
  public static int valueOf(String w) {
    int dash = w.indexOf('-');
    if (dash < 0) {
      return CARDINALS.getOrDefault(w, -1);
    }
    int tens = CARDINALS.getOrDefault(w.substring(0, dash), -1);
    int unit = CARDINALS.getOrDefault(w.substring(dash + 1), -1);
    boolean valid = tens >= 20 && tens % 10 == 0 && unit >= 1 && unit <= 9;
    return valid ? tens + unit : -1;
  }

  /** A token of the grammar: a lower-case word or an integer in digits, with its extent. */
  private record Token(String word, int start, int end, Double digits) {}

  /** Parses a spelled-out number starting at word start {@code i}, or null. */
  static NumberSpan parse(String s, int i) {
    if (i >= 0 && i < s.length() && !mayOpen(s.charAt(i))) {
      return null; // most words: no substring, no lower-casing, no grammar
    }
    Token first = token(s, i);
    if (first == null || first.digits != null || !OPENERS.contains(first.word)) {
      return null;
    }
    return new Parser(s).run(first, null);
  }

  /**
   * False when a word starting with {@code c} cannot be in {@link #OPENERS}: an ASCII letter whose
   * lower case starts none of them. Other characters are left to the full check (a non-ASCII
   * letter may lower-case to an ASCII one, as the Kelvin sign does to "k").
   */
  private static boolean mayOpen(char c) {
    char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    return lower < 'a' || lower > 'z' || (OPENER_INITIALS & (1 << (lower - 'a'))) != 0;
  }

  /** Extends a number in digits with scale words and fractions ("3 hundred and 21", "2 million"). */
  static NumberSpan continueAfterDigits(String s, NumberSpan digits) {
    Token next = token(s, nextTokenStart(s, digits.end()));
    if (next == null || next.digits != null) {
      return null;
    }
    boolean continues = LARGE.containsKey(next.word) || next.word.equals("hundred") || DOZENS.contains(next.word)
        || next.word.equals("over") || next.word.equals("and");
    if (!continues) {
      return null;
    }
    NumberSpan n = new Parser(s).run(new Token("#", digits.start(), digits.end(), digits.value()), null);
    return n == null || n.end() <= digits.end() ? null : n;
  }

  /** Recursive-descent-ish left-to-right reader of one number. */
  private static final class Parser {
    private final String s;
    private double total;
    private double current;
    private double lastLarge = 1;
    private int end;
    private boolean any;

    Parser(String s) {
      this.s = s;
    }

    NumberSpan run(Token first, Double unused) {
      Token t = first;
      String prev = null;
      boolean article = false;
      int start = first.start;
      if (t.word.equals("a") || t.word.equals("an")) {
        Token n = next(t);
        if (n == null || !(n.word.equals("hundred") || LARGE.containsKey(n.word) || DOZENS.contains(n.word)
            || ordinal(n.word) > 0 || (SMALL.getOrDefault(n.word, 0) >= 20 && ordinalAfterTens(n) > 0))) {
          return null;
        }
        current = 1;
        article = true;
        end = t.end;
        prev = "a";
        t = n;
      } else if (t.word.equals("half") || t.word.equals("quarter")) {
        double v = t.word.equals("half") ? 0.5 : 0.25;
        Token n = next(t);
        if (n != null && n.word.equals("a")) {
          Token d = next(n);
          if (d != null && DOZENS.contains(d.word)) {
            return new NumberSpan(start, d.end, v * 12);
          }
          if (d != null && LARGE.containsKey(d.word)) {
            return new NumberSpan(start, d.end, v * LARGE.get(d.word)); // "half a million"
          }
        }
        if (n != null && LARGE.containsKey(n.word)) {
          return new NumberSpan(start, n.end, v * LARGE.get(n.word));
        }
        return null;
      }
      while (t != null) {
        String w = t.word;
        int value = t.digits != null ? -2 : SMALL.getOrDefault(w, -1);
        boolean digitsAfterAnd = "and".equals(prev) && current >= 100 && current % 100 == 0
            && t.digits != null && t.digits < 100;
        if (digitsAfterAnd) {
          current += t.digits; // "3 hundred and 21"
          take(t);
        } else if (t.digits != null && (!any || (current == 0 && (total > 0 || "and".equals(prev))) || prev == null)) {
          if (any && current != 0) {
            break;
          }
          current += t.digits;
          take(t);
        } else if (value >= 0) {
          if (ZEROS.contains(w) && any) {
            break;
          }
          if (value >= 20 && any && current > 0 && !canAdd(value, prev)) {
            double den = ordinalAfterTens(t);
            if (den > 0) {
              return fraction(start, den);
            }
            break;
          }
          if (!canAdd(value, prev) && any) {
            break;
          }
          current += value;
          take(t);
          if (ZEROS.contains(w)) {
            Token n = next(t);
            if (n == null || !n.word.equals("point")) {
              return new NumberSpan(start, end, 0);
            }
          }
        } else if (w.equals("hundred") && any && current > 0 && current < 100 && !"a#".equals(prev)) {
          current *= 100;
          take(t);
        } else if (w.equals("hundred") && article && !any) {
          current = 100;
          take(t);
        } else if (LARGE.containsKey(w) && (any || article) && current > 0) {
          lastLarge = LARGE.get(w);
          total += current * lastLarge;
          current = 0;
          take(t);
        } else if (DOZENS.contains(w) && (any || article) && current > 0) {
          current = lastGroupTimes(12);
          take(t);
        } else if (ordinal(w) > 0 && (any || article) && current > 0) {
          return fractionWith(t, start, ordinal(w));
        } else if (w.equals("point") && any && current >= 0) {
          Token n = next(t);
          if (n == null || SMALL.getOrDefault(n.word, -1) < 0) {
            break;
          }
          StringBuilder decimals = new StringBuilder();
          int decimalsEnd = t.end;
          while (n != null && SMALL.getOrDefault(n.word, -1) >= 0) {
            decimals.append(SMALL.get(n.word));
            decimalsEnd = n.end;
            n = next(n);
          }
          return new NumberSpan(start, decimalsEnd, total + current + Double.parseDouble("0." + decimals));
        } else if (w.equals("over") && any && current > 0) {
          Token n = next(t);
          NumberSpan den = n == null ? null : (n.digits != null ? new NumberSpan(n.start, n.end, n.digits) : parse(s, n.start));
          if (den == null || den.value() == 0 || wordAfterSpace(s, den.end())) {
            break; // "$2000 over 3 years" is not a fraction
          }
          return new NumberSpan(start, den.end(), (total + current) / den.value());
        } else if (w.equals("and") && any) {
          NumberSpan tail = andTail(t);
          if (tail == null) {
            break;
          }
          if (tail.end() < 0) {
            prev = "and";
            t = next(t);
            continue;
          }
          return new NumberSpan(start, tail.end(), tail.value());
        } else {
          break;
        }
        any = true;
        prev = t.digits != null ? "#" : w;
        t = next(t);
      }
      if (!any) {
        return null;
      }
      return new NumberSpan(start, end, total + current);
    }

    /** After "and": another group (continue: end -1), "a half"/"three quarters" (done), or null. */
    private NumberSpan andTail(Token and) {
      Token n = next(and);
      if (n == null) {
        return null;
      }
      double unit = lastLarge > 1 && current == 0 ? lastLarge : 1;
      if (n.word.equals("a") || n.word.equals("an")) {
        Token d = next(n);
        if (d == null) {
          return null;
        }
        double den = ordinal(d.word);
        if (den > 0) {
          Token after = next(d);
          if (after != null && LARGE.containsKey(after.word)) {
            // "five and a half million", "one billion and a quarter million": the scale word
            // multiplies the group with its fraction, added to the groups already closed
            return new NumberSpan(0, after.end, total + (current + 1 / den) * LARGE.get(after.word));
          }
          return new NumberSpan(0, d.end, total + current + unit / den);
        }
        return null;
      }
      int v = n.digits != null ? -2 : SMALL.getOrDefault(n.word, -1);
      boolean groupOpen = (current >= 100 && current % 100 == 0) || (total > 0 && current == 0) || current > 0;
      if ((v >= 0 || n.digits != null) && groupOpen) {
        // "and three quarters", "and two thirds": a fraction of the last unit
        Parser sub = new Parser(s);
        NumberSpan frac = sub.run(n, null);
        if (frac != null && sub.wasFraction && frac.value() < 1) {
          Token after = token(s, nextTokenStart(s, frac.end()));
          if (after == null || !LARGE.containsKey(after.word)) {
            return new NumberSpan(0, frac.end(), total + current + frac.value() * unit);
          }
        }
        Token after = next(n);
        if (current >= 100 && after != null && after.word.equals("hundred")) {
          return null; // "3 hundred and 2 hundred": a second hundreds group is another number
        }
        if (current >= 100 && current % 100 == 0 || total > 0 && current == 0) {
          return new NumberSpan(0, -1, 0); // "one hundred and six", "four thousand and two"
        }
        if (frac != null && sub.wasFraction && current > 0 && total == 0) {
          return new NumberSpan(0, frac.end(), current + frac.value());
        }
      }
      return null;
    }

    private boolean wasFraction;

    private NumberSpan fractionWith(Token ordinalToken, int start, double den) {
      end = ordinalToken.end;
      NumberSpan f = fraction(start, den);
      // "a quarter million", "two thirds of a million": a fraction of a scale word
      Token n = next(ordinalToken);
      if (n != null && n.word.equals("of")) {
        Token a = next(n);
        n = a != null && (a.word.equals("a") || a.word.equals("an")) ? next(a) : null;
      }
      if (n != null && LARGE.containsKey(n.word) && total == 0) {
        return new NumberSpan(start, n.end, f.value() * LARGE.get(n.word));
      }
      return f;
    }

    private NumberSpan fraction(int start, double den) {
      wasFraction = true;
      double numerator = total + current;
      if (total > 0 && current > 0 && current / den < 1) {
        return new NumberSpan(start, end, total + current / den); // "two hundred and fifty-four hundredths"
      }
      return new NumberSpan(start, end, numerator / den);
    }

    private boolean canAdd(int value, String prev) {
      if (!any) {
        return true;
      }
      if (current == 0) {
        return total > 0 || "and".equals(prev);
      }
      int lastTwo = (int) (current % 100);
      if (value < 10) {
        return lastTwo >= 20 && lastTwo % 10 == 0 || (lastTwo == 0 && current >= 100);
      }
      return lastTwo == 0 && current >= 100;
    }

    /** "three hundred and two dozens" = 300 + 2 x 12: the dozen multiplies the last small number. */
    private double lastGroupTimes(int factor) {
      double hundreds = Math.floor(current / 100) * 100;
      double small = current - hundreds;
      return small == 0 ? current * factor : hundreds + small * factor;
    }

    /** "twenty fifths" after a numerator: the denominator 25 (tens + ordinal unit). */
    private double ordinalAfterTens(Token tens) {
      int value = SMALL.get(tens.word);
      Token n = next(tens);
      if (n == null) {
        return -1;
      }
      double unit = ordinal(n.word);
      if (unit > 0 && unit < 10) {
        end = n.end;
        return value + unit;
      }
      return -1;
    }

    private void take(Token t) {
      end = t.end;
      any = true;
    }

    private Token next(Token t) {
      return token(s, nextTokenStart(s, t.end));
    }
  }

  /** Value of an ordinal or fraction word ("fifths" = 5, "quarter" = 4); -1 when it is none. */
  /** One space at {@code i}, then a letter ("3 years" after "over"): a count of something, not a denominator. */
  private static boolean wordAfterSpace(String s, int i) {
    return i + 1 < s.length() && s.charAt(i) == ' ' && Character.isLetter(s.charAt(i + 1));
  }

  private static double ordinal(String w) {
    if (w.equals("second") || w.equals("seconds")) {
      return -1; // "a second" is a time, not a half
    }
    String singular = w.equals("halves") ? "half" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    return ORDINALS.getOrDefault(singular, -1.0);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The token at {@code i}: a word or an integer, or null. */
  private static Token token(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return null;
    }
    // ASCII digits only: Character.isDigit also accepts other scripts' digits ("٦"), which
    // Double.parseDouble cannot read (a crash found by fuzzing).
    if (isAsciiDigit(s.charAt(i))) {
      int j = i;
      while (j < s.length() && isAsciiDigit(s.charAt(j))) {
        j++;
      }
      if (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == ',')) {
        return null;
      }
      return new Token("#", i, j, Double.parseDouble(s.substring(i, j)));
    }
    String w = wordAt(s, i);
    return w.isEmpty() ? null : new Token(w.toLowerCase(Locale.ROOT), i, i + w.length(), null);
  }

  /** The next token after {@code pos}: across spaces and one hyphen ("twenty-one", "fifty - two"). */
  private static int nextTokenStart(String s, int pos) {
    int j = skipSpaces(s, pos);
    if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '–')) {
      j = skipSpaces(s, j + 1);
    } else if (j == pos) {
      return -1;
    }
    return j < s.length() && Character.isLetterOrDigit(s.charAt(j)) ? j : -1;
  }

  /** End of the word (letters and inner hyphens) starting at {@code i}. */
  static int wordEnd(String s, int i) {
    int j = i;
    while (j < s.length()
        && (Character.isLetter(s.charAt(j))
            || (s.charAt(j) == '-' && j + 1 < s.length() && Character.isLetter(s.charAt(j + 1)) && j > i))) {
      j++;
    }
    return j;
  }

  /** The letters starting at {@code i} (may be empty). */
  static String wordAt(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isLetter(s.charAt(j))) {
      j++;
    }
    return s.substring(i, j);
  }

  /** The word ending right before {@code i} (spaces skipped), or "". */
  static String wordBefore(String s, int i) {
    int j = i;
    while (j > 0 && s.charAt(j - 1) == ' ') {
      j--;
    }
    int k = j;
    while (k > 0 && Character.isLetter(s.charAt(k - 1))) {
      k--;
    }
    return s.substring(k, j);
  }

  static int skipSpaces(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    return j;
  }
}
