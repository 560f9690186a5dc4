package io.claimsift.claims.attribution;

import io.claimsift.linear.LogisticModel;
import io.claimsift.sentences.Sentence;
import java.util.List;

/**
 * Picks the claimer of a claim sentence among {@link ClaimerCandidates} by a {@link LogisticModel}:
 * the candidate of highest probability when that probability reaches one half, else none.
 *
 * <p>Immutable and thread-safe. On equal probabilities the earlier candidate (the rules' answer
 * first) wins, so the choice is a total order. Not used by the pipeline: measured, it did not beat
 * {@link AttributionFinder#locate} on both {@code check} halves (docs/quality.md, Attribution, "A
 * learned scorer over candidate claimers"); the lab's {@code TrainClaimerScorer} trains and scores it.
 */
public final class ClaimerScorer {

  private final ClaimerCandidates candidates;
  private final LogisticModel model;

  public ClaimerScorer(AttributionFinder finder, LogisticModel model) {
    this.candidates = new ClaimerCandidates(finder);
    this.model = model;
  }

  /** The claimer of {@code sentences.get(index)}, or null when no candidate is likely enough. */
  public Attribution locate(String cleanText, List<Sentence> sentences, int index) {
    Attribution best = null;
    double bestP = 0.5;
    for (ClaimerCandidates.Candidate c : candidates.of(cleanText, sentences, index)) {
      double p = model.probability(c.features());
      if (p > bestP || best == null && p == bestP) {
        best = c.attribution();
        bestP = p;
      }
    }
    return best;
  }
}
