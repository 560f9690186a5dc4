package io.claimsift.beam.dedup;

import io.claimsift.dedup.ClaimCluster;
import io.claimsift.embed.SentenceEmbedder;
import io.claimsift.schema.ClaimMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;

/**
 * In one partition of mention ids: sends each mention and pair to its component's key, embeds
 * (once each) the mentions that an undecided pair needs and sends the embedding there too, and
 * writes the mentions that are in no component (no edge: a claim of their own) at once, without
 * resolution.
 *
 * <p>The embeddings are made here, where every mention of the partition already is, rather than
 * in a join of their own that would group every lead mention once more by its partition.
 */
final class AttachComponentsFn extends DoFn<KV<Integer, CoGbkResult>, ClaimMention> {
  private final Counter claims = Metrics.counter(ClusterClaims.COUNTERS, "claims");
  private final Counter merges = Metrics.counter(ClusterClaims.COUNTERS, "merges");
  private final Counter acceptedPairs = Metrics.counter(ClusterClaims.COUNTERS, "accepted_pairs");
  private final Counter embedded = Metrics.counter(ClusterClaims.COUNTERS, "embedded_mentions");
  private final ComponentTags in;

  AttachComponentsFn(ComponentTags in) {
    this.in = in;
  }

  @ProcessElement
  public void process(@Element KV<Integer, CoGbkResult> partition, MultiOutputReceiver out) {
    CoGbkResult joined = partition.getValue();
    Map<String, String> labels = new HashMap<>();
    for (KV<String, String> label : joined.getAll(in.labels)) {
      labels.put(label.getKey(), label.getValue());
    }
    Set<String> needed = new HashSet<>();
    joined.getAll(in.needed).forEach(needed::add);
    Map<String, List<KV<ClaimMention, ArticleFacts>>> singletons = new TreeMap<>();
    for (KV<ClaimMention, ArticleFacts> m : joined.getAll(in.mentions)) {
      String id = m.getKey().getMentionId();
      String label = labels.get(id);
      if (label == null) {
        singletons.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
      } else {
        out.get(ComponentTags.MENTIONS_BY_COMPONENT).output(KV.of(label, m));
      }
      // remove(): a mention listed twice in the input is embedded once
      if (needed.remove(id)) {
        float[] vector = SentenceEmbedder.shared().embed(m.getKey().getSentence());
        out.get(ComponentTags.EMBEDDINGS_BY_COMPONENT)
            .output(KV.of(labelOf(labels, id), KV.of(id, Vectors.toBytes(vector))));
        embedded.inc();
      }
    }
    for (MentionIdPair pair : joined.getAll(in.pairs)) {
      out.get(ComponentTags.PAIRS_BY_COMPONENT).output(KV.of(labelOf(labels, pair.first()), pair));
    }
    for (MentionIdPair pair : joined.getAll(in.duplicates)) {
      out.get(ComponentTags.DUPLICATES_BY_COMPONENT).output(KV.of(labelOf(labels, pair.first()), pair));
    }
    for (List<KV<ClaimMention, ArticleFacts>> copies : singletons.values()) {
      KV<ClaimMention, ArticleFacts> m = copies.get(0);
      ClaimCluster alone = ClaimCluster.of(List.of(DedupRecords.dedupMention(m.getKey())));
      ClaimOutput.emit(alone, Map.of(m.getKey().getMentionId(), m), Map.of(),
          Map.of(m.getKey().getArticleId(), m.getValue()), out);
      claims.inc();
      merges.inc(copies.size() - 1); // as whole-run resolution counted a repeated record
    }
    // Whole-run resolution touched these counters whenever there were mentions; the manifest lists them.
    claims.inc(0);
    merges.inc(0);
    acceptedPairs.inc(0);
  }

  private static String labelOf(Map<String, String> labels, String mentionId) {
    String label = labels.get(mentionId);
    if (label == null) {
      throw new IllegalStateException("mention " + mentionId + " has an edge but no component");
    }
    return label;
  }
}
