package io.claimsift.eval.dedup;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import org.junit.Test;

public class BCubedTest {

  @Test
  public void scoresAMergedAndASplitClusterByHand() {
    // Gold: {1,2,3} {4}; predicted: {1,2} {3,4}.
    Map<String, String> gold = Map.of("1", "g", "2", "g", "3", "g", "4", "h");
    Map<String, String> predicted = Map.of("1", "x", "2", "x", "3", "y", "4", "y");

    BCubed score = BCubed.of(gold, predicted);

    // precision per item: 1, 1, 1/2, 1/2 -> 0.75; recall: 2/3, 2/3, 1/3, 1 -> 2/3
    assertEquals(0.75, score.precision(), 1e-12);
    assertEquals(2.0 / 3.0, score.recall(), 1e-12);
    assertEquals(2 * 0.75 * (2.0 / 3.0) / (0.75 + 2.0 / 3.0), score.f1(), 1e-12);
  }

  @Test
  public void unclusteredItemsCountAsSingletons() {
    BCubed score = BCubed.of(Map.of("1", "g", "2", "g"), Map.of());

    assertEquals(1.0, score.precision(), 1e-12);
    assertEquals(0.5, score.recall(), 1e-12);
  }
}
