package io.claimsift.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Accepted edges between mentions named by their index in mention-id order, held in primitive
 * arrays: 16 bytes an edge instead of an {@link Edge} object, its two id strings and a map key. A
 * component of a synthetic crawl can hold millions of accepted pairs (docs/scale.md, "Dedup
 * resolution per connected component").
 *
 * <p>{@link #inEdgeOrder} gives what {@link ClusterResolver} applies: one edge per unordered pair
 * (the largest similarity), in {@link ClusterResolver#EDGE_ORDER}. Because indices follow the
 * mention-id order, comparing indices compares ids.
 */
public final class IndexedEdges {
  private static final int CHUNK_BITS = 16;
  private static final int CHUNK = 1 << CHUNK_BITS;

  // chunks, so that growing never copies (and briefly doubles) millions of entries
  private final List<int[]> as = new ArrayList<>();
  private final List<int[]> bs = new ArrayList<>();
  private final List<double[]> similarities = new ArrayList<>();
  private int size;

  /** Adds the edge {a, b}, stored with the smaller index first. */
  public void add(int a, int b, double similarity) {
    if (a == b) {
      throw new IllegalArgumentException("self edge " + a);
    }
    if (Double.isNaN(similarity) || Double.isInfinite(similarity)) {
      throw new IllegalArgumentException("similarity not finite: " + similarity);
    }
    if ((size & (CHUNK - 1)) == 0) {
      as.add(new int[CHUNK]);
      bs.add(new int[CHUNK]);
      similarities.add(new double[CHUNK]);
    }
    int chunk = size >>> CHUNK_BITS;
    int at = size & (CHUNK - 1);
    as.get(chunk)[at] = Math.min(a, b);
    bs.get(chunk)[at] = Math.max(a, b);
    similarities.get(chunk)[at] = similarity;
    size++;
  }

  /** Edges added, repeats included. */
  public int size() {
    return size;
  }

  /** The smaller index of edge i. */
  public int a(int i) {
    return as.get(i >>> CHUNK_BITS)[i & (CHUNK - 1)];
  }

  /** The larger index of edge i. */
  public int b(int i) {
    return bs.get(i >>> CHUNK_BITS)[i & (CHUNK - 1)];
  }

  public double similarity(int i) {
    return similarities.get(i >>> CHUNK_BITS)[i & (CHUNK - 1)];
  }

  /**
   * One position per distinct pair {a, b}: the edge with the largest similarity (of equal ones the
   * first added), sorted by a, then b.
   */
  public int[] distinctPairs() {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    IntSort.sort(order, (x, y) -> {
      int c = Integer.compare(a(x), a(y));
      if (c == 0) {
        c = Integer.compare(b(x), b(y));
      }
      return c != 0 ? c : Double.compare(similarity(y), similarity(x));
    });
    int kept = 0;
    for (int k = 0; k < size; k++) {
      if (kept == 0 || a(order[k]) != a(order[kept - 1]) || b(order[k]) != b(order[kept - 1])) {
        order[kept++] = order[k];
      }
    }
    return java.util.Arrays.copyOf(order, kept);
  }

  /**
   * The edges to apply, as positions: {@link #distinctPairs}, sorted by similarity descending, then
   * a, then b (a total order on the distinct pairs).
   */
  public int[] inEdgeOrder() {
    int[] distinct = distinctPairs();
    IntSort.sort(distinct, (x, y) -> {
      int c = Double.compare(similarity(y), similarity(x));
      if (c == 0) {
        c = Integer.compare(a(x), a(y));
      }
      return c != 0 ? c : Integer.compare(b(x), b(y));
    });
    return distinct;
  }

  /** A stable merge sort of ints by a comparator, without boxing. */
  static final class IntSort {
    /** Compares two ints. */
    interface IntComparator {
      int compare(int x, int y);
    }

    private IntSort() {}

    static void sort(int[] values, IntComparator comparator) {
      int[] from = values;
      int[] to = new int[values.length];
      for (int width = 1; width < values.length; width *= 2) {
        for (int lo = 0; lo < values.length; lo += 2 * width) {
          int mid = Math.min(lo + width, values.length);
          int hi = Math.min(lo + 2 * width, values.length);
          int i = lo;
          int j = mid;
          for (int k = lo; k < hi; k++) {
            to[k] = j >= hi || (i < mid && comparator.compare(from[i], from[j]) <= 0) ? from[i++] : from[j++];
          }
        }
        int[] swap = from;
        from = to;
        to = swap;
      }
      if (from != values) {
        System.arraycopy(from, 0, values, 0, values.length);
      }
    }
  }
}
