package io.claimsift.eval.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;

import io.claimsift.claims.scoring.CheckWorthinessModel;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LogisticRegressionTrainerTest {

  /** Deleted after each test, so that runs leave nothing in the system temp folder. */
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private final LogisticRegressionTrainer trainer = new LogisticRegressionTrainer(20, 0.3, 0, 1, 7L);

  /** "good" marks positives, "bad" negatives; "noise" appears in both. */
  private static List<List<String>> examples() {
    List<List<String>> x = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      x.add(List.of("good", "noise"));
      x.add(List.of("bad", "noise"));
    }
    return x;
  }

  private static List<Boolean> labels() {
    List<Boolean> y = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      y.add(true);
      y.add(false);
    }
    return y;
  }

  @Test
  public void learnsTheSeparatingFeature() {
    CheckWorthinessModel model = trainer.train(examples(), labels(), 0.5, "toy");

    assertThat(model.probability(List.of("good", "noise")), greaterThan(0.9));
    assertThat(model.probability(List.of("bad", "noise")), lessThan(0.1));
  }

  @Test
  public void thresholdIsFoldedIntoTheBias() {
    CheckWorthinessModel plain = trainer.train(examples(), labels(), 0.5, "toy");
    CheckWorthinessModel shifted = trainer.train(examples(), labels(), 0.2, "toy");

    // logit(0.2) = -1.3863: a raw probability of 0.2 now reads 0.5
    assertEquals(plain.bias() + 1.3863, shifted.bias(), 2e-4);
  }

  @Test
  public void rareFeaturesAreDropped() {
    List<List<String>> x = new ArrayList<>(examples());
    x.add(List.of("once", "good"));
    List<Boolean> y = new ArrayList<>(labels());
    y.add(true);

    CheckWorthinessModel model = new LogisticRegressionTrainer(5, 0.3, 0, 2, 7L).train(x, y, 0.5, "toy");

    assertEquals(3, model.size()); // good, bad, noise
  }

  @Test
  public void sameInputSameFileBytes() throws Exception {
    Path dir = tmp.newFolder("lr").toPath();
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");

    trainer.train(examples(), labels(), 0.5, "toy").write(a);
    trainer.train(examples(), labels(), 0.5, "toy").write(b);

    assertEquals(Files.readString(a), Files.readString(b));
    CheckWorthinessModel read = CheckWorthinessModel.read(new ByteArrayInputStream(Files.readAllBytes(a)));
    assertEquals(trainer.train(examples(), labels(), 0.5, "toy").probability(List.of("good")),
        read.probability(List.of("good")), 0);
  }
}
