package io.claimsift.beam.dedup;

import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.dates.Granularity;
import io.claimsift.claims.quantities.QuantityKind;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.dedup.ClaimCluster;
import io.claimsift.dedup.DedupMention;
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
   * The claim record of a cluster.
   *
   * @param representative the representative's full mention record
   * @param publishedAtMillis published_at of articles that state one, by article id
   */
  static Claim claim(ClaimCluster cluster, ClaimMention representative, Map<String, Long> publishedAtMillis) {
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
  static Claim claim(ClaimCluster cluster, ClaimMention representative, Map<String, Long> publishedAtMillis,
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
