package io.claimsift.beam.dedup;

import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.Deduplicator;
import io.claimsift.dedup.MentionPair;
import io.claimsift.dedup.MentionSignals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Screens the candidate pairs of every block in a partition; emits the pairs left undecided. The
 * mentions come with their tokens ({@link DedupMentionCoder#signalsToBytes}), so their screening
 * signals are not computed again here. The entries (blocking key, encoded mention) arrive in
 * {@link PairBatches}.
 */
final class ScreenBlocksFn extends DoFn<KV<Integer, Iterable<byte[]>>, MentionIdPair> {
  private final Counter comparedPairs = Metrics.counter(ClusterClaims.COUNTERS, "compared_pairs");
  private final Counter vetoedPairs = Metrics.counter(ClusterClaims.COUNTERS, "vetoed_pairs");
  private final Counter tooDifferentPairs = Metrics.counter(ClusterClaims.COUNTERS, "too_different_pairs");
  private final Counter undecidedPairs = Metrics.counter(ClusterClaims.COUNTERS, "undecided_pairs");
  private final Counter cappedBlocks = Metrics.counter(ClusterClaims.COUNTERS, "capped_blocks");
  private transient Deduplicator deduplicator;

  @Setup
  public void setup() {
    deduplicator = Deduplicator.defaults();
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<byte[]>> partition,
      OutputReceiver<MentionIdPair> out) {
    // any order of the blocks gives the same pairs and counts (undecidedPairs de-duplicates and sorts)
    Map<String, List<byte[]>> encoded = new HashMap<>();
    PairBatches.forEachEntry(partition.getValue(),
        (key, bytes) -> encoded.computeIfAbsent(key, k -> new ArrayList<>(2)).add(bytes));
    List<List<DedupMention>> blocks = new ArrayList<>();
    Map<String, MentionSignals> signals = new HashMap<>();
    for (List<byte[]> block : encoded.values()) {
      if (block.size() < 2) {
        continue; // most keys belong to one mention: no pair, and undecidedPairs skips it too, so it is not decoded
      }
      List<DedupMention> members = new ArrayList<>(block.size());
      for (byte[] bytes : block) {
        String id = DedupMentionCoder.mentionIdOf(bytes);
        MentionSignals s = signals.get(id);
        if (s == null) {
          s = DedupMentionCoder.signalsFromBytes(bytes);
          signals.put(id, s);
        }
        members.add(s.mention());
      }
      blocks.add(members);
    }
    Deduplicator.ScreenCounts counts = new Deduplicator.ScreenCounts();
    // the signals map is the screen's per-mention cache, here filled with the carried signals
    for (MentionPair pair : deduplicator.undecidedPairs(blocks, signals, counts)) {
      out.output(new MentionIdPair(pair.a().mentionId(), pair.b().mentionId()));
    }
    comparedPairs.inc(counts.candidatePairs);
    vetoedPairs.inc(counts.vetoed);
    tooDifferentPairs.inc(counts.tooDifferent);
    undecidedPairs.inc(counts.undecided);
    cappedBlocks.inc(counts.cappedBlocks);
  }
}
