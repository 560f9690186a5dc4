package io.claimsift.lexicon;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * English weekday names and abbreviations, from {@code weekdays.tsv}: loaded once, immutable,
 * thread-safe. Every form starts with its day's three-letter key ("thurs" -> "thu"), which is how
 * {@link #day} reads a name.
 */
public final class Weekdays {

  private static final List<String> NAMES;
  private static final List<String> ABBREVIATIONS;
  private static final List<String> KEYS;

  static {
    List<String> names = new ArrayList<>();
    List<String> abbreviations = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (String[] row : WordFiles.rows("weekdays.tsv", 2)) {
      names.add(row[0]);
      keys.add(row[0].substring(0, 3));
      abbreviations.addAll(List.of(row[1].trim().split(" +")));
    }
    NAMES = List.copyOf(names);
    ABBREVIATIONS = List.copyOf(abbreviations);
    KEYS = List.copyOf(keys);
  }

  private Weekdays() {}

  /** "monday" ... "sunday", lower case, from Monday. */
  public static List<String> names() {
    return NAMES;
  }

  /** "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun": lower case, day by day. */
  public static List<String> abbreviations() {
    return ABBREVIATIONS;
  }

  /** The three-letter keys "mon" ... "sun", from Monday. */
  public static List<String> keys() {
    return KEYS;
  }

  /** The day of a name or abbreviation in any case ("Thurs", "FRIDAY"), by its first three letters; null when none. */
  public static DayOfWeek day(String word) {
    int i = KEYS.indexOf(word.substring(0, 3).toLowerCase(Locale.ROOT));
    return i < 0 ? null : DayOfWeek.of(i + 1);
  }
}
