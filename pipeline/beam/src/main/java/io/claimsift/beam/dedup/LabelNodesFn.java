package io.claimsift.beam.dedup;

import io.claimsift.dedup.ConnectedComponents;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * After the last round: (node, component label) for every node of a partition; fails the run when
 * a node is not a star's centre or leaf ({@link ConnectedComponents#label}).
 */
final class LabelNodesFn extends DoFn<KV<Integer, Iterable<byte[]>>, KV<String, String>> {
  private final int rounds;

  LabelNodesFn(int rounds) {
    this.rounds = rounds;
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<byte[]>> partition, OutputReceiver<KV<String, String>> out) {
    NodeNeighbours.of(partition.getValue()).forEach((node, neighbours) ->
        out.output(KV.of(node, ConnectedComponents.label(node, neighbours, rounds))));
  }
}
