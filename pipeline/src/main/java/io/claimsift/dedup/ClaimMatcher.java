package io.claimsift.dedup;

import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether two mentions state the same claim. Immutable and thread-safe.
 *
 * <p>Baseline rule ({@link MatchRules#BASELINE}), in order, J = content-token Jaccard:
 *
 * <ol>
 *   <li>any quantity or date conflict ({@link QuantityAgreement}) → reject (veto);
 *   <li>J ≥ 0.5 → accept;
 *   <li>≥ 2 equal quantity values shared (any dimension, counted per (dimension, value)) and J ≥
 *       0.1 → accept;
 *   <li>≥ 1 equal money or percent value shared, ≥ 1 capitalised-entity token shared ({@link
 *       TextNormalizer#entityTokens}) and J ≥ 0.1 → accept (the brief's "exactly one" case: with 2+
 *       shared values and J ≥ 0.1 rule 3 has already accepted);
 *   <li>else reject.
 * </ol>
 *
 * <p>The similarity reported is always J.
 */
public final class ClaimMatcher {
  private final MatchRules rules;

  public ClaimMatcher(MatchRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The matcher with {@link MatchRules#BASELINE}. */
  public static ClaimMatcher baseline() {
    return new ClaimMatcher(MatchRules.BASELINE);
  }

  public MatchRules rules() {
    return rules;
  }

  /** Decides on two mentions. */
  public MatchDecision decide(DedupMention a, DedupMention b) {
    return decide(MentionFeatures.of(a), MentionFeatures.of(b));
  }

  /** Decides on two prepared mentions; symmetric in a and b. */
  public MatchDecision decide(MentionFeatures a, MentionFeatures b) {
    double j = a.jaccard(b);
    // Symmetric: the first conflicting dimension in sorted order is the same from either side.
    Optional<String> conflict = a.profile().conflictWith(b.profile());
    if (conflict.isPresent()) {
      return new MatchDecision(false, j, MatchDecision.CONFLICT_PREFIX + conflict.get());
    }
    if (j >= rules.jaccardAccept()) {
      return new MatchDecision(true, j, MatchDecision.JACCARD);
    }
    if (a.profile().sharedValues(b.profile()) >= rules.minSharedQuantities()
        && j >= rules.sharedQuantitiesMinJaccard()) {
      return new MatchDecision(true, j, MatchDecision.SHARED_QUANTITIES);
    }
    if (a.profile().sharedMoneyOrPercentValues(b.profile()) >= 1
        && a.sharesEntity(b)
        && j >= rules.entityQuantityMinJaccard()) {
      return new MatchDecision(true, j, MatchDecision.QUANTITY_AND_ENTITY);
    }
    return new MatchDecision(false, j, MatchDecision.NO_RULE);
  }

  /** The similarity when the pair is accepted, else empty. */
  public Optional<Double> match(DedupMention a, DedupMention b) {
    MatchDecision d = decide(a, b);
    return d.accepted() ? Optional.of(d.similarity()) : Optional.empty();
  }
}
