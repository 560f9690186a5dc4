package io.claimsift.eval.claims;

import java.util.List;

/** Mean, maximum and first ({@code [CLS]}) token row side by side; no parameters. */
final class SummaryPooling implements TokenPooling {

  private static final int DIM = TokenCache.DIM;

  @Override
  public int size() {
    return 3 * DIM;
  }

  @Override
  public void forward(float[] x, int tokens, float[] out) {
    for (int d = 0; d < DIM; d++) {
      float sum = 0;
      float max = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < tokens; t++) {
        float v = x[t * DIM + d];
        sum += v;
        max = Math.max(max, v);
      }
      out[d] = sum / tokens;
      out[DIM + d] = max;
      out[2 * DIM + d] = x[d];
    }
  }

  @Override
  public void backward(float[] dOut) {
    // nothing to learn
  }

  @Override
  public List<HeadParam> params() {
    return List.of();
  }
}
