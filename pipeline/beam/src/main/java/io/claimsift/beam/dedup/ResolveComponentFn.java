package io.claimsift.beam.dedup;

import io.claimsift.dedup.ClaimCluster;
import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.Deduplicator;
import io.claimsift.dedup.IdNumbers;
import io.claimsift.schema.ClaimMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;

/**
 * Resolves one connected component of the candidate graph, whole: scores its undecided pairs,
 * merges its exact duplicates, resolves its clusters ({@link Deduplicator#resolve}) and writes its
 * claims and mentions. No edge leaves a component and the guards look only at the two clusters
 * an edge joins, so this gives the clusters that resolving the whole run at once gives.
 *
 * <p>Memory: the component's group is read once, as it streams ({@link
 * OnePassCoGroupByKey#uncollected()}); its mentions, facts and embeddings are held, but each pair
 * only as two ints ({@link IdPairs}), since a component of near-identical sentences can have
 * millions of pairs (docs/scale.md, "Dedup resolution per connected component").
 */
final class ResolveComponentFn extends DoFn<KV<String, Iterable<RawUnionValue>>, ClaimMention> {
  /** The union tags of the join by component, in this order. */
  static final int MENTION = 0;
  static final int PAIR = 1;
  static final int EXACT = 2;
  static final int EMBEDDING = 3;

  private final Counter claims = Metrics.counter(ClusterClaims.COUNTERS, "claims");
  private final Counter merges = Metrics.counter(ClusterClaims.COUNTERS, "merges");
  private final Counter acceptedPairs = Metrics.counter(ClusterClaims.COUNTERS, "accepted_pairs");
  private transient Deduplicator deduplicator;

  @Setup
  public void setup() {
    deduplicator = Deduplicator.defaults();
  }

  @ProcessElement
  @SuppressWarnings("unchecked")
  public void process(@Element KV<String, Iterable<RawUnionValue>> component, MultiOutputReceiver out) {
    Map<String, KV<ClaimMention, ArticleFacts>> byId = new HashMap<>();
    Map<String, ArticleFacts> factsByArticle = new HashMap<>();
    List<DedupMention> mentions = new ArrayList<>();
    IdNumbers names = new IdNumbers();
    IdPairs pairs = new IdPairs(names);
    IdPairs duplicates = new IdPairs(names);
    Map<String, float[]> vectors = new HashMap<>();
    for (RawUnionValue value : component.getValue()) {
      switch (value.getUnionTag()) {
        case MENTION -> {
          KV<ClaimMention, ArticleFacts> m = (KV<ClaimMention, ArticleFacts>) value.getValue();
          byId.put(m.getKey().getMentionId(), m);
          factsByArticle.put(m.getKey().getArticleId(), m.getValue());
          mentions.add(DedupRecords.dedupMention(m.getKey()));
        }
        case PAIR -> pairs.add((MentionIdPair) value.getValue());
        case EXACT -> duplicates.add((MentionIdPair) value.getValue());
        case EMBEDDING -> {
          KV<String, byte[]> e = (KV<String, byte[]>) value.getValue();
          vectors.put(e.getKey(), Vectors.fromBytes(e.getValue()));
        }
        default -> throw new IllegalStateException("unknown union tag " + value.getUnionTag());
      }
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
