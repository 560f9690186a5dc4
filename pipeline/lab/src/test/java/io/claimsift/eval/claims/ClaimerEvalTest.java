package io.claimsift.eval.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.claimsift.claims.attribution.Attribution;
import io.claimsift.claims.attribution.AttributionFinder;
import io.claimsift.eval.BinaryCounts;
import io.claimsift.eval.SharedEvalData;
import io.claimsift.sentences.Sentence;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.Test;

public class ClaimerEvalTest {

  @Test
  public void exactMatchIgnoresCasePunctuationAndLeadingThe() {
    assertTrue(ClaimerEval.exactMatch("The WHO", "WHO"));
    assertTrue(ClaimerEval.exactMatch("Moncef Slaoui,", "moncef  slaoui"));
    assertFalse(ClaimerEval.exactMatch("Mr Romanoff", "Larry Romanoff"));
    assertFalse(ClaimerEval.exactMatch(null, "WHO"));
  }

  @Test
  public void overlapNeedsASharedContentWord() {
    assertTrue(ClaimerEval.overlapMatch("Mr Romanoff", "Larry Romanoff"));
    assertFalse(ClaimerEval.overlapMatch("the report", "the WHO"));
  }

  @Test
  public void wrongClaimerCountsAsFalsePositiveAndFalseNegative() {
    BinaryCounts c = ClaimerEval.add(BinaryCounts.EMPTY, "Reuters", "the UN", false);
    c = ClaimerEval.add(c, "Reuters", "Reuters", true);
    c = ClaimerEval.add(c, null, "the UN", false);
    c = ClaimerEval.add(c, "Reuters", null, false);
    c = ClaimerEval.add(c, null, null, false);

    assertEquals(new BinaryCounts(1, 2, 2, 1), c);
  }

  @Test
  public void caseSaysWhereTheGoldAndTheFoundClaimerAre() {
    Sentence sentence = new Sentence(0, 20, "It spreads, he said.");
    NewsClaimsFile.Item outside = new NewsClaimsFile.Item(sentence, true, "Iwasaki", false);
    NewsClaimsFile.Item none = new NewsClaimsFile.Item(sentence, true, null, false);
    Attribution neighbour = new Attribution("Iwasaki", 30, 37, false);

    assertEquals("gold=out found=neighbour overlap=yes", ClaimerEval.caseOf(outside, neighbour, true));
    assertEquals("gold=out found=none overlap=no", ClaimerEval.caseOf(outside, null, false));
    assertEquals("gold=none found=neighbour overlap=no", ClaimerEval.caseOf(none, neighbour, false));
  }

  @Test
  public void claimerOverlapF1OnNewsClaimsDevReachesTheTarget() throws Exception {
    var documents = NewsClaimsFile.read(SharedEvalData.require("claims/newsclaims_dev.jsonl"));

    ClaimerEval.Scores scores =
        ClaimerEval.evaluate(documents, AttributionFinder.english(), new PrintStream(OutputStream.nullOutputStream()));

    assertEquals(66, scores.overlap().truePositives() + scores.overlap().falseNegatives()); // gold claimers
    assertThat(scores.overlap().f1(), greaterThanOrEqualTo(0.60));
  }
}
