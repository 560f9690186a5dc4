package io.claimsift.dedup;

/**
 * The matcher's verdict on one pair.
 *
 * @param accepted true when the two mentions state the same claim
 * @param similarity content-token Jaccard of the pair (also given when rejected)
 * @param reason the rule that decided: {@link #JACCARD}, {@link #SHARED_QUANTITIES}, {@link
 *     #QUANTITY_AND_ENTITY}, {@link #NO_RULE}, or {@code "conflict:<dimension>"} ("conflict:money:USD",
 *     "conflict:date") for a veto
 */
public record MatchDecision(boolean accepted, double similarity, String reason) {
  public static final String JACCARD = "jaccard";
  public static final String SHARED_QUANTITIES = "shared-quantities";
  public static final String QUANTITY_AND_ENTITY = "quantity+entity";
  public static final String NO_RULE = "no-rule";
  public static final String CONFLICT_PREFIX = "conflict:";

  /** True when the pair was rejected by the quantity/date veto. */
  public boolean vetoed() {
    return reason.startsWith(CONFLICT_PREFIX);
  }
}
