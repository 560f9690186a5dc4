package io.claimsift.beam.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The neighbours of each node of a partition, from its directed (node, neighbour) pairs. */
final class NodeNeighbours {
  private NodeNeighbours() {}

  static Map<String, List<String>> of(Iterable<MentionIdPair> directed) {
    Map<String, List<String>> neighbours = new TreeMap<>();
    for (MentionIdPair pair : directed) {
      neighbours.computeIfAbsent(pair.first(), k -> new ArrayList<>()).add(pair.second());
    }
    return neighbours;
  }
}
