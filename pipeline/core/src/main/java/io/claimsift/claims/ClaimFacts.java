package io.claimsift.claims;

import io.claimsift.claims.attribution.Attribution;
import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.claims.scoring.ClaimScorer;
import java.util.List;

/**
 * What the claim stage found in one sentence.
 *
 * @param claimer who the sentence attributes its content to, with offsets into the clean text
 *     (possibly in a neighbouring sentence), or null
 * @param hedged true when the sentence reports the fact as uncertain
 * @param score check-worthiness in [0, 1] (see {@link ClaimScorer}); 0 for questions, commands and fragments
 */
public record ClaimFacts(
    List<QuantityMention> quantities,
    List<DateMention> dates,
    Attribution claimer,
    boolean hedged,
    double score) {
  public ClaimFacts {
    quantities = List.copyOf(quantities);
    dates = List.copyOf(dates);
  }

  /** The claimer's text ("Reuters", "the report"), or null when the sentence names no source. */
  public String attribution() {
    return claimer == null ? null : claimer.text();
  }
}
