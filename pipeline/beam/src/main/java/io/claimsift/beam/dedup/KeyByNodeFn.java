package io.claimsift.beam.dedup;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;

/**
 * An undirected edge as directed (node, neighbour) pairs keyed by the node's {@link Partitions}:
 * at both ends, or only at its larger end (small-star); gathered into {@link PairBatches}.
 */
final class KeyByNodeFn extends DoFn<MentionIdPair, KV<Integer, byte[]>> {
  private final boolean bothEnds;
  private transient PairBatches batches;

  KeyByNodeFn(boolean bothEnds) {
    this.bothEnds = bothEnds;
  }

  @StartBundle
  public void startBundle() {
    batches = new PairBatches();
  }

  @ProcessElement
  public void process(@Element MentionIdPair edge, OutputReceiver<KV<Integer, byte[]>> out) {
    boolean firstLarger = edge.first().compareTo(edge.second()) > 0;
    String larger = firstLarger ? edge.first() : edge.second();
    String smaller = firstLarger ? edge.second() : edge.first();
    batches.add(Partitions.of(larger), larger, smaller, out::output);
    if (bothEnds) {
      batches.add(Partitions.of(smaller), smaller, larger, out::output);
    }
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    batches.flushAll(batch -> context.output(batch, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
  }
}
