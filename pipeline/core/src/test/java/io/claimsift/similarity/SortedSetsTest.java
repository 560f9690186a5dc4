package io.claimsift.similarity;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SortedSetsTest {
  @Test
  public void jaccardCountsTheSharedValuesOverTheUnion() {
    long[] a = {1, 3, 5, 7};
    long[] b = {3, 4, 7};

    double j = SortedSets.jaccard(a, b);

    assertEquals(2.0 / 5.0, j, 1e-12);
  }

  @Test
  public void jaccardOfTwoEmptySetsIsZero() {
    assertEquals(0.0, SortedSets.jaccard(new long[0], new long[0]), 0.0);
  }

  @Test
  public void jaccardOfEqualSetsIsOne() {
    long[] a = {-9, 2, 40};

    assertEquals(1.0, SortedSets.jaccard(a, a.clone()), 0.0);
  }
}
