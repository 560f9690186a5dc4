package io.claimsift.eval.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One hidden ReLU layer and a logit, with inverted dropout on the input while training. Not
 * thread-safe: it keeps the last forward pass for {@link #backward}.
 */
final class HeadMlp {

  private final int in;
  private final int hidden;
  private final double dropout;
  private final HeadParam w1; // [hidden][in]
  private final HeadParam b1;
  private final HeadParam w2;
  private final HeadParam b2;
  private final float[] mask; // 0 for a dropped input, 1/keep for a kept one, 1 when predicting
  private final float[] input;
  private final float[] activation;

  HeadMlp(int in, int hidden, double dropout, Random random) {
    this.in = in;
    this.hidden = hidden;
    this.dropout = dropout;
    this.w1 = HeadParam.gaussian(hidden * in, Math.sqrt(2.0 / in), random);
    this.b1 = HeadParam.zeros(hidden);
    this.w2 = HeadParam.gaussian(hidden, Math.sqrt(1.0 / hidden), random);
    this.b2 = HeadParam.zeros(1);
    this.mask = new float[in];
    this.input = new float[in];
    this.activation = new float[hidden];
  }

  /** The logit of {@code x}; {@code dropoutRandom} is null when predicting. */
  float forward(float[] x, Random dropoutRandom) {
    float keep = (float) (1 - dropout);
    for (int i = 0; i < in; i++) {
      mask[i] = dropoutRandom == null ? 1f : dropoutRandom.nextDouble() < dropout ? 0f : 1f / keep;
      input[i] = x[i] * mask[i];
    }
    float z = b2.w[0];
    for (int h = 0; h < hidden; h++) {
      activation[h] = Math.max(0f, b1.w[h] + HeadParam.dot(w1.w, h * in, input, 0, in));
      z += w2.w[h] * activation[h];
    }
    return z;
  }

  /** Accumulates gradients for {@code dLogit}; writes the input's gradient to {@code dX} if not null. */
  void backward(float dLogit, float[] dX) {
    if (dX != null) {
      Arrays.fill(dX, 0, in, 0f);
    }
    b2.g[0] += dLogit;
    for (int h = 0; h < hidden; h++) {
      w2.g[h] += dLogit * activation[h];
      if (activation[h] > 0) {
        float dh = dLogit * w2.w[h];
        b1.g[h] += dh;
        HeadParam.addScaled(w1.g, h * in, dh, input, 0, in);
        if (dX != null) {
          HeadParam.addScaled(dX, 0, dh, w1.w, h * in, in);
        }
      }
    }
    if (dX != null) {
      for (int i = 0; i < in; i++) {
        dX[i] *= mask[i];
      }
    }
  }

  List<HeadParam> params() {
    return List.of(w1, b1, w2, b2);
  }
}
