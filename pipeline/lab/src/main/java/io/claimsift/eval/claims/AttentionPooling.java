package io.claimsift.eval.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Attention pooling with learned queries: head {@code h} weighs token {@code t} by
 * {@code softmax_t(q_h . x_t)} and outputs the weighted mean of the rows. Queries start near zero,
 * so every head starts as plain mean pooling (the sentence embedding, before normalisation).
 */
final class AttentionPooling implements TokenPooling {

  private static final int DIM = TokenCache.DIM;

  private final int heads;
  private final HeadParam queries;
  private float[] x;
  private int tokens;
  private float[] weights = new float[0]; // [heads][tokens] of the last forward pass

  AttentionPooling(int heads, Random random) {
    this.heads = heads;
    this.queries = HeadParam.gaussian(heads * DIM, 0.01, random);
  }

  @Override
  public int size() {
    return heads * DIM;
  }

  @Override
  public void forward(float[] x, int tokens, float[] out) {
    this.x = x;
    this.tokens = tokens;
    if (weights.length < heads * tokens) {
      weights = new float[heads * tokens];
    }
    for (int h = 0; h < heads; h++) {
      float max = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < tokens; t++) {
        weights[h * tokens + t] = HeadParam.dot(queries.w, h * DIM, x, t * DIM, DIM);
        max = Math.max(max, weights[h * tokens + t]);
      }
      float sum = 0;
      for (int t = 0; t < tokens; t++) {
        float e = (float) Math.exp(weights[h * tokens + t] - max);
        weights[h * tokens + t] = e;
        sum += e;
      }
      Arrays.fill(out, h * DIM, (h + 1) * DIM, 0f);
      for (int t = 0; t < tokens; t++) {
        weights[h * tokens + t] /= sum;
        HeadParam.addScaled(out, h * DIM, weights[h * tokens + t], x, t * DIM, DIM);
      }
    }
  }

  @Override
  public void backward(float[] dOut) {
    for (int h = 0; h < heads; h++) {
      // d score_t = a_t * (dOut_h . x_t - sum_u a_u * dOut_h . x_u)
      float[] dWeight = new float[tokens];
      float expected = 0;
      for (int t = 0; t < tokens; t++) {
        dWeight[t] = HeadParam.dot(dOut, h * DIM, x, t * DIM, DIM);
        expected += weights[h * tokens + t] * dWeight[t];
      }
      for (int t = 0; t < tokens; t++) {
        float dScore = weights[h * tokens + t] * (dWeight[t] - expected);
        HeadParam.addScaled(queries.g, h * DIM, dScore, x, t * DIM, DIM);
      }
    }
  }

  @Override
  public List<HeadParam> params() {
    return List.of(queries);
  }
}
