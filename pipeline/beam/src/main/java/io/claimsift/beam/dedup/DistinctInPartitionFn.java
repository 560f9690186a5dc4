package io.claimsift.beam.dedup;

import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** Emits each distinct pair of a partition once, in sorted order. */
final class DistinctInPartitionFn extends DoFn<KV<Integer, Iterable<MentionIdPair>>, MentionIdPair> {
  @ProcessElement
  public void process(@Element KV<Integer, Iterable<MentionIdPair>> partition, OutputReceiver<MentionIdPair> out) {
    Set<MentionIdPair> distinct = new TreeSet<>();
    partition.getValue().forEach(distinct::add);
    distinct.forEach(out::output);
  }
}
