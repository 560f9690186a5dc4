package io.claimsift.eval.segmentation;

import static org.junit.Assert.assertTrue;

import io.claimsift.eval.SharedEvalData;
import java.nio.file.Path;
import org.junit.Test;

/** Guards the segmentation figures reported in the README (skipped without ../shared/eval). */
public class SegmentationSuitesTest {

  @Test
  public void goldenRulesStayAtTheTarget() throws Exception {
    Path file = SharedEvalData.require("segmentation/golden_rules_en.json");

    SegmentationSuite.Score score = SegmentationSuite.score(SegmentationSuite.read(file), PySbdCleaning.splitter());

    assertTrue("golden rules passed: " + score.passed(), score.passed() >= 52);
  }

  @Test
  public void goldenExtendedDoesNotRegress() throws Exception {
    Path file = SharedEvalData.require("segmentation/golden_extended_en.json");

    SegmentationSuite.Score score = SegmentationSuite.score(SegmentationSuite.read(file), PySbdCleaning.splitter());

    assertTrue("golden extended passed: " + score.passed(), score.passed() >= 126);
  }
}
