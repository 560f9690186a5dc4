package io.claimsift.claims.scoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

public class CheckWorthinessModelTest {

  @Test
  public void probabilityIsTheSigmoidOfBiasPlusPresentWeights() throws Exception {
    String json = "{\"description\":\"t\",\"bias\":-1.0,\"weights\":{\"a\":2.0,\"b\":0.5}}";
    CheckWorthinessModel model = CheckWorthinessModel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertEquals(1 / (1 + Math.exp(-1.0)), model.probability(List.of("a", "unknown")), 1e-12);
    assertEquals(1 / (1 + Math.exp(0.5)), model.probability(List.of("b")), 1e-12);
    assertEquals(2, model.size());
  }

  @Test
  public void committedModelIsSmallAndSaysHowItWasTrained() throws Exception {
    Path file = Path.of("pipeline/core/src/main/resources" + CheckWorthinessModel.RESOURCE);

    assertThat(Files.size(file), lessThan(2L * 1024 * 1024));
    assertThat(CheckWorthinessModel.committed().size(), greaterThan(1000));
    assertThat(CheckWorthinessModel.committed().description(), containsString("ClaimBuster"));
  }
}
