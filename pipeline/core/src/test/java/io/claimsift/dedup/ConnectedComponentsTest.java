package io.claimsift.dedup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

public class ConnectedComponentsTest {

  static String id(Random random) {
    return String.format("%016x%08x", random.nextLong(), random.nextInt());
  }

  /** Components by plain union-find, labelled by their smallest id: the expected answer. */
  static Map<String, String> unionFind(List<String[]> edges) {
    Map<String, String> parent = new HashMap<>();
    for (String[] e : edges) {
      String a = root(parent, e[0]);
      String b = root(parent, e[1]);
      if (!a.equals(b)) {
        parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
      }
    }
    Map<String, String> labels = new HashMap<>();
    for (String node : new ArrayList<>(parent.keySet())) {
      labels.put(node, root(parent, node));
    }
    return labels;
  }

  private static String root(Map<String, String> parent, String node) {
    parent.putIfAbsent(node, node);
    String r = node;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  @Test
  public void aPathInIdOrderIsOneComponentLabelledByItsSmallestId() {
    List<String[]> edges = List.of(new String[] {"a", "b"}, new String[] {"b", "c"}, new String[] {"c", "d"},
        new String[] {"x", "y"});

    Map<String, String> labels = ConnectedComponents.components(edges, ConnectedComponents.ROUNDS);

    assertEquals(Map.of("a", "a", "b", "a", "c", "a", "d", "a", "x", "x", "y", "x"), labels);
  }

  @Test
  public void randomGraphsGetTheComponentsOfUnionFind() {
    Random random = new Random(15);
    for (int graph = 0; graph < 2000; graph++) {
      int nodes = 2 + random.nextInt(60);
      String[] ids = new String[nodes];
      for (int i = 0; i < nodes; i++) {
        ids[i] = id(random);
      }
      List<String[]> edges = new ArrayList<>();
      int count = random.nextInt(2 * nodes);
      for (int i = 0; i < count; i++) {
        int a = random.nextInt(nodes);
        int b = random.nextInt(nodes);
        if (a != b) {
          edges.add(new String[] {ids[a], ids[b]});
        }
      }

      assertEquals("graph " + graph, unionFind(edges), ConnectedComponents.components(edges, ConnectedComponents.ROUNDS));
    }
  }

  @Test
  public void aLongPathInTheWorstIdOrderConvergesWellWithinTheRounds() {
    // A path whose ids rise along it is the slowest shape measured (docs/scale.md).
    Random random = new Random(7);
    String[] ids = new String[5000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = id(random);
    }
    Arrays.sort(ids);
    List<String[]> edges = new ArrayList<>();
    for (int i = 1; i < ids.length; i++) {
      edges.add(new String[] {ids[i - 1], ids[i]});
    }

    int rounds = ConnectedComponents.roundsToConverge(edges, ConnectedComponents.ROUNDS);

    // 13 measured; each tenfold longer path has taken about 3 more
    assertTrue("rounds " + rounds, rounds <= ConnectedComponents.ROUNDS - 8);
    assertEquals(unionFind(edges), ConnectedComponents.components(edges, ConnectedComponents.ROUNDS));
  }

  @Test
  public void tooFewRoundsFailInsteadOfGivingWrongComponents() {
    List<String[]> edges = new ArrayList<>();
    for (int i = 1; i < 200; i++) {
      edges.add(new String[] {String.format("%04d", i - 1), String.format("%04d", i)});
    }

    ConnectedComponents.NotConvergedException e = assertThrows(ConnectedComponents.NotConvergedException.class,
        () -> ConnectedComponents.components(edges, 1));

    assertTrue(e.getMessage(), e.getMessage().contains("did not converge in 1 rounds"));
  }
}
