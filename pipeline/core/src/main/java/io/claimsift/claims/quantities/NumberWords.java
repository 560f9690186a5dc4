package io.claimsift.claims.quantities;

import java.util.Locale;
import java.util.Map;

/** Parses spelled-out English numbers ("two billion", "twenty-five", "a dozen") at a position. */
public final class NumberWords {

  /** A parsed spelled-out number covering {@code [start, end)}; {@code value * scale} is its magnitude. */
  record Parsed(int start, int end, double value, double scale, boolean loneOne) {}

  private static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
          Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
          Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
          Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
          Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
          Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
          Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  /** Multipliers that close a group; the last one becomes the scale ("two billion" = 2 x 1e9). */
  private static final Map<String, Double> LARGE =
      Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  private NumberWords() {}

  /** Parses a spelled-out number starting at word start {@code i}, or returns null. */
  static Parsed parse(String s, int i) {
    int end = wordEnd(s, i);
    String first = lower(s, i, end);
    boolean article = first.equals("a");
    if (!article && small(first) < 0) {
      return null;
    }
    if (article) {
      int next = nextWordStart(s, end);
      if (next < 0 || !isMultiplier(lower(s, next, wordEnd(s, next)))) {
        return null; // "a staggering ..." is not a number; "a dozen", "a million" are
      }
    }
    double total = 0;
    double current = article ? 1 : small(first);
    double lastLarge = 1;
    boolean afterTens = current >= 20 && current % 10 == 0 && !first.contains("-");
    int words = 1;
    int pos = end;
    while (true) {
      int next = nextWordStart(s, pos);
      if (next < 0) {
        break;
      }
      int nextEnd = wordEnd(s, next);
      String w = lower(s, next, nextEnd);
      if (w.equals("and") && current % 100 == 0 && current > 0) {
        // "one hundred and five": only inside a hundreds group
        int after = nextWordStart(s, nextEnd);
        int n = after < 0 ? -1 : small(lower(s, after, wordEnd(s, after)));
        if (n < 0 || n >= 100) {
          break;
        }
        current += n;
        pos = wordEnd(s, after);
        words += 2;
        afterTens = false;
        continue;
      }
      if (w.equals("hundred") || w.equals("dozen")) {
        current = (current == 0 ? 1 : current) * (w.equals("hundred") ? 100 : 12);
        afterTens = false;
      } else if (LARGE.containsKey(w)) {
        lastLarge = LARGE.get(w);
        total += (current == 0 ? 1 : current) * lastLarge;
        current = 0;
        afterTens = false;
      } else if (small(w) >= 0 && small(w) < 10 && afterTens) {
        current += small(w); // "twenty five" written with a space
        afterTens = false;
      } else if (small(w) >= 0 && current == 0) {
        current = small(w); // "two million three hundred ..."
        afterTens = small(w) >= 20 && small(w) % 10 == 0;
      } else {
        break;
      }
      pos = nextEnd;
      words++;
    }
    double magnitude = total + current;
    boolean endsWithLarge = current == 0 && total > 0;
    double scale = endsWithLarge ? lastLarge : 1;
    return new Parsed(i, pos, magnitude / scale, scale, words == 1 && magnitude == 1);
  }

  private static boolean isMultiplier(String w) {
    return w.equals("hundred") || w.equals("dozen") || LARGE.containsKey(w);
  }

  /**
   * Value of a lower-case number word below a hundred: "seven", "twenty" or "twenty-five"; -1 when
   * the word is not one. Shared with dedup's normaliser so both read number words alike.
   */
  public static int valueOf(String w) {
    return small(w);
  }

  /** Value of "seven", "twenty" or "twenty-five"; -1 when the word is not such a number. */
  private static int small(String w) {
    int dash = w.indexOf('-');
    if (dash < 0) {
      return SMALL.getOrDefault(w, -1);
    }
    int tens = SMALL.getOrDefault(w.substring(0, dash), -1);
    int unit = SMALL.getOrDefault(w.substring(dash + 1), -1);
    boolean valid = tens >= 20 && tens % 10 == 0 && unit >= 1 && unit <= 9;
    return valid ? tens + unit : -1;
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

  /** Start of the next word when only spaces separate it from {@code pos}, else -1. */
  private static int nextWordStart(String s, int pos) {
    int j = pos;
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    return j > pos && j < s.length() && Character.isLetter(s.charAt(j)) ? j : -1;
  }

  private static String lower(String s, int from, int to) {
    return s.substring(from, to).toLowerCase(Locale.ROOT);
  }
}
