package io.claimsift.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The holidays the date engine reads, from {@code holidays.tsv}: each name as written (lower case)
 * with the rule that places it in a year ("fixed 12-25", "easter 1", "weekday 11 4 thursday 0").
 * Loaded once, immutable, thread-safe.
 */
public final class Holidays {

  private static final Map<String, String> RULES;

  static {
    Map<String, String> rules = new LinkedHashMap<>();
    for (String[] row : WordFiles.rows("holidays.tsv", 2)) {
      rules.put(row[0].strip(), row[1].strip());
    }
    RULES = java.util.Collections.unmodifiableMap(rules);
  }

  private Holidays() {}

  /** Each holiday name, in file order, with its rule. */
  public static Map<String, String> rules() {
    return RULES;
  }
}
