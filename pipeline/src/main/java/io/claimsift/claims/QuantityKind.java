package io.claimsift.claims;

import java.util.Locale;

/** What a stated number measures. */
public enum QuantityKind {
  MONEY, PERCENT, COUNT, NUMBER;

  /** The lower-case code written to the datasets. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
