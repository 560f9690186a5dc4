package io.claimsift.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Units of measure written after a number, from {@code units.tsv}: loaded once, immutable,
 * thread-safe, in the file's order.
 */
public final class UnitList {

  /**
   * A unit: its canonical English name ("Kilometer"), what it measures ("length"), its size in the
   * dimension's base unit (null where no factor converts it, as for temperatures), its symbols
   * (matched with their case; a leading "+" marks a symbol read only glued to the number) and its
   * spelled-out names, singular and plural (matched in any case).
   */
  public record Unit(String name, String dimension, Double scale, List<String> symbols, List<String> names) {}

  private static final List<Unit> UNITS;

  static {
    List<Unit> units = new ArrayList<>();
    for (String[] row : WordFiles.rows("units.tsv", 5)) {
      Double scale = row[2].equals("-") ? null : Double.valueOf(row[2]);
      units.add(new Unit(row[0], row[1], scale, forms(row[3]), forms(row[4])));
    }
    UNITS = List.copyOf(units);
  }

  private UnitList() {}

  private static List<String> forms(String column) {
    return column.isEmpty() ? List.of() : List.copyOf(Arrays.asList(column.split("\\|")));
  }

  /** Every unit, in the file's order. */
  public static List<Unit> units() {
    return UNITS;
  }
}
