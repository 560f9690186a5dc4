package io.claimsift.claims.quantities;

import java.util.Locale;

/** What a stated number measures. */
public enum QuantityKind {
  MONEY, PERCENT, COUNT, NUMBER,
  /** A physical measure with a unit: "ten miles", "75ml", "16,000 metric tons". */
  MEASURE;

  /** The lower-case code written to the datasets. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
