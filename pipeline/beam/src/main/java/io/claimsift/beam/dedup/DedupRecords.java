package io.claimsift.beam.dedup;

import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.dates.Granularity;
import io.claimsift.claims.quantities.QuantityKind;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.dedup.ClaimCluster;
import io.claimsift.dedup.DedupMention;
import io.claimsift.outlets.Claimers;
import io.claimsift.outlets.Outlets;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Maps between the Avro records of the output contract and the core dedup types. */
final class DedupRecords {
  private DedupRecords() {}

  static DedupMention dedupMention(ClaimMention m) {
    List<QuantityMention> quantities = m.getQuantities().stream()
        .map(q -> new QuantityMention(q.getText(), q.getStart(), q.getEnd(),
            QuantityKind.valueOf(q.getKind().toUpperCase(Locale.ROOT)), q.getValue(), q.getUnit(),
            q.getCurrency(), q.getNormalizedValue(), q.getLow(), q.getHigh(), q.getBound(), q.getChange()))
        .toList();
    List<DateMention> dates = m.getDates().stream()
        .map(d -> new DateMention(d.getText(), d.getStartOffset(), d.getEndOffset(), d.getStart(),
            d.getEnd(), Granularity.valueOf(d.getGranularity().toUpperCase(Locale.ROOT))))
        .toList();
    return new DedupMention(m.getMentionId(), m.getArticleId(), m.getSentence(), quantities, dates,
        m.getScore(), m.getHedged());
  }

  /**
   * The claim record of a cluster: first_published_at is the earliest published_at of its
   * articles, source_uris their sorted distinct source URIs.
   *
   * @param representative the representative's full mention record
   * @param factsByArticle the facts of (at least) the cluster's articles, by article id
   */
  static Claim claim(ClaimCluster cluster, ClaimMention representative, Map<String, ArticleFacts> factsByArticle) {
    List<ArticleFacts> facts = cluster.articleIds().stream()
        .map(id -> factsByArticle.getOrDefault(id, ArticleFacts.NONE))
        .toList();
    Instant firstPublished = facts.stream()
        .map(f -> f.publishedAtMillis)
        .filter(Objects::nonNull)
        .min(Long::compare)
        .map(Instant::ofEpochMilli)
        .orElse(null);
    List<String> uris = facts.stream()
        .map(f -> f.sourceUri)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .toList();
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
        .setSourceUris(uris)
        .build();
  }

  /**
   * The claim with its outlets (distinct, sorted) and claimers. An article missing from {@code
   * outletOf} (none is, in a run) counts as its own unknown outlet, never merged with another.
   *
   * @param outletOf outlet by article id
   * @param members the full mention records of the claim's cluster
   */
  static Claim withOutletsAndClaimers(Claim claim, Map<String, String> outletOf, List<ClaimMention> members) {
    List<String> outlets = claim.getArticleIds().stream()
        .map(id -> outletOf.getOrDefault(id, Outlets.unknown(id)))
        .distinct()
        .sorted()
        .toList();
    return Claim.newBuilder(claim)
        .setOutletCount(outlets.size())
        .setOutlets(outlets)
        .setClaimers(Claimers.distinct(members.stream().map(ClaimMention::getAttribution).toList()))
        .build();
  }
}
