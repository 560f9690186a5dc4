package io.claimsift.dedup;

import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.quantities.QuantityMention;
import java.util.List;
import java.util.Objects;

/**
 * One claim sentence as the deduplicator sees it.
 *
 * @param mentionId unique id of this mention across the whole run
 * @param articleId the article the sentence comes from
 * @param sentence the sentence text; quantity offsets point into it (they are only a hint)
 * @param quantities the numbers stated in the sentence
 * @param dates the dates or periods stated in the sentence
 * @param score check-worthiness in [0, 1]
 * @param hedged true when the sentence reports the fact as uncertain
 */
public record DedupMention(
    String mentionId,
    String articleId,
    String sentence,
    List<QuantityMention> quantities,
    List<DateMention> dates,
    double score,
    boolean hedged) {
  public DedupMention {
    Objects.requireNonNull(mentionId, "mentionId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sentence, "sentence");
    quantities = quantities == null ? List.of() : List.copyOf(quantities);
    dates = dates == null ? List.of() : List.copyOf(dates);
  }
}
