package io.claimsift.eval;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class BinaryCountsTest {

  @Test
  public void derivesPrecisionRecallF1AndAccuracyFromCounts() {
    BinaryCounts counts = BinaryCounts.EMPTY
        .add(true, true).add(true, true).add(true, true)   // 3 true positives
        .add(true, false)                                  // 1 false positive
        .add(false, true).add(false, true)                 // 2 false negatives
        .add(false, false).add(false, false).add(false, false).add(false, false); // 4 true negatives

    assertEquals(0.75, counts.precision(), 1e-12);
    assertEquals(0.6, counts.recall(), 1e-12);
    assertEquals(6.0 / 9.0, counts.f1(), 1e-12);
    assertEquals(0.7, counts.accuracy(), 1e-12);
  }

  @Test
  public void undefinedRatiosAreZeroAndCountsAdd() {
    BinaryCounts negativesOnly = BinaryCounts.EMPTY.add(false, false);

    assertEquals(0.0, negativesOnly.precision(), 0.0);
    assertEquals(0.0, negativesOnly.f1(), 0.0);
    assertEquals(new BinaryCounts(1, 0, 0, 1), negativesOnly.plus(BinaryCounts.EMPTY.add(true, true)));
  }

  @Test
  public void resultLinePrintsFractionsWithThreeDecimalsInInsertionOrder() {
    String line = ResultLine.of("claimer").put("f1", 0.61234).put("pages", 91).put("match", "exact").toString();

    assertEquals("RESULT claimer f1=0.612 pages=91 match=exact", line);
  }
}
