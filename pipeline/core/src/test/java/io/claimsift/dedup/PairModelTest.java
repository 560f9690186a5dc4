package io.claimsift.dedup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class PairModelTest {

  @Test
  public void parsesWhatItWrites() {
    PairModel model = new PairModel(List.of("a", "b"), new double[] {0.5, 1.0}, new double[] {2.0, 0.5},
        new double[] {1.5, -0.25}, 0.125);

    PairModel copy = PairModel.parse(model.toTsv());

    double[] x = {1.0, 2.0};
    // z = 0.125 + 1.5 * (1.0 - 0.5) / 2.0 - 0.25 * (2.0 - 1.0) / 0.5 = 0.0
    assertEquals(0.5, model.probability(x), 1e-12);
    assertEquals(model.probability(x), copy.probability(x), 1e-9);
    assertEquals(List.of("a", "b"), copy.names());
  }

  @Test
  public void trainingSeparatesASeparableSetAndIsRepeatable() {
    double[][] x = {{0.1}, {0.2}, {0.3}, {0.7}, {0.8}, {0.9}};
    boolean[] y = {false, false, false, true, true, true};

    PairModel first = PairModel.train(List.of("f"), x, y, 0.001, 300);
    PairModel second = PairModel.train(List.of("f"), x, y, 0.001, 300);

    assertTrue(first.probability(new double[] {0.15}) < 0.2);
    assertTrue(first.probability(new double[] {0.85}) > 0.8);
    assertEquals(first.toTsv(), second.toTsv());
  }

  @Test
  public void committedModelUsesTheCurrentFeatures() {
    assertEquals(PairFeatures.NAMES, PairModel.committed().names());
  }
}
