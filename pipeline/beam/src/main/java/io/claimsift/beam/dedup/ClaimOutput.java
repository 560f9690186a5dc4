package io.claimsift.beam.dedup;

import io.claimsift.dedup.ClaimCluster;
import io.claimsift.dedup.DedupMention;
import io.claimsift.schema.ClaimMention;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn.MultiOutputReceiver;
import org.apache.beam.sdk.values.KV;

/** Writes one resolved cluster: its claim and its members with their claim id and similarity. */
final class ClaimOutput {
  private ClaimOutput() {}

  /**
   * @param mentions the full records (with their article's facts) of at least the cluster's members
   * @param similarity per member id, its similarity to the representative; 1.0 when absent
   */
  static void emit(ClaimCluster cluster, Map<String, KV<ClaimMention, ArticleFacts>> mentions,
      Map<String, Double> similarity, Map<String, ArticleFacts> factsByArticle, MultiOutputReceiver out) {
    ClaimMention representative = mentions.get(cluster.representative().mentionId()).getKey();
    List<ClaimMention> members = cluster.members().stream()
        .map(member -> mentions.get(member.mentionId()).getKey())
        .toList();
    Map<String, String> outletOf = new HashMap<>();
    factsByArticle.forEach((articleId, facts) -> {
      if (facts.outlet != null) {
        outletOf.put(articleId, facts.outlet);
      }
    });
    out.get(ClusterClaims.CLAIMS).output(DedupRecords.withOutletsAndClaimers(
        DedupRecords.claim(cluster, representative, factsByArticle), outletOf, members));
    for (DedupMention member : cluster.members()) {
      out.get(ClusterClaims.MENTIONS).output(ClaimMention.newBuilder(mentions.get(member.mentionId()).getKey())
          .setClaimId(cluster.claimId())
          .setSimilarityToRepresentative(similarity.getOrDefault(member.mentionId(), 1.0))
          .build());
    }
  }
}
