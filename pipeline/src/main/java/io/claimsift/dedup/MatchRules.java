package io.claimsift.dedup;

/**
 * Thresholds of the matcher's decision rule (see {@link ClaimMatcher}). Immutable.
 *
 * @param jaccardAccept content-token Jaccard at or above which a pair is accepted on text alone
 * @param minSharedQuantities equal quantity values (any dimension) needed for the shared-quantities
 *     rule
 * @param sharedQuantitiesMinJaccard Jaccard floor of the shared-quantities rule
 * @param entityQuantityMinJaccard Jaccard floor of the one-money-or-percent-plus-entity rule
 */
public record MatchRules(
    double jaccardAccept,
    int minSharedQuantities,
    double sharedQuantitiesMinJaccard,
    double entityQuantityMinJaccard) {
  /** The baseline: 0.5, 2, 0.1, 0.1. */
  public static final MatchRules BASELINE = new MatchRules(0.5, 2, 0.1, 0.1);

  public MatchRules {
    check(jaccardAccept, "jaccardAccept");
    check(sharedQuantitiesMinJaccard, "sharedQuantitiesMinJaccard");
    check(entityQuantityMinJaccard, "entityQuantityMinJaccard");
    if (minSharedQuantities < 1) {
      throw new IllegalArgumentException("minSharedQuantities must be >= 1");
    }
  }

  private static void check(double v, String name) {
    if (!(v >= 0.0 && v <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in [0, 1]: " + v);
    }
  }
}
