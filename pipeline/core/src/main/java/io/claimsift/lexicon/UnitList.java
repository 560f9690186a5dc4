package io.claimsift.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Units of measure written after a number, from {@code units.tsv}: loaded once, immutable,
 * thread-safe, in the file's order (the order to try them in: compound and longer forms first).
 */
public final class UnitList {

  /** A unit: its canonical English name ("Kilometer") and its written forms as a Java regular expression. */
  public record Unit(String name, String regex) {}

  private static final List<Unit> UNITS;

  static {
    List<Unit> units = new ArrayList<>();
    for (String[] row : WordFiles.rows("units.tsv", 2)) {
      units.add(new Unit(row[0], row[1]));
    }
    UNITS = List.copyOf(units);
  }

  private UnitList() {}

  /** Every unit, in the order to try them in. */
  public static List<Unit> units() {
    return UNITS;
  }
}
