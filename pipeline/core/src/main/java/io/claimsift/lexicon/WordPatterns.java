package io.claimsift.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Regular-expression pieces built from word lists, so that a pattern lists the lexicon's words
 * instead of a copy of them. The words keep their order: in an alternation the earlier word is
 * preferred, so lists put longer forms before their prefixes where that matters.
 */
public final class WordPatterns {

  private WordPatterns() {}

  /** {@code "a|b|c"}: the words joined as alternatives, in order, regex metacharacters escaped. */
  public static String anyOf(Collection<String> words) {
    List<String> escaped = new ArrayList<>();
    for (String w : words) {
      escaped.add(escape(w));
    }
    return String.join("|", escaped);
  }

  /** The words with their first letter in upper case ("january" -> "January"), in order. */
  public static List<String> capitalised(Collection<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    return List.copyOf(out);
  }

  /** A character class of single characters ({@code "[$€£]"}), in order, escaped where needed. */
  public static String characterClass(Collection<String> characters) {
    StringBuilder b = new StringBuilder("[");
    for (String c : characters) {
      b.append("\\^-[]&".contains(c) ? "\\" + c : c);
    }
    return b.append(']').toString();
  }

  private static String escape(String word) {
    StringBuilder b = new StringBuilder();
    for (char c : word.toCharArray()) {
      if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
