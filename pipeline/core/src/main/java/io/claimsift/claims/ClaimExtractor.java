package io.claimsift.claims;

import io.claimsift.claims.attribution.Attribution;
import io.claimsift.claims.attribution.AttributionFinder;
import io.claimsift.claims.attribution.HedgeDetector;
import io.claimsift.claims.dates.DateContext;
import io.claimsift.claims.dates.DateExtractor;
import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.quantities.QuantityExtractor;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.claims.scoring.ClaimScorer;
import io.claimsift.sentences.Sentence;
import java.time.LocalDate;
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
    return analyze(cleanText, List.of(sentence), 0, null);
  }

  /**
   * Facts of {@code sentences.get(index)}, where {@code sentences} are the text's sentences in
   * order: the neighbours can name the claimer ("..., he said." after a named speaker). Relative
   * dates ("last week", "in March") resolve against {@code articleDate}, the article's
   * publication day (null when unknown: they are then skipped); "the following year", "the next
   * day" in a sentence with no date of its own count from the dates of the sentences before it.
   */
  public ClaimFacts analyze(
      String cleanText, List<Sentence> sentences, int index, LocalDate articleDate) {
    Sentence sentence = sentences.get(index);
    DateExtractor.Reading reading = new DateExtractor.Reading(sentence); // cues and tokens cut once for both date readings
    List<QuantityMention> q = quantities.extract(cleanText, reading);
    List<DateMention> d = dates.extract(cleanText, reading, articleDate, DateContext.before(sentences, index));
    Attribution claimer = attributions.locate(cleanText, sentences, index);
    boolean hedged = hedges.isHedged(sentence.text());
    return new ClaimFacts(q, d, claimer, hedged, scorer.score(sentence.text()));
  }
}
