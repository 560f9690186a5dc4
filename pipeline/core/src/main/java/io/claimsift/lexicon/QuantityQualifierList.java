package io.claimsift.lexicon;

import java.util.Comparator;
import java.util.List;

/**
 * Bound and change words around a quantity ("about", "more than", "up to", "or more"; "rose by",
 * "fell", "a 5% drop"), from {@code quantity-qualifiers.tsv}: loaded once, immutable, thread-safe.
 */
public final class QuantityQualifierList {

  /**
   * One phrase of the file.
   *
   * @param phrase lower-case words (a space matches any run of spaces) or a symbol ("~", "+")
   * @param before true when it stands before the quantity, false when after it
   * @param bound true for a bound word ({@code value} is {@code ~ < > <= >=}), false for a change
   *     word ({@code value} is {@code up} or {@code down})
   * @param value the bound or the direction of change
   */
  public record Qualifier(String phrase, boolean before, boolean bound, String value) {
    /** True for a phrase of symbols, which needs no word boundary ("~5", "5,000+"). */
    public boolean symbol() {
      for (int i = 0; i < phrase.length(); i++) { // a loop: this runs for every phrase tried at every quantity
        if (Character.isLetter(phrase.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private static final List<Qualifier> ALL = load();

  private QuantityQualifierList() {}

  /** Every qualifier, longest phrase first (so "at least" is tried before "least"), then file order. */
  public static List<Qualifier> all() {
    return ALL;
  }

  private static List<Qualifier> load() {
    List<Qualifier> out = WordFiles.rows("quantity-qualifiers.tsv", 4).stream()
        .map(row -> new Qualifier(row[0], parsePosition(row), parseRole(row), row[3]))
        .sorted(Comparator.comparingInt((Qualifier q) -> -q.phrase().length()))
        .toList();
    for (Qualifier q : out) {
      boolean valid = q.bound() ? List.of("~", "<", ">", "<=", ">=").contains(q.value())
          : List.of("up", "down").contains(q.value());
      if (!valid) {
        throw new IllegalStateException("quantity-qualifiers.tsv: bad value for '" + q.phrase() + "': " + q.value());
      }
    }
    return out;
  }

  private static boolean parsePosition(String[] row) {
    return switch (row[1]) {
      case "before" -> true;
      case "after" -> false;
      default -> throw new IllegalStateException("quantity-qualifiers.tsv: position must be before or after: " + row[1]);
    };
  }

  private static boolean parseRole(String[] row) {
    return switch (row[2]) {
      case "bound" -> true;
      case "change" -> false;
      default -> throw new IllegalStateException("quantity-qualifiers.tsv: role must be bound or change: " + row[2]);
    };
  }
}
