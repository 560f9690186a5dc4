package io.claimsift.beam.dedup;

import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** Emits each distinct pair of a partition ({@link PairBatches}) once, in sorted order. */
final class DistinctInPartitionFn extends DoFn<KV<Integer, Iterable<byte[]>>, MentionIdPair> {
  @ProcessElement
  public void process(@Element KV<Integer, Iterable<byte[]>> partition, OutputReceiver<MentionIdPair> out) {
    Set<MentionIdPair> distinct = new TreeSet<>();
    PairBatches.forEach(partition.getValue(), (first, second) -> distinct.add(new MentionIdPair(first, second)));
    distinct.forEach(out::output);
  }
}
