package io.claimsift.beam.dedup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A union-find over the edges offered to it, in chunks of at most {@code maxNodes} ids: {@link
 * #keep} is true for an edge that joins two parts its chunk's kept edges do not connect yet. The
 * kept edges connect every offered edge's ends (within its chunk), so they have the connected
 * components of all the offered edges, with at most one edge per id and chunk.
 */
final class SpanningForest {
  private final int maxNodes;
  private Map<String, Integer> index;
  private int[] parent;

  /** @param maxNodes ids held before the union-find starts a new chunk (at least 2) */
  SpanningForest(int maxNodes) {
    if (maxNodes < 2) {
      throw new IllegalArgumentException("maxNodes must be at least 2, got " + maxNodes);
    }
    this.maxNodes = maxNodes;
    reset();
  }

  /** True when the edge (a, b), a != b, joins two parts not yet connected in this chunk. */
  boolean keep(String a, String b) {
    if (index.size() + 2 > maxNodes) {
      reset();
    }
    int ra = find(node(a));
    int rb = find(node(b));
    if (ra == rb) {
      return false;
    }
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }

  private void reset() {
    index = new HashMap<>();
    parent = new int[64];
  }

  private int node(String id) {
    Integer known = index.get(id);
    if (known != null) {
      return known;
    }
    int n = index.size();
    index.put(id, n);
    if (n == parent.length) {
      parent = Arrays.copyOf(parent, 2 * n);
    }
    parent[n] = n;
    return n;
  }

  private int find(int n) {
    int root = n;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[n] != root) { // path compression
      int next = parent[n];
      parent[n] = root;
      n = next;
    }
    return root;
  }
}
