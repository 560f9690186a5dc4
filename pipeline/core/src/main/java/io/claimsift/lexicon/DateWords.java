package io.claimsift.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The date engine's words by role, from {@code date-words.tsv} (unit, period, deixis, season,
 * holiday, year-word, step, relation, ago), with the value some roles give a word ("next" +1,
 * "yesterday" -1): loaded once, immutable, thread-safe.
 */
public final class DateWords {

  private static final Map<String, Set<String>> BY_ROLE;
  private static final Map<String, Map<String, Integer>> VALUES_BY_ROLE;

  static {
    Map<String, Set<String>> roles = new HashMap<>();
    Map<String, Map<String, Integer>> values = new HashMap<>();
    for (String[] row : WordFiles.rows("date-words.tsv", 3)) {
      String word = row[0].strip();
      String role = row[1].strip();
      roles.computeIfAbsent(role, r -> new HashSet<>()).add(word);
      if (!row[2].isBlank()) {
        values.computeIfAbsent(role, r -> new HashMap<>()).put(word, Integer.parseInt(row[2].strip()));
      }
    }
    Map<String, Set<String>> byRole = new HashMap<>();
    roles.forEach((role, words) -> byRole.put(role, WordSet.copyOf(words)));
    Map<String, Map<String, Integer>> valuesByRole = new HashMap<>();
    values.forEach((role, words) -> valuesByRole.put(role, Map.copyOf(words)));
    BY_ROLE = Map.copyOf(byRole);
    VALUES_BY_ROLE = Map.copyOf(valuesByRole);
  }

  private DateWords() {}

  /** The lower-case words of {@code role}; empty for an unknown role. */
  public static Set<String> of(String role) {
    return BY_ROLE.getOrDefault(role, Set.of());
  }

  /** The words of {@code role} that have a value, with it; empty for an unknown role. */
  public static Map<String, Integer> values(String role) {
    return VALUES_BY_ROLE.getOrDefault(role, Map.of());
  }
}
