package io.claimsift.beam.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The neighbours of each node of a partition, from its directed (node, neighbour) pairs. */
final class NodeNeighbours {
  private NodeNeighbours() {}

  /** From the {@link PairBatches} of a partition. */
  static Map<String, List<String>> of(Iterable<byte[]> batches) {
    Map<String, List<String>> neighbours = new TreeMap<>();
    PairBatches.forEach(batches, (node, neighbour) ->
        neighbours.computeIfAbsent(node, k -> new ArrayList<>()).add(neighbour));
    return neighbours;
  }
}
