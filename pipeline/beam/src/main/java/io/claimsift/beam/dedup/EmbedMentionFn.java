package io.claimsift.beam.dedup;

import io.claimsift.embed.SentenceEmbedder;
import io.claimsift.schema.ClaimMention;
import java.util.HashSet;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/** Embeds, once each, the mentions of a partition that some undecided pair needs. */
final class EmbedMentionFn extends DoFn<KV<Integer, CoGbkResult>, KV<String, byte[]>> {
  private final Counter embedded = Metrics.counter(ClusterClaims.COUNTERS, "embedded_mentions");
  private final TupleTag<ClaimMention> mentionTag;
  private final TupleTag<String> neededTag;

  EmbedMentionFn(TupleTag<ClaimMention> mentionTag, TupleTag<String> neededTag) {
    this.mentionTag = mentionTag;
    this.neededTag = neededTag;
  }

  @ProcessElement
  public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<KV<String, byte[]>> out) {
    Set<String> needed = new HashSet<>();
    joined.getValue().getAll(neededTag).forEach(needed::add);
    if (needed.isEmpty()) {
      return;
    }
    for (ClaimMention mention : joined.getValue().getAll(mentionTag)) {
      // remove(): a mention listed twice in the input would otherwise be embedded twice
      if (needed.remove(mention.getMentionId())) {
        float[] vector = SentenceEmbedder.shared().embed(mention.getSentence());
        out.output(KV.of(mention.getMentionId(), Vectors.toBytes(vector)));
        embedded.inc();
      }
    }
  }
}
