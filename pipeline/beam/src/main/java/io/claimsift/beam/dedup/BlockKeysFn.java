package io.claimsift.beam.dedup;

import io.claimsift.dedup.BlockingKeys;
import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.MentionSignals;
import io.claimsift.schema.ClaimMention;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;

/**
 * Emits the mention under each of its blocking keys, keyed by the key's partition (see {@link
 * Partitions}): a block never spans two partitions. The mention goes as what the screen reads of
 * it with its content and entity tokens ({@link DedupMentionCoder#signalsToBytes}), encoded once
 * and shared by all its keys, so that no partition tokenises it again; the entries travel in
 * {@link PairBatches}.
 */
final class BlockKeysFn extends DoFn<ClaimMention, KV<Integer, byte[]>> {
  private final Counter blockKeysCounter = Metrics.counter(ClusterClaims.COUNTERS, "block_keys");
  private transient BlockingKeys keys;
  private transient PairBatches batches;

  @Setup
  public void setup() {
    keys = BlockingKeys.defaults();
  }

  @StartBundle
  public void startBundle() {
    batches = new PairBatches();
  }

  @ProcessElement
  public void process(@Element ClaimMention mention, OutputReceiver<KV<Integer, byte[]>> out) {
    DedupMention screened = DedupRecords.dedupMention(mention);
    MentionSignals signals = MentionSignals.of(screened);
    List<String> blockKeys = keys.keysFor(screened, signals.contentTokens());
    byte[] encoded = blockKeys.isEmpty() ? null : DedupMentionCoder.signalsToBytes(signals);
    for (String key : blockKeys) {
      batches.add(Partitions.of(key), key, encoded, out::output);
    }
    blockKeysCounter.inc(blockKeys.size());
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    batches.flushAll(batch -> context.output(batch, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
  }
}
