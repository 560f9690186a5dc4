package io.claimsift.beam.dedup;

import io.claimsift.schema.ClaimMention;
import java.util.Iterator;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Gives every mention of an article that article's {@link ArticleFacts} (none when the article is
 * not in the run), keyed by the mention's {@link Partitions} for the next join.
 */
final class AttachFactsFn extends DoFn<KV<String, CoGbkResult>, KV<Integer, KV<ClaimMention, ArticleFacts>>> {
  private final TupleTag<ClaimMention> mentionTag;
  private final TupleTag<ArticleFacts> factsTag;

  AttachFactsFn(TupleTag<ClaimMention> mentionTag, TupleTag<ArticleFacts> factsTag) {
    this.mentionTag = mentionTag;
    this.factsTag = factsTag;
  }

  @ProcessElement
  public void process(@Element KV<String, CoGbkResult> article,
      OutputReceiver<KV<Integer, KV<ClaimMention, ArticleFacts>>> out) {
    Iterator<ArticleFacts> all = article.getValue().getAll(factsTag).iterator();
    ArticleFacts facts = all.hasNext() ? all.next() : ArticleFacts.NONE;
    if (all.hasNext()) {
      // the side input this join replaced (View.asMap) failed on a repeated key too
      throw new IllegalStateException("two articles with article_id " + article.getKey());
    }
    for (ClaimMention m : article.getValue().getAll(mentionTag)) {
      out.output(KV.of(Partitions.of(m.getMentionId()), KV.of(m, facts)));
    }
  }
}
