package io.claimsift.beam.dedup;

import org.apache.beam.sdk.transforms.DoFn;

/**
 * Passes on a spanning forest of each bundle's candidate edges ({@link SpanningForest}): it has
 * the connected components of all the edges, and so gives the same component labels.
 *
 * <p>The candidate graph is dense where sentences are near-identical (at 2,000 articles several
 * hundred thousand distinct undecided pairs among about 6,000 mentions), and every
 * connected-components round would otherwise group all of them by node, twice. The forest keeps
 * at most one edge per mention and chunk of {@link #MAX_NODES} ids.
 */
final class SpanningEdgesFn extends DoFn<MentionIdPair, MentionIdPair> {
  /** Ids the union-find holds before it starts a new chunk (bounds its memory). */
  static final int MAX_NODES = 500_000;

  private transient SpanningForest forest;

  @StartBundle
  public void startBundle() {
    forest = new SpanningForest(MAX_NODES);
  }

  @ProcessElement
  public void process(@Element MentionIdPair edge, OutputReceiver<MentionIdPair> out) {
    // an edge from a mention to itself (none is made) goes on to the rounds as before
    if (edge.first().equals(edge.second()) || forest.keep(edge.first(), edge.second())) {
      out.output(edge);
    }
  }
}
