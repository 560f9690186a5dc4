package io.claimsift.eval.claims;

import java.util.Random;

/** One trainable array of a classifier head, its gradient and its Adam moments. */
final class HeadParam {

  final float[] w;
  final float[] g;
  final float[] m;
  final float[] v;
  /** Whether weight decay applies (weights yes, biases no). */
  final boolean decays;

  private HeadParam(int size, boolean decays) {
    w = new float[size];
    g = new float[size];
    m = new float[size];
    v = new float[size];
    this.decays = decays;
  }

  /** Weights drawn from N(0, scale^2), in the order of {@code random}. */
  static HeadParam gaussian(int size, double scale, Random random) {
    HeadParam p = new HeadParam(size, true);
    for (int i = 0; i < size; i++) {
      p.w[i] = (float) (random.nextGaussian() * scale);
    }
    return p;
  }

  /** Biases, starting at zero. */
  static HeadParam zeros(int size) {
    return new HeadParam(size, false);
  }

  /** Dot product of {@code a[aFrom..aFrom+n)} and {@code b[bFrom..bFrom+n)}, four running sums. */
  static float dot(float[] a, int aFrom, float[] b, int bFrom, int n) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += a[aFrom + i] * b[bFrom + i];
      s1 += a[aFrom + i + 1] * b[bFrom + i + 1];
      s2 += a[aFrom + i + 2] * b[bFrom + i + 2];
      s3 += a[aFrom + i + 3] * b[bFrom + i + 3];
    }
    for (; i < n; i++) {
      s0 += a[aFrom + i] * b[bFrom + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** {@code y[yFrom..) += scale * x[xFrom..)} over {@code n} values. */
  static void addScaled(float[] y, int yFrom, float scale, float[] x, int xFrom, int n) {
    for (int i = 0; i < n; i++) {
      y[yFrom + i] += scale * x[xFrom + i];
    }
  }
}
