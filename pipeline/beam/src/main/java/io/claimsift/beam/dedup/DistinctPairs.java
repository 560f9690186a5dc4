package io.claimsift.beam.dedup;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Drops repeated pairs (a pair found in several blocks arrives more than once) before the
 * single-key join, where duplicates would multiply (millions of edges for 2,000 articles).
 *
 * <p>Pairs meet in {@link Partitions}, not under one runner key per pair as {@code Distinct} would
 * make them, and travel there in {@link PairBatches}.
 */
final class DistinctPairs extends PTransform<PCollection<MentionIdPair>, PCollection<MentionIdPair>> {
  @Override
  public PCollection<MentionIdPair> expand(PCollection<MentionIdPair> pairs) {
    return pairs
        .apply("KeyByPartition", ParDo.of(new KeyByPartitionFn()))
        .setCoder(PairBatches.coder())
        .apply("GroupByPartition", GroupByKey.create())
        .apply("EmitDistinct", ParDo.of(new DistinctInPartitionFn()))
        .setCoder(MentionIdPairCoder.of());
  }

  /** Each pair into the batch of its {@link Partitions#of(MentionIdPair) partition}. */
  static final class KeyByPartitionFn extends DoFn<MentionIdPair, KV<Integer, byte[]>> {
    private transient PairBatches batches;

    @StartBundle
    public void startBundle() {
      batches = new PairBatches();
    }

    @ProcessElement
    public void process(@Element MentionIdPair pair, OutputReceiver<KV<Integer, byte[]>> out) {
      batches.add(Partitions.of(pair), pair.first(), pair.second(), out::output);
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      batches.flushAll(batch -> context.output(batch, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
    }
  }
}
