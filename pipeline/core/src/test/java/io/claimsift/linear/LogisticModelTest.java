package io.claimsift.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogisticModelTest {

  @Test
  void probabilityIsTheSigmoidOfBiasPlusPresentWeightsAndUnknownFeaturesWeighNothing() {
    // Arrange
    LogisticModel model = new LogisticModel(-1.0, Map.of("money", 2.0, "quote", 0.5), "test");

    // Act
    double withMoney = model.probability(List.of("money", "never-seen"));
    double withNothing = model.probability(List.of());

    // Assert: sigmoid(1.0) and sigmoid(-1.0)
    assertEquals(0.7310585786, withMoney, 1e-9);
    assertEquals(0.2689414214, withNothing, 1e-9);
  }

  @Test
  void writtenModelReadsBackAndRewritesTheSameBytesWithWeightsSortedByName(@TempDir Path dir) throws Exception {
    // Arrange
    LogisticModel model = new LogisticModel(0.25, Map.of("zeta", -0.1, "alpha", 1.5), "trained on x");
    Path first = dir.resolve("a.json");
    Path second = dir.resolve("b.json");

    // Act
    model.write(first);
    LogisticModel read;
    try (InputStream in = Files.newInputStream(first)) {
      read = LogisticModel.read(in);
    }
    read.write(second);

    // Assert
    String text = Files.readString(first);
    assertEquals(true, text.indexOf("\"alpha\"") < text.indexOf("\"zeta\""), text);
    assertEquals("trained on x", read.description());
    assertEquals(0.25, read.bias());
    assertEquals(2, read.size());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }
}
