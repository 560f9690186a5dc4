package io.claimsift.claims;

import java.util.List;

/**
 * What the claim stage found in one sentence.
 *
 * @param attribution the source the sentence names ("Reuters", "the report"), or null
 * @param hedged true when the sentence reports the fact as uncertain
 * @param score check-worthiness in [0, 1]; 0 for questions, commands and sentences with nothing checkable
 */
public record ClaimFacts(
    List<QuantityMention> quantities,
    List<DateMention> dates,
    String attribution,
    boolean hedged,
    double score) {
  public ClaimFacts {
    quantities = List.copyOf(quantities);
    dates = List.copyOf(dates);
  }
}
