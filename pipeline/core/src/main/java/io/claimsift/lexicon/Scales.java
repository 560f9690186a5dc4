package io.claimsift.lexicon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scale words that multiply the number before them ("2 million", "$5bn", "3 lakh"), from
 * {@code scales.tsv}: loaded once, immutable, thread-safe; every map keeps the file's order.
 */
public final class Scales {

  private static final Map<String, Double> ALL;
  private static final Map<String, Double> SPELLED;
  private static final Map<String, Double> AFTER_CURRENCY_CODE;

  static {
    Map<String, Double> all = new LinkedHashMap<>();
    Map<String, Double> spelled = new LinkedHashMap<>();
    Map<String, Double> afterCode = new LinkedHashMap<>();
    for (String[] row : WordFiles.rows("scales.tsv", 4)) {
      double multiplier = Double.parseDouble(row[1]);
      all.put(row[0], multiplier);
      if (row[2].equals("word")) {
        spelled.put(row[0], multiplier);
      }
      if (row[3].equals("yes")) {
        afterCode.put(row[0], multiplier);
      }
    }
    ALL = Collections.unmodifiableMap(all);
    SPELLED = Collections.unmodifiableMap(spelled);
    AFTER_CURRENCY_CODE = Collections.unmodifiableMap(afterCode);
  }

  private Scales() {}

  /** Every scale word and abbreviation with its multiplier: "thousand" 1e3 ... "bn" 1e9 ... "t" 1e12. */
  public static Map<String, Double> all() {
    return ALL;
  }

  /** The spelled-out ones: "thousand", "million", "billion", "trillion", "lakh", "crore". */
  public static Map<String, Double> spelled() {
    return SPELLED;
  }

  /** Those read after an ISO currency code ("USD 2 million", "EUR 3 bn"). */
  public static Map<String, Double> afterCurrencyCode() {
    return AFTER_CURRENCY_CODE;
  }
}
