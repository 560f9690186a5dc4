package io.claimsift.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spelled-out English number words, from {@code number-words.tsv}: cardinals, other words for
 * zero, ordinals, fraction words, forms of "dozen" and decades. Loaded once, immutable,
 * thread-safe; every map keeps the file's order. Scale words (thousand, million, "bn") are in
 * {@link Scales}.
 */
public final class Numerals {

  private static final Map<String, Map<String, Long>> BY_KIND = load();

  private Numerals() {}

  /** "zero" 0 ... "nineteen" 19, "twenty" 20 ... "ninety" 90, "hundred" 100. */
  public static Map<String, Long> cardinals() {
    return kind("cardinal");
  }

  /** The cardinals valued {@code from} to {@code to} (inclusive), in order: (1, 9) gives "one" ... "nine". */
  public static List<String> cardinals(long from, long to) {
    return between(cardinals(), from, to);
  }

  /** The cardinal word for {@code value} ("fifteen" for 15); null when there is none. */
  public static String cardinal(long value) {
    List<String> words = cardinals(value, value);
    return words.isEmpty() ? null : words.get(0);
  }

  /** Words for 0 other than "zero": "nought", "naught". */
  public static List<String> zeroWords() {
    return List.copyOf(kind("zero").keySet());
  }

  /** "first" 1 ... "nineteenth" 19, "twentieth" 20 ... "ninetieth" 90, "hundredth" 100 ... "trillionth" 1e12. */
  public static Map<String, Long> ordinals() {
    return kind("ordinal");
  }

  /** The ordinals valued {@code from} to {@code to} (inclusive), in order: (1, 31) gives the days of a month's words. */
  public static List<String> ordinals(long from, long to) {
    return between(ordinals(), from, to);
  }

  /** Fraction words and their denominators: "half" 2, "quarter" 4. */
  public static Map<String, Long> fractions() {
    return kind("fraction");
  }

  /** "dozen" and its plural and abbreviations ("dz", "doz"). */
  public static List<String> dozens() {
    return List.copyOf(kind("dozen").keySet());
  }

  /** "twenties" 20 ... "nineties" 90: decades of a century, valued by their first year. */
  public static Map<String, Long> decades() {
    return kind("decade");
  }

  private static Map<String, Long> kind(String kind) {
    return BY_KIND.getOrDefault(kind, Map.of());
  }

  private static List<String> between(Map<String, Long> words, long from, long to) {
    List<String> out = new ArrayList<>();
    words.forEach((w, v) -> {
      if (v >= from && v <= to) {
        out.add(w);
      }
    });
    return List.copyOf(out);
  }

  private static Map<String, Map<String, Long>> load() {
    Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
    for (String[] row : WordFiles.rows("number-words.tsv", 3)) {
      byKind.computeIfAbsent(row[2], k -> new LinkedHashMap<>()).put(row[0], Long.parseLong(row[1]));
    }
    byKind.replaceAll((k, m) -> Collections.unmodifiableMap(m));
    return Collections.unmodifiableMap(byKind);
  }
}
