package io.claimsift.dedup;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.Test;

public class IndexedEdgesTest {

  @Test
  public void keepsTheLargestSimilarityOfAPairWhicheverWayItIsNamed() {
    IndexedEdges edges = new IndexedEdges();
    edges.add(3, 1, 0.5);
    edges.add(1, 3, 0.9);
    edges.add(1, 3, 0.7);

    int[] distinct = edges.distinctPairs();

    assertEquals(1, distinct.length);
    assertEquals(1, edges.a(distinct[0]));
    assertEquals(3, edges.b(distinct[0]));
    assertEquals(0.9, edges.similarity(distinct[0]), 0.0);
  }

  @Test
  public void ordersBySimilarityDescendingThenIndices() {
    IndexedEdges edges = new IndexedEdges();
    edges.add(2, 5, 0.8); // 0
    edges.add(0, 4, 0.9); // 1
    edges.add(1, 5, 0.8); // 2
    edges.add(1, 3, 0.8); // 3

    assertArrayEquals(new int[] {1, 3, 2, 0}, edges.inEdgeOrder());
  }

  @Test
  public void refusesSelfEdgesAndNonFiniteSimilarities() {
    IndexedEdges edges = new IndexedEdges();

    assertThrows(IllegalArgumentException.class, () -> edges.add(2, 2, 0.5));
    assertThrows(IllegalArgumentException.class, () -> edges.add(1, 2, Double.NaN));
  }

  @Test
  public void givesTheOrderOfEdgeObjectsOverManyChunksOfRandomEdges() {
    // more edges than one storage chunk (65,536), few distinct similarities, many repeated pairs
    Random random = new Random(7);
    IndexedEdges edges = new IndexedEdges();
    TreeMap<String, Edge> reference = new TreeMap<>();
    for (int i = 0; i < 150_000; i++) {
      int a = random.nextInt(400);
      int b = random.nextInt(400);
      if (a == b) {
        continue;
      }
      double similarity = random.nextInt(20) / 20.0;
      edges.add(a, b, similarity);
      Edge e = new Edge(id(a), id(b), similarity);
      reference.merge(e.a() + '\u0000' + e.b(), e, (x, y) -> x.similarity() >= y.similarity() ? x : y);
    }
    List<Edge> expected = new ArrayList<>(reference.values());
    expected.sort(ClusterResolver.EDGE_ORDER);

    List<Edge> actual = new ArrayList<>();
    for (int e : edges.inEdgeOrder()) {
      actual.add(new Edge(id(edges.a(e)), id(edges.b(e)), edges.similarity(e)));
    }

    assertEquals(expected, actual);
  }

  /** Ids whose string order is their index order. */
  private static String id(int index) {
    return String.format("m%05d", index);
  }

  @Test
  public void mergeSortIsStableAndSorts() {
    int[] values = {5, 3, 9, 1, 3, 7, 0, 2, 8};
    int[] expected = values.clone();
    java.util.Arrays.sort(expected);

    IndexedEdges.IntSort.sort(values, Integer::compare);

    assertArrayEquals(expected, values);
  }
}
