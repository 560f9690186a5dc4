package io.claimsift.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Connected components of an undirected graph of mention ids by the alternating large-star /
 * small-star algorithm of Kiveris et al., "Connected Components in MapReduce and Beyond" (SoCC
 * 2014), in the form a runner without loops can unroll: each operation looks at one node and its
 * neighbours only, so one round is one grouping by node.
 *
 * <p>Both operations keep the components of the graph as they are and never add a node; when no
 * operation changes the graph any more, every component is a star whose centre is its smallest id
 * (String order; mention ids are SHA-256 hex, so that order is a content-derived random
 * permutation, the setting of the paper's analysis). {@link #label} checks that state node by node
 * and fails otherwise: a graph that needs more than {@link #ROUNDS} rounds fails the run, it never
 * gets wrong components.
 *
 * <p>{@link #components} runs the same operations in memory (tests and benchmarks).
 */
public final class ConnectedComponents {
  /**
   * Rounds (one large-star then one small-star each) that the pipeline unrolls. The paper bounds
   * the alternating algorithm's rounds by O(log² n) for n nodes and finds about log n in
   * practice. Measured here (docs/scale.md), paths are the slowest shape: at 10,000 nodes the
   * worst of 20 random-order paths took 11 rounds, a path in rising id order 14, about three more
   * per tenfold size; 24 covers paths of millions of mentions, far longer than a component of
   * near-identical sentences gets, and {@link #label} fails the run beyond that.
   */
  public static final int ROUNDS = 24;

  private ConnectedComponents() {}

  /** Thrown by {@link #label} when a node is not yet a star's centre or leaf. */
  public static final class NotConvergedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NotConvergedException(String message) {
      super(message);
    }
  }

  /**
   * Large-star at {@code node}: every neighbour larger than the node is linked to the smallest of
   * the node and all its neighbours. Edges to smaller neighbours are left to those (each edge is
   * handled at its smaller end).
   *
   * @param neighbours every neighbour of the node (repeats and the node itself are ignored)
   * @param emit receives each new edge (a neighbour, the minimum); the two ids differ
   */
  public static void largeStar(String node, Collection<String> neighbours, BiConsumer<String, String> emit) {
    String min = node;
    for (String v : neighbours) {
      if (v.compareTo(min) < 0) {
        min = v;
      }
    }
    for (String v : new TreeSet<>(neighbours)) {
      if (v.compareTo(node) > 0) {
        emit.accept(v, min);
      }
    }
  }

  /**
   * Small-star at {@code node}: the node and all its smaller neighbours are linked to the smallest
   * of them.
   *
   * @param smallerNeighbours the neighbours smaller than the node (each edge goes to its larger end)
   * @param emit receives each new edge (a node, the minimum); the two ids differ
   */
  public static void smallStar(String node, Collection<String> smallerNeighbours, BiConsumer<String, String> emit) {
    TreeSet<String> star = new TreeSet<>(smallerNeighbours);
    if (star.isEmpty()) {
      return;
    }
    star.add(node);
    String min = star.first();
    for (String v : star.tailSet(min, false)) {
      emit.accept(v, min);
    }
  }

  /**
   * The component label of a node after the last round: itself when it is a centre (all its
   * neighbours are larger), its one neighbour when it is a leaf.
   *
   * @param neighbours every neighbour of the node, at least one
   * @throws NotConvergedException when the node is neither, i.e. the rounds did not suffice
   */
  public static String label(String node, Collection<String> neighbours, int rounds) {
    Set<String> distinct = new TreeSet<>(neighbours);
    distinct.remove(node);
    String smaller = null;
    int smallerCount = 0;
    for (String v : distinct) {
      if (v.compareTo(node) < 0) {
        smaller = v;
        smallerCount++;
      }
    }
    if (smallerCount == 0) {
      return node;
    }
    if (smallerCount == 1 && distinct.size() == 1) {
      return smaller;
    }
    throw new NotConvergedException("the connected components of the dedup candidate graph did not converge in "
        + rounds + " rounds: mention " + node + " still has " + smallerCount + " smaller and "
        + (distinct.size() - smallerCount) + " larger neighbours. No clusters were written; "
        + "ConnectedComponents.ROUNDS must be raised for a graph this deep");
  }

  /**
   * The component label of every node that has an edge, by the same operations as the pipeline,
   * {@code rounds} rounds then {@link #label}.
   *
   * @param edges pairs of distinct ids
   * @throws NotConvergedException when {@code rounds} do not suffice
   */
  public static Map<String, String> components(Collection<String[]> edges, int rounds) {
    Set<List<String>> current = new HashSet<>();
    for (String[] e : edges) {
      current.add(ordered(e[0], e[1]));
    }
    for (int r = 0; r < rounds; r++) {
      current = largeStarRound(current);
      current = smallStarRound(current);
    }
    Map<String, List<String>> neighbours = adjacency(current, true);
    Map<String, String> labels = new TreeMap<>();
    neighbours.forEach((node, ns) -> labels.put(node, label(node, ns, rounds)));
    return labels;
  }

  /**
   * Rounds needed until the graph stops changing (in memory), for measuring; at most {@code cap}.
   */
  public static int roundsToConverge(Collection<String[]> edges, int cap) {
    Set<List<String>> current = new HashSet<>();
    for (String[] e : edges) {
      current.add(ordered(e[0], e[1]));
    }
    for (int r = 1; r <= cap; r++) {
      Set<List<String>> next = smallStarRound(largeStarRound(current));
      if (isStarForest(next)) {
        return r;
      }
      current = next;
    }
    return cap + 1;
  }

  private static boolean isStarForest(Set<List<String>> edges) {
    try {
      adjacency(edges, true).forEach((node, ns) -> label(node, ns, 0));
      return true;
    } catch (NotConvergedException e) {
      return false;
    }
  }

  private static Set<List<String>> largeStarRound(Set<List<String>> edges) {
    Set<List<String>> next = new HashSet<>();
    adjacency(edges, true).forEach((node, ns) -> largeStar(node, ns, (a, b) -> next.add(ordered(a, b))));
    return next;
  }

  private static Set<List<String>> smallStarRound(Set<List<String>> edges) {
    Set<List<String>> next = new HashSet<>();
    adjacency(edges, false).forEach((node, ns) -> smallStar(node, ns, (a, b) -> next.add(ordered(a, b))));
    return next;
  }

  /** Neighbours by node: both ends of each edge, or only the larger end's smaller neighbour. */
  private static Map<String, List<String>> adjacency(Set<List<String>> edges, boolean bothEnds) {
    Map<String, List<String>> out = new HashMap<>();
    for (List<String> e : edges) {
      out.computeIfAbsent(e.get(1), k -> new ArrayList<>(2)).add(e.get(0));
      if (bothEnds) {
        out.computeIfAbsent(e.get(0), k -> new ArrayList<>(2)).add(e.get(1));
      }
    }
    return out;
  }

  private static List<String> ordered(String a, String b) {
    if (a.equals(b)) {
      throw new IllegalArgumentException("self edge " + a);
    }
    return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
  }
}
