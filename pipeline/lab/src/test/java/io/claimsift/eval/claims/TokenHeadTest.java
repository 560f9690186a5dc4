package io.claimsift.eval.claims;

import static org.junit.Assert.assertEquals;

import java.util.Random;
import org.junit.Test;

public class TokenHeadTest {

  private static final int DIM = TokenCache.DIM;

  @Test
  public void bfloat16KeepsEightSignificantBitsAndRoundsToNearest() {
    assertEquals(1.0f, TokenCache.toFloat(TokenCache.toBf16(1.0f)), 0f);
    assertEquals(-0.5f, TokenCache.toFloat(TokenCache.toBf16(-0.5f)), 0f);
    // bfloat16 neighbours near 1 are 1/128 apart: 1 + 3/512 goes up, 1 + 1/512 goes down
    assertEquals(1f + 1f / 128, TokenCache.toFloat(TokenCache.toBf16(1f + 3f / 512)), 0f);
    assertEquals(1f, TokenCache.toFloat(TokenCache.toBf16(1f + 1f / 512)), 0f);
  }

  @Test
  public void attentionGradientMatchesFiniteDifferences() {
    assertGradientMatches(new TokenHead(new AttentionPooling(2, new Random(1)), 1, 8, 0, new Random(2)));
  }

  @Test
  public void convolutionGradientMatchesFiniteDifferences() {
    assertGradientMatches(new TokenHead(new ConvMaxPooling(4, new Random(1)), 1, 8, 0, new Random(2)));
  }

  /** Compares the first parameter array's analytic gradient with central differences, at a few entries. */
  private static void assertGradientMatches(TokenHead head) {
    Random random = new Random(3);
    float[] x = new float[4 * DIM];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) random.nextGaussian();
    }
    float[] extras = {0.5f};
    HeadParam first = head.params().get(0);
    for (int i = 0; i < first.w.length; i++) { // queries of a useful size, so softmax weights differ
      first.w[i] *= 10;
    }

    head.logit(x, 4, extras, null);
    head.backward(1f);

    for (int k : new int[] {0, 5, DIM + 7, first.w.length - 1}) {
      float saved = first.w[k];
      first.w[k] = saved + 1e-2f;
      double up = head.logit(x, 4, extras, null);
      first.w[k] = saved - 1e-2f;
      double down = head.logit(x, 4, extras, null);
      first.w[k] = saved;
      double numeric = (up - down) / 2e-2;
      assertEquals("parameter " + k, numeric, first.g[k], 2e-3 + 0.02 * Math.abs(numeric));
    }
  }
}
