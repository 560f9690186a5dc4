package io.claimsift.beam.dedup;

import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.Deduplicator;
import io.claimsift.schema.ClaimMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Keeps one lead per exact-duplicate group of a partition (see {@link
 * Deduplicator#collapseExact}); the others leave as (lead, duplicate) pairs, merged at resolution.
 */
final class CollapseExactFn extends DoFn<KV<Integer, Iterable<ClaimMention>>, ClaimMention> {
  private final Counter exactDuplicates = Metrics.counter(ClusterClaims.COUNTERS, "exact_duplicates");
  private final TupleTag<ClaimMention> leadTag;
  private final TupleTag<MentionIdPair> duplicateTag;

  CollapseExactFn(TupleTag<ClaimMention> leadTag, TupleTag<MentionIdPair> duplicateTag) {
    this.leadTag = leadTag;
    this.duplicateTag = duplicateTag;
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<ClaimMention>> partition, MultiOutputReceiver out) {
    Map<String, ClaimMention> byId = new TreeMap<>();
    List<DedupMention> mentions = new ArrayList<>();
    for (ClaimMention m : partition.getValue()) {
      if (byId.putIfAbsent(m.getMentionId(), m) == null) {
        mentions.add(DedupRecords.dedupMention(m));
      }
    }
    Deduplicator.ExactGroups groups = Deduplicator.collapseExact(mentions);
    for (DedupMention lead : groups.leads()) {
      out.get(leadTag).output(byId.get(lead.mentionId()));
    }
    for (String[] pair : groups.duplicates()) {
      out.get(duplicateTag).output(new MentionIdPair(pair[0], pair[1]));
    }
    exactDuplicates.inc(groups.duplicates().size());
  }
}
