package io.claimsift.eval.quantities;

import static org.junit.Assert.assertTrue;

import io.claimsift.eval.SharedEvalData;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.Test;

/** Guards the quantity figures reported in the README (skipped without ../shared/eval). */
public class QuantitySuitesTest {

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  private static Path folder() {
    return SharedEvalData.require("quantities/currency.json").getParent();
  }

  private static void assertAtLeast(String suite, QuantitySuite.Score score, double target) {
    assertTrue(suite + " accuracy " + score.accuracy(), score.accuracy() >= target);
  }

  @Test
  public void currencyNumberAndRangeReachTheirTargets() throws Exception {
    Path folder = folder();

    assertAtLeast("currency", CurrencyEval.score(folder, QUIET), 0.90);
    assertAtLeast("number", NumberEval.score(folder, QUIET), 0.90);
    assertAtLeast("number_range", NumberRangeEval.score(folder, QUIET), 0.90);
  }

  @Test
  public void dimensionReachesItsTarget() throws Exception {
    assertAtLeast("dimension", DimensionEval.score(folder(), QUIET), 0.85);
  }

  @Test
  public void percentAndDatesDoNotRegress() throws Exception {
    Path folder = folder();

    assertAtLeast("percent", PercentEval.score(folder, QUIET), 0.99);
    assertAtLeast("date", DateEval.score(folder, QUIET), 0.84);
  }
}
