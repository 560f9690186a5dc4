package io.claimsift.eval.dedup;

import io.claimsift.claims.dates.DateExtractor;
import io.claimsift.claims.quantities.QuantityExtractor;
import io.claimsift.dedup.DedupMention;
import io.claimsift.sentences.Sentence;

/** Builds dedup mentions from bare evaluation sentences with the pipeline's own extractors. */
final class EvalMentions {
  private static final QuantityExtractor QUANTITIES = QuantityExtractor.english();
  private static final DateExtractor DATES = DateExtractor.english();

  private EvalMentions() {}

  /** A mention of one sentence, alone in its own article {@code articleId}. */
  static DedupMention of(String mentionId, String articleId, String sentence) {
    Sentence s = new Sentence(0, sentence.length(), sentence);
    return new DedupMention(
        mentionId, articleId, sentence, QUANTITIES.extract(sentence, s), DATES.extract(sentence, s), 0.5, false);
  }
}
