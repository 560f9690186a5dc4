package io.claimsift.beam.dedup;

import io.claimsift.dedup.ConnectedComponents;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Applies large-star or small-star ({@link ConnectedComponents}) to every node of a partition,
 * given each node's directed (node, neighbour) pairs; emits the new undirected edges, smaller id
 * first, each once per partition.
 */
final class StarStepFn extends DoFn<KV<Integer, Iterable<byte[]>>, MentionIdPair> {
  private final boolean largeStar;

  /** @param largeStar large-star (pairs at both ends), else small-star (pairs at the larger end) */
  StarStepFn(boolean largeStar) {
    this.largeStar = largeStar;
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<byte[]>> partition, OutputReceiver<MentionIdPair> out) {
    Set<MentionIdPair> emitted = new TreeSet<>();
    NodeNeighbours.of(partition.getValue()).forEach((node, neighbours) -> {
      if (largeStar) {
        ConnectedComponents.largeStar(node, neighbours, (a, b) -> emitted.add(ordered(a, b)));
      } else {
        ConnectedComponents.smallStar(node, neighbours, (a, b) -> emitted.add(ordered(a, b)));
      }
    });
    emitted.forEach(out::output);
  }

  private static MentionIdPair ordered(String a, String b) {
    return a.compareTo(b) < 0 ? new MentionIdPair(a, b) : new MentionIdPair(b, a);
  }
}
