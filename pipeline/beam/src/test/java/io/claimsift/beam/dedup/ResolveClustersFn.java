package io.claimsift.beam.dedup;

import io.claimsift.dedup.ClaimCluster;
import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.Deduplicator;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import java.time.Instant;
import java.util.Objects;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Reference only (see {@link SingleKeyClusterClaims}). Scores the undecided pairs, resolves clusters, sets each mention's claim id and similarity, and
 * builds the claims; outputs to {@link ClusterClaims#MENTIONS} and {@link ClusterClaims#CLAIMS}.
 */
final class ResolveClustersFn extends DoFn<KV<String, CoGbkResult>, ClaimMention> {
  private final TupleTag<ClaimMention> mentionTag;
  private final TupleTag<MentionIdPair> pairTag;
  private final TupleTag<MentionIdPair> exactTag;
  private final TupleTag<KV<String, byte[]>> embeddingTag;
  private final PCollectionView<Map<String, Long>> publishedAt;
  private final PCollectionView<Map<String, String>> sourceUris;
  private final PCollectionView<Map<String, String>> outlets;
  private transient Deduplicator deduplicator;

  ResolveClustersFn(TupleTag<ClaimMention> mentionTag, TupleTag<MentionIdPair> pairTag,
      TupleTag<MentionIdPair> exactTag, TupleTag<KV<String, byte[]>> embeddingTag,
      PCollectionView<Map<String, Long>> publishedAt, PCollectionView<Map<String, String>> sourceUris,
      PCollectionView<Map<String, String>> outlets) {
    this.mentionTag = mentionTag;
    this.pairTag = pairTag;
    this.exactTag = exactTag;
    this.embeddingTag = embeddingTag;
    this.publishedAt = publishedAt;
    this.sourceUris = sourceUris;
    this.outlets = outlets;
  }

  @Setup
  public void setup() {
    deduplicator = Deduplicator.defaults();
  }

  @ProcessElement
  public void process(ProcessContext context, MultiOutputReceiver out) {
    CoGbkResult joined = context.element().getValue();
    Map<String, ClaimMention> byId = new HashMap<>();
    List<DedupMention> mentions = new ArrayList<>();
    for (ClaimMention m : joined.getAll(mentionTag)) {
      byId.put(m.getMentionId(), m);
      mentions.add(DedupRecords.dedupMention(m));
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
    Metrics.counter(ClusterClaims.COUNTERS, "accepted_pairs").inc(resolution.acceptedEdges());
    Map<String, Long> published = context.sideInput(publishedAt);
    Map<String, String> uris = context.sideInput(sourceUris);
    Map<String, String> outletOf = context.sideInput(outlets);
    for (ClaimCluster cluster : resolution.clusters()) {
      ClaimMention representative = byId.get(cluster.representative().mentionId());
      List<ClaimMention> members = cluster.members().stream().map(m -> byId.get(m.mentionId())).toList();
      out.get(ClusterClaims.CLAIMS).output(DedupRecords.withOutletsAndClaimers(
          claim(cluster, representative, published, uris), outletOf, members));
      for (DedupMention member : cluster.members()) {
        ClaimMention withClaim = ClaimMention.newBuilder(byId.get(member.mentionId()))
            .setClaimId(cluster.claimId())
            .setSimilarityToRepresentative(
                resolution.similarityToRepresentative().getOrDefault(member.mentionId(), 1.0))
            .build();
        out.get(ClusterClaims.MENTIONS).output(withClaim);
      }
    }
    Metrics.counter(ClusterClaims.COUNTERS, "claims").inc(resolution.clusters().size());
    Metrics.counter(ClusterClaims.COUNTERS, "merges").inc(mentions.size() - resolution.clusters().size());
  }

  /**
   * The claim record of a cluster.
   *
   * @param representative the representative's full mention record
   * @param publishedAtMillis published_at of articles that state one, by article id
   */
  private static Claim claim(ClaimCluster cluster, ClaimMention representative, Map<String, Long> publishedAtMillis) {
    Instant firstPublished = cluster.articleIds().stream()
        .map(publishedAtMillis::get)
        .filter(Objects::nonNull)
        .min(Long::compare)
        .map(Instant::ofEpochMilli)
        .orElse(null);
    return Claim.newBuilder()
        .setClaimId(cluster.claimId())
        .setText(representative.getSentence())
        .setRepresentativeMentionId(representative.getMentionId())
        .setSupportCount(cluster.supportCount())
        .setMentionCount(cluster.mentionCount())
        .setArticleIds(cluster.articleIds())
        .setQuantities(representative.getQuantities())
        .setDates(representative.getDates())
        .setFirstPublishedAt(firstPublished)
        .build();
  }

  /**
   * The claim record of a cluster, with the sorted distinct source URIs of its articles.
   *
   * @param sourceUris source_uri by article id
   */
  private static Claim claim(ClaimCluster cluster, ClaimMention representative, Map<String, Long> publishedAtMillis,
      Map<String, String> sourceUris) {
    List<String> uris = cluster.articleIds().stream()
        .map(sourceUris::get)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .toList();
    return Claim.newBuilder(claim(cluster, representative, publishedAtMillis)).setSourceUris(uris).build();
  }
}
