package io.claimsift.eval;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** The tune/check rule, against digests computed outside Java with {@code sha256sum}. */
public class TuneCheckSplitTest {

  @Test
  public void firstDigestByteBelow128IsCheck() {
    // printf 'tc1:b' | sha256sum -> 1b8a... (0x1b = 27)
    assertTrue(TuneCheckSplit.isCheck("b"));
    // printf 'tc1:page-001' | sha256sum -> 262c... (0x26 = 38)
    assertEquals(TuneCheckSplit.CHECK, TuneCheckSplit.half("page-001"));
  }

  @Test
  public void firstDigestByte128OrAboveIsTune() {
    // printf 'tc1:a' | sha256sum -> e526... (0xe5 = 229)
    assertFalse(TuneCheckSplit.isCheck("a"));
    // printf 'tc1:é' | sha256sum -> c609... : the id is hashed as UTF-8
    assertEquals(TuneCheckSplit.TUNE, TuneCheckSplit.half("é"));
  }

  @Test
  public void splitsAThousandIdsRoughlyInHalf() {
    int check = 0;
    for (int i = 0; i < 1000; i++) {
      if (TuneCheckSplit.isCheck("case-" + i)) {
        check++;
      }
    }
    assertTrue("check half of 1000 ids: " + check, check > 430 && check < 570);
  }
}
