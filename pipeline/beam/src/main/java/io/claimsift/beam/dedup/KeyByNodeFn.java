package io.claimsift.beam.dedup;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * An undirected edge as directed (node, neighbour) pairs keyed by the node's {@link Partitions}:
 * at both ends, or only at its larger end (small-star).
 */
final class KeyByNodeFn extends DoFn<MentionIdPair, KV<Integer, MentionIdPair>> {
  private final boolean bothEnds;

  KeyByNodeFn(boolean bothEnds) {
    this.bothEnds = bothEnds;
  }

  @ProcessElement
  public void process(@Element MentionIdPair edge, OutputReceiver<KV<Integer, MentionIdPair>> out) {
    boolean firstLarger = edge.first().compareTo(edge.second()) > 0;
    String larger = firstLarger ? edge.first() : edge.second();
    String smaller = firstLarger ? edge.second() : edge.first();
    out.output(KV.of(Partitions.of(larger), new MentionIdPair(larger, smaller)));
    if (bothEnds) {
      out.output(KV.of(Partitions.of(smaller), new MentionIdPair(smaller, larger)));
    }
  }
}
