package io.claimsift.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The date engine's cue words by role, from {@code date-words.tsv} (unit, period, deixis, season,
 * holiday, year-word): loaded once, immutable, thread-safe.
 */
public final class DateWords {

  private static final Map<String, Set<String>> BY_ROLE = load();

  private DateWords() {}

  /** The lower-case words of {@code role}; empty for an unknown role. */
  public static Set<String> of(String role) {
    return BY_ROLE.getOrDefault(role, Set.of());
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> roles = new HashMap<>();
    for (String[] row : WordFiles.rows("date-words.tsv", 2)) {
      roles.computeIfAbsent(row[1].strip(), r -> new HashSet<>()).add(row[0].strip());
    }
    Map<String, Set<String>> out = new HashMap<>();
    roles.forEach((role, words) -> out.put(role, Set.copyOf(words)));
    return Map.copyOf(out);
  }
}
