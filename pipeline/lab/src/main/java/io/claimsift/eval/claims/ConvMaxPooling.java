package io.claimsift.eval.claims;

import java.util.List;
import java.util.Random;

/**
 * A 1-D convolution over token rows (window of three, zero-padded ends, ReLU) followed by the
 * maximum over positions: each filter says how strongly its best three-token window fires.
 */
final class ConvMaxPooling implements TokenPooling {

  private static final int DIM = TokenCache.DIM;
  private static final int WIDTH = 3;

  private final int filters;
  private final HeadParam kernel; // [filters][WIDTH][DIM]
  private final HeadParam bias;
  private float[] x;
  private int tokens;
  private final int[] argmax;

  ConvMaxPooling(int filters, Random random) {
    this.filters = filters;
    this.kernel = HeadParam.gaussian(filters * WIDTH * DIM, Math.sqrt(2.0 / (WIDTH * DIM)), random);
    this.bias = HeadParam.zeros(filters);
    this.argmax = new int[filters];
  }

  @Override
  public int size() {
    return filters;
  }

  @Override
  public void forward(float[] x, int tokens, float[] out) {
    this.x = x;
    this.tokens = tokens;
    for (int f = 0; f < filters; f++) {
      float max = 0; // ReLU: a window below zero never wins
      int at = -1;
      for (int t = 0; t < tokens; t++) {
        float s = bias.w[f];
        for (int o = 0; o < WIDTH; o++) {
          int row = t + o - WIDTH / 2;
          if (row >= 0 && row < tokens) {
            s += HeadParam.dot(kernel.w, (f * WIDTH + o) * DIM, x, row * DIM, DIM);
          }
        }
        if (s > max) {
          max = s;
          at = t;
        }
      }
      out[f] = max;
      argmax[f] = at;
    }
  }

  @Override
  public void backward(float[] dOut) {
    for (int f = 0; f < filters; f++) {
      int t = argmax[f];
      if (t < 0 || dOut[f] == 0) {
        continue;
      }
      bias.g[f] += dOut[f];
      for (int o = 0; o < WIDTH; o++) {
        int row = t + o - WIDTH / 2;
        if (row >= 0 && row < tokens) {
          HeadParam.addScaled(kernel.g, (f * WIDTH + o) * DIM, dOut[f], x, row * DIM, DIM);
        }
      }
    }
  }

  @Override
  public List<HeadParam> params() {
    return List.of(kernel, bias);
  }
}
