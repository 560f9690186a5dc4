package io.claimsift.claims;

import io.claimsift.sentences.Sentence;
import java.util.List;

/**
 * Runs all claim engines on one sentence and bundles their findings as {@link ClaimFacts}.
 *
 * <p>Immutable and thread-safe once built: every engine it composes is.
 */
public final class ClaimExtractor {

  private final QuantityExtractor quantities;
  private final DateExtractor dates;
  private final AttributionFinder attributions;
  private final HedgeDetector hedges;
  private final ClaimScorer scorer;

  private ClaimExtractor(
      QuantityExtractor quantities,
      DateExtractor dates,
      AttributionFinder attributions,
      HedgeDetector hedges,
      ClaimScorer scorer) {
    this.quantities = quantities;
    this.dates = dates;
    this.attributions = attributions;
    this.hedges = hedges;
    this.scorer = scorer;
  }

  /** The English preset, composed of the English preset of every engine. */
  public static ClaimExtractor english() {
    return new ClaimExtractor(
        QuantityExtractor.english(),
        DateExtractor.english(),
        AttributionFinder.english(),
        HedgeDetector.english(),
        ClaimScorer.english());
  }

  /** Facts of {@code sentence}; offsets of quantities and dates point into {@code cleanText}. */
  public ClaimFacts analyze(String cleanText, Sentence sentence) {
    return analyze(cleanText, sentence, null);
  }

  /**
   * Facts of {@code sentence}, relative dates ("last week", "in March") resolved against
   * {@code articleDate}, the article's publication day (null when unknown: they are then skipped).
   */
  public ClaimFacts analyze(String cleanText, Sentence sentence, java.time.LocalDate articleDate) {
    List<QuantityMention> q = quantities.extract(cleanText, sentence);
    List<DateMention> d = dates.extract(cleanText, sentence, articleDate);
    String source = attributions.find(sentence.text());
    boolean hedged = hedges.isHedged(sentence.text());
    return new ClaimFacts(q, d, source, hedged, scorer.score(sentence.text(), q, d, source));
  }
}
