package io.claimsift.claims.quantities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the quantity grammar, by role, from the lexicon file {@code
 * quantity-words.tsv} (word or phrase, tab, role; the roles are documented in the file): loaded
 * once, immutable, thread-safe.
 */
final class QuantityWords {

  private static final String FILE = "/io/claimsift/lexicon/quantity-words.tsv";
  private static final Map<String, Set<String>> BY_ROLE = load();

  private QuantityWords() {}

  /** The words of {@code role}, lower case; an unknown role is an error (a typo would silently match nothing). */
  static Set<String> of(String role) {
    Set<String> words = BY_ROLE.get(role);
    if (words == null) {
      throw new IllegalArgumentException("no role " + role + " in " + FILE);
    }
    return words;
  }

  /** True when {@code word}, lower-cased, has {@code role}. */
  static boolean is(String role, String word) {
    return of(role).contains(word.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = QuantityWords.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + FILE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != 2 || row[0].isBlank() || !row[0].equals(row[0].toLowerCase(Locale.ROOT))) {
          throw new IllegalStateException(FILE + ": expected a lower-case word, a tab and a role in: " + line);
        }
        out.computeIfAbsent(row[1], r -> new HashSet<>()).add(row[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    out.forEach((role, words) -> frozen.put(role, Set.copyOf(words)));
    return Map.copyOf(frozen);
  }

  /** The roles in the file (for its test). */
  static List<String> roles() {
    return BY_ROLE.keySet().stream().sorted().toList();
  }
}
