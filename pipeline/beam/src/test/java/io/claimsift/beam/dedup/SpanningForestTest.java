package io.claimsift.beam.dedup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.claimsift.dedup.ConnectedComponents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

public class SpanningForestTest {
  private static String id(int n) {
    return String.format("m%04d", n);
  }

  private static List<String[]> kept(List<String[]> edges, int maxNodes) {
    SpanningForest forest = new SpanningForest(maxNodes);
    List<String[]> kept = new ArrayList<>();
    for (String[] e : edges) {
      if (forest.keep(e[0], e[1])) {
        kept.add(e);
      }
    }
    return kept;
  }

  @Test
  public void aCliqueKeepsOneEdgePerMentionButTheFirst() {
    List<String[]> clique = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      for (int j = i + 1; j < 30; j++) {
        clique.add(new String[] {id(i), id(j)});
      }
    }

    List<String[]> kept = kept(clique, 1_000);

    assertEquals(29, kept.size());
    assertEquals(ConnectedComponents.components(clique, ConnectedComponents.ROUNDS),
        ConnectedComponents.components(kept, ConnectedComponents.ROUNDS));
  }

  @Test
  public void anEdgeInsideAConnectedPartIsDroppedAndOneJoiningTwoPartsKept() {
    SpanningForest forest = new SpanningForest(1_000);

    assertTrue(forest.keep("a", "b"));
    assertTrue(forest.keep("c", "d"));
    assertFalse(forest.keep("b", "a"));
    assertTrue(forest.keep("b", "c"));
    assertFalse(forest.keep("a", "d"));
  }

  @Test
  public void randomGraphsKeepTheirComponentsWhateverTheChunkSize() {
    Random random = new Random(15);
    for (int graph = 0; graph < 200; graph++) {
      int nodes = 2 + random.nextInt(120);
      List<String[]> edges = new ArrayList<>();
      int shape = graph % 4;
      for (int e = random.nextInt(3 * nodes); e >= 0; e--) {
        int a = random.nextInt(nodes);
        // dense families, paths, and edges anywhere
        int b = shape == 0 ? (a / 10) * 10 + random.nextInt(10) : shape == 1 ? a + 1 : random.nextInt(nodes);
        if (a != b) {
          edges.add(random.nextBoolean() ? new String[] {id(a), id(b)} : new String[] {id(b), id(a)});
        }
      }
      if (edges.isEmpty()) {
        continue;
      }
      Map<String, String> expected = ConnectedComponents.components(edges, ConnectedComponents.ROUNDS);
      for (int maxNodes : new int[] {2, 3, 7, 50, 1_000}) {
        List<String[]> kept = kept(edges, maxNodes);
        assertEquals("graph " + graph + ", chunks of " + maxNodes, expected,
            ConnectedComponents.components(kept, ConnectedComponents.ROUNDS));
        if (maxNodes == 1_000) {
          assertTrue(kept.size() < expected.size()); // a forest: fewer edges than nodes
        }
      }
    }
  }
}
