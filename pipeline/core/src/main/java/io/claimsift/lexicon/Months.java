package io.claimsift.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * English month names and abbreviations, from {@code months.tsv}: loaded once, immutable,
 * thread-safe. Every form starts with its month's three-letter key ("sept" -> "sep"), which is how
 * {@link #number} reads a name.
 */
public final class Months {

  private static final List<String> NAMES;
  private static final List<String> ABBREVIATIONS;
  private static final List<String> KEYS;

  static {
    List<String> names = new ArrayList<>();
    List<String> abbreviations = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (String[] row : WordFiles.rows("months.tsv", 2)) {
      names.add(row[0]);
      keys.add(row[0].substring(0, 3));
      if (!row[1].isBlank()) {
        abbreviations.addAll(List.of(row[1].trim().split(" +")));
      }
    }
    NAMES = List.copyOf(names);
    ABBREVIATIONS = List.copyOf(abbreviations);
    KEYS = List.copyOf(keys);
  }

  private Months() {}

  /** "january" ... "december", lower case, in calendar order. */
  public static List<String> names() {
    return NAMES;
  }

  /** "jan", "feb", "mar", "apr", "jun", ... "sept", "sep", ... "dec": lower case, month by month, preferred first. */
  public static List<String> abbreviations() {
    return ABBREVIATIONS;
  }

  /** The names, then the abbreviations: every month word, lower case. */
  public static List<String> words() {
    List<String> all = new ArrayList<>(NAMES);
    all.addAll(ABBREVIATIONS);
    return List.copyOf(all);
  }

  /**
   * The month (1-12) of a name or abbreviation in any case, with or without a trailing dot
   * ("March", "Sept.", "dec"), by its first three letters; 0 when they are no month's key.
   */
  public static int number(String word) {
    return KEYS.indexOf(word.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }
}
