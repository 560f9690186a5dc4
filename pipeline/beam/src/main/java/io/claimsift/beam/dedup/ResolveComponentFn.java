package io.claimsift.beam.dedup;

import io.claimsift.dedup.ClaimCluster;
import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.Deduplicator;
import io.claimsift.schema.ClaimMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Resolves one connected component of the candidate graph, whole: scores its undecided pairs,
 * merges its exact duplicates, resolves its clusters ({@link Deduplicator#resolve}) and writes its
 * claims and mentions. No edge leaves a component and the guards look only at the two clusters
 * an edge joins, so this gives the clusters that resolving the whole run at once gives.
 */
final class ResolveComponentFn extends DoFn<KV<String, CoGbkResult>, ClaimMention> {
  private final Counter claims = Metrics.counter(ClusterClaims.COUNTERS, "claims");
  private final Counter merges = Metrics.counter(ClusterClaims.COUNTERS, "merges");
  private final Counter acceptedPairs = Metrics.counter(ClusterClaims.COUNTERS, "accepted_pairs");
  private final TupleTag<KV<ClaimMention, ArticleFacts>> mentionTag;
  private final TupleTag<MentionIdPair> pairTag;
  private final TupleTag<MentionIdPair> exactTag;
  private final TupleTag<KV<String, byte[]>> embeddingTag;
  private transient Deduplicator deduplicator;

  ResolveComponentFn(TupleTag<KV<ClaimMention, ArticleFacts>> mentionTag, TupleTag<MentionIdPair> pairTag,
      TupleTag<MentionIdPair> exactTag, TupleTag<KV<String, byte[]>> embeddingTag) {
    this.mentionTag = mentionTag;
    this.pairTag = pairTag;
    this.exactTag = exactTag;
    this.embeddingTag = embeddingTag;
  }

  @Setup
  public void setup() {
    deduplicator = Deduplicator.defaults();
  }

  @ProcessElement
  public void process(@Element KV<String, CoGbkResult> component, MultiOutputReceiver out) {
    CoGbkResult joined = component.getValue();
    Map<String, KV<ClaimMention, ArticleFacts>> byId = new HashMap<>();
    Map<String, ArticleFacts> factsByArticle = new HashMap<>();
    List<DedupMention> mentions = new ArrayList<>();
    for (KV<ClaimMention, ArticleFacts> m : joined.getAll(mentionTag)) {
      byId.put(m.getKey().getMentionId(), m);
      factsByArticle.put(m.getKey().getArticleId(), m.getValue());
      mentions.add(DedupRecords.dedupMention(m.getKey()));
    }
    List<String[]> pairs = new ArrayList<>();
    joined.getAll(pairTag).forEach(pair -> pairs.add(pair.ids()));
    List<String[]> duplicates = new ArrayList<>();
    joined.getAll(exactTag).forEach(pair -> duplicates.add(pair.ids()));
    Map<String, float[]> vectors = new HashMap<>();
    for (KV<String, byte[]> e : joined.getAll(embeddingTag)) {
      vectors.put(e.getKey(), Vectors.fromBytes(e.getValue()));
    }
    Deduplicator.Resolution resolution =
        deduplicator.resolve(mentions, duplicates, pairs, vectors, new HashMap<>());
    for (ClaimCluster cluster : resolution.clusters()) {
      ClaimOutput.emit(cluster, byId, resolution.similarityToRepresentative(), factsByArticle, out);
    }
    acceptedPairs.inc(resolution.acceptedEdges());
    claims.inc(resolution.clusters().size());
    merges.inc(mentions.size() - resolution.clusters().size());
  }
}
