package io.claimsift.beam.dedup;

import io.claimsift.dedup.ConnectedComponents;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * The connected component of every mention that the candidate graph links to another: (mention
 * id, component label), the label being the component's smallest mention id.
 *
 * <p>{@code rounds} rounds of large-star then small-star ({@link ConnectedComponents}), unrolled
 * because Beam has no loops, each operation a grouping of the edges by node in {@link
 * Partitions}; a last grouping labels each node and fails the run if a component is not yet a
 * star ({@link ConnectedComponents#label}), so too few rounds can fail a run but never give wrong
 * clusters.
 */
final class CandidateComponents extends PTransform<PCollection<MentionIdPair>, PCollection<KV<String, String>>> {
  private final int rounds;

  /** @param rounds the rounds to unroll, {@link ConnectedComponents#ROUNDS} in the pipeline */
  CandidateComponents(int rounds) {
    this.rounds = rounds;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<MentionIdPair> edges) {
    PCollection<MentionIdPair> current = edges;
    for (int r = 1; r <= rounds; r++) {
      String round = String.format("Round%02d", r);
      current = byNode(current, true, round + "LargeStarKeys")
          .apply(round + "LargeStar", ParDo.of(new StarStepFn(true)))
          .setCoder(MentionIdPairCoder.of());
      current = byNode(current, false, round + "SmallStarKeys")
          .apply(round + "SmallStar", ParDo.of(new StarStepFn(false)))
          .setCoder(MentionIdPairCoder.of());
    }
    return byNode(current, true, "LabelKeys")
        .apply("LabelComponents", ParDo.of(new LabelNodesFn(rounds)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  /** The directed (node, neighbour) pairs of the edges, grouped by the node's partition in {@link PairBatches}. */
  private static PCollection<KV<Integer, Iterable<byte[]>>> byNode(
      PCollection<MentionIdPair> edges, boolean bothEnds, String name) {
    return edges
        .apply(name, ParDo.of(new KeyByNodeFn(bothEnds)))
        .setCoder(PairBatches.coder())
        .apply(name + "Grouped", GroupByKey.create());
  }
}
