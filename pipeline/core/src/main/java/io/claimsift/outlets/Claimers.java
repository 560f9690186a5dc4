package io.claimsift.outlets;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The distinct claimers of a claim's mentions: who the figure comes from, as the sources name it. */
public final class Claimers {
  private Claimers() {}

  /**
   * The distinct claimers, whitespace collapsed and compared ignoring case, sorted (ignoring case,
   * then as written); of spellings that differ only in case, the smallest as written is kept.
   * Nulls and blanks are skipped.
   */
  public static List<String> distinct(Collection<String> attributions) {
    Map<String, String> byKey = new TreeMap<>();
    attributions.stream().filter(Objects::nonNull).map(a -> a.strip().replaceAll("\\s+", " "))
        .filter(a -> !a.isEmpty())
        .forEach(a -> byKey.merge(a.toLowerCase(Locale.ROOT), a, (x, y) -> x.compareTo(y) <= 0 ? x : y));
    return List.copyOf(byKey.values());
  }
}
