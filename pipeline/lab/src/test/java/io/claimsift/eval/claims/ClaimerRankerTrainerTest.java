package io.claimsift.eval.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.claimsift.linear.LogisticModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ClaimerRankerTrainerTest {

  /** Deleted after each test, so that runs leave nothing in the system temp folder. */
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  /** Claims whose "good" candidate is right, and claims where only a "bad" one is offered. */
  private static List<ClaimerRankerTrainer.Choice> choices() {
    List<ClaimerRankerTrainer.Choice> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      out.add(new ClaimerRankerTrainer.Choice(List.of(List.of("bad"), List.of("good")), List.of(false, true)));
      out.add(new ClaimerRankerTrainer.Choice(List.of(List.of("bad")), List.of(false)));
    }
    return out;
  }

  @Test
  public void learnsToPreferTheRightCandidateAndNoneOverAWrongOne() {
    LogisticModel model = new ClaimerRankerTrainer(20, 0.1, 1e-5, 1, 1L).fit(choices(), "test");

    assertThat(model.probability(List.of("good")), greaterThan(0.5));
    assertThat(model.probability(List.of("bad")), lessThan(0.5));
  }

  @Test
  public void sameChoicesGiveTheSameBytes() throws Exception {
    Path dir = tmp.newFolder("claimer").toPath();
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");

    ClaimerRankerTrainer.defaults().fit(choices(), "test").write(a);
    ClaimerRankerTrainer.defaults().fit(choices(), "test").write(b);

    assertEquals(Files.readString(a), Files.readString(b));
    LogisticModel read = LogisticModel.read(Files.newInputStream(a));
    assertEquals(ClaimerRankerTrainer.defaults().fit(choices(), "test").size(), read.size());
  }

  @Test
  public void foldsCoverEveryIndexAndDependOnlyOnFileAndId() {
    boolean[] seen = new boolean[TrainClaimerScorer.FOLDS];
    for (int i = 0; i < 100; i++) {
      seen[TrainClaimerScorer.fold("f", Integer.toString(i))] = true;
    }

    for (boolean s : seen) {
      assertTrue(s);
    }
    assertEquals(TrainClaimerScorer.fold("f", "7"), TrainClaimerScorer.fold("f", "7"));
  }
}
