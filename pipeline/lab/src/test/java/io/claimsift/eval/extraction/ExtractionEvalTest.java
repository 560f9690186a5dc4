package io.claimsift.eval.extraction;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.claimsift.clean.ArticleCleaner;
import io.claimsift.eval.SharedEvalData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The evaluation reads the shared DEV layout and the cleaner beats the raw dump on it. */
public class ExtractionEvalTest {

  @Test
  public void textModeBeatsTheRawDumpOnTheFirstDevPages() throws Exception {
    // Arrange
    Path dev = SharedEvalData.require("extraction/dev");
    List<ExtractionEval.Page> pages = ExtractionEval.load(dev, "text").subList(0, 20);
    ArticleCleaner cleaner = ArticleCleaner.standard();
    List<ShingleMetric.PageScore> cleaned = new ArrayList<>();
    List<ShingleMetric.PageScore> raw = new ArrayList<>();
    // Act
    for (ExtractionEval.Page p : pages) {
      cleaned.add(ShingleMetric.page(p.id(), p.truth(), cleaner.cleanText(p.input()).cleanText()));
      raw.add(ShingleMetric.page(p.id(), p.truth(), p.input()));
    }
    // Assert
    assertThat(ExtractionEval.load(dev, "text").size(), is(91));
    assertThat(ShingleMetric.corpus(cleaned).f1(),
        greaterThan(ShingleMetric.corpus(raw).f1() + 0.1));
  }

  @Test
  public void lostCountsPagesBelowOneFifthAndTheWorstListShowsOnlyTunePages() {
    // Arrange: one page keeps its article, the other keeps nothing of it.
    ShingleMetric.PageScore kept =
        ShingleMetric.page("a", "one two three four five six", "one two three four five six");
    ShingleMetric.PageScore lost =
        ShingleMetric.page("b", "one two three four five six", "nine ten eleven twelve thirteen");
    // Act
    int lostPages = ExtractionEval.lost(List.of(kept, lost));
    List<ShingleMetric.PageScore> tune = ExtractionEval.tuneOnly(List.of(kept, lost));
    // Assert
    assertThat(lostPages, is(1));
    // SHA-256("tc1:a") starts with 0xe5 (tune), SHA-256("tc1:b") with 0x1b (check).
    assertThat(tune, is(List.of(kept)));
  }
}
