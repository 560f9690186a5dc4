package io.claimsift.dedup;

import io.claimsift.embed.SentenceEmbedder;
import java.util.Objects;

/**
 * The pairwise "same claim?" decision, in two stages so that only undecided pairs need sentence
 * embeddings. Immutable and thread-safe.
 *
 * <ol>
 *   <li>{@link #screen}: a quantity or date conflict ({@link QuantityAgreement}) vetoes the merge;
 *       a pair whose content-token Jaccard AND character 4-gram Jaccard are both below the floors
 *       is rejected as too different; everything else is undecided;
 *   <li>{@link #decide}: the committed {@link PairModel} scores the undecided pair from its
 *       {@link PairFeatures} (lexical overlaps plus the embedding cosine); it is accepted at or
 *       above {@link Rules#acceptProbability()}, or when it has quantity evidence ({@link
 *       Rules#quantityEvidence}) and a cosine of at least {@link Rules#quantityCosine()}.
 * </ol>
 *
 * <p>A pair with quantity evidence is never rejected by the lexical floor.
 */
public final class SameClaimMatcher {
  /**
   * Thresholds.
   *
   * @param minTokenJaccard below this content-token Jaccard (and the char floor) a pair is rejected
   *     without embeddings
   * @param minCharJaccard below this character 4-gram Jaccard (and the token floor) likewise
   * @param acceptProbability model probability at or above which a pair is the same claim
   * @param guardProbability the chaining guard: two clusters are joined only when their
   *     representatives pass the screen and either reach this probability or share figures
   *     ({@link #quantityEvidence})
   * @param quantityCosine embedding cosine at or above which a pair with quantity evidence (see
   *     {@link SameClaimMatcher}) is the same claim whatever the model says
   */
  public record Rules(
      double minTokenJaccard,
      double minCharJaccard,
      double acceptProbability,
      double guardProbability,
      double quantityCosine) {
    /**
     * The pipeline's operating point: precision first (a false merge corrupts counts), chosen on
     * MRPC dev cross-validation; see README "Deduplication".
     */
    public static final Rules DEFAULT = new Rules(0.25, 0.4, 0.82, 0.5, 0.6);

    public Rules {
      for (double v : new double[] {minTokenJaccard, minCharJaccard, acceptProbability, guardProbability, quantityCosine}) {
        if (!(v >= 0.0 && v <= 1.0)) {
          throw new IllegalArgumentException("thresholds must be in [0, 1]: " + v);
        }
      }
    }

    /** The embedding-free first stage; symmetric. */
    public PairScreen screen(MentionSignals a, MentionSignals b) {
      if (a.features().profile().conflictWith(b.features().profile()).isPresent()) {
        return PairScreen.VETO;
      }
      if (!quantityEvidence(a, b)
          && a.features().jaccard(b.features()) < minTokenJaccard
          && a.charGramJaccard(b) < minCharJaccard) {
        return PairScreen.TOO_DIFFERENT;
      }
      return PairScreen.SCORE;
    }

    /**
     * True when the pair shares a specific figure: an equal money or percent value plus a named
     * entity, or two equal values of any kind that are at least half of all the values the two
     * state (so that "12 Somali and 11 Yemeni" does not meet "six rifles, 12 magazines"
     * through a stray shared "12" and "two"). MRPC's notion of paraphrase ignores this evidence,
     * but for claims it is the strongest signal that two differently worded sentences report
     * the same fact.
     */
    public static boolean quantityEvidence(MentionSignals a, MentionSignals b) {
      QuantityAgreement.Profile pa = a.features().profile();
      QuantityAgreement.Profile pb = b.features().profile();
      int shared = pa.sharedValues(pb);
      int union = pa.valueCount() + pb.valueCount() - shared;
      return (shared >= 2 && 2 * shared >= union)
          || (pa.sharedMoneyOrPercentValues(pb) >= 1 && a.features().sharesEntity(b.features()));
    }

    /** These rules with another acceptance probability. */
    public Rules withAcceptProbability(double p) {
      return new Rules(minTokenJaccard, minCharJaccard, p, guardProbability, quantityCosine);
    }
  }

  private final PairModel model;
  private final Rules rules;

  public SameClaimMatcher(PairModel model, Rules rules) {
    this.model = Objects.requireNonNull(model, "model");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The committed model at the default operating point. */
  public static SameClaimMatcher defaults() {
    return new SameClaimMatcher(PairModel.committed(), Rules.DEFAULT);
  }

  public Rules rules() {
    return rules;
  }

  /** The embedding-free first stage; symmetric. */
  public PairScreen screen(MentionSignals a, MentionSignals b) {
    return rules.screen(a, b);
  }

  /** P(same claim) from the model, given both unit-length embeddings. */
  public double probability(MentionSignals a, MentionSignals b, float[] ea, float[] eb) {
    return model.probability(PairFeatures.of(a, b, SentenceEmbedder.cosine(ea, eb)));
  }

  /**
   * The verdict on an undecided pair.
   *
   * @param accepted same claim
   * @param probability the model's probability
   * @param cosine the embedding cosine
   */
  public record Verdict(boolean accepted, double probability, double cosine) {}

  /** The second stage: model probability, or the quantity rule, on a pair the screen let through. */
  public Verdict decide(MentionSignals a, MentionSignals b, float[] ea, float[] eb) {
    double cosine = SentenceEmbedder.cosine(ea, eb);
    double p = model.probability(PairFeatures.of(a, b, cosine));
    boolean accepted =
        p >= rules.acceptProbability()
            || (cosine >= rules.quantityCosine() && Rules.quantityEvidence(a, b));
    return new Verdict(accepted, p, cosine);
  }

  /** True when two representatives agree enough for their clusters to be joined. */
  public boolean representativesAgree(MentionSignals a, MentionSignals b, float[] ea, float[] eb) {
    if (screen(a, b) != PairScreen.SCORE) {
      return false;
    }
    return Rules.quantityEvidence(a, b) || probability(a, b, ea, eb) >= rules.guardProbability();
  }

  /** The whole decision for one pair (screen, then model); for evaluation and tests. */
  public boolean same(MentionSignals a, MentionSignals b, float[] ea, float[] eb) {
    return screen(a, b) == PairScreen.SCORE && decide(a, b, ea, eb).accepted();
  }
}
