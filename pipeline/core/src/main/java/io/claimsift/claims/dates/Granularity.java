package io.claimsift.claims.dates;

import java.util.Locale;

/** The finest calendar unit a date expression states. */
public enum Granularity {
  DAY, WEEK, MONTH, YEAR;

  /** The lower-case code written to the datasets. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
