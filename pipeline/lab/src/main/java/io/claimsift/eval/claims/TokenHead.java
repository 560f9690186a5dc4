package io.claimsift.eval.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A check-worthiness head over frozen token outputs: a {@link TokenPooling}, optionally followed by
 * extra per-sentence inputs (the lexical model's logit), then a {@link HeadMlp}. Not thread-safe.
 */
final class TokenHead {

  private final TokenPooling pooling;
  private final HeadMlp mlp;
  private final float[] pooled;
  private final float[] dPooled;
  private final boolean pooledLearns;

  TokenHead(TokenPooling pooling, int extras, int hidden, double dropout, Random random) {
    this.pooling = pooling;
    this.mlp = new HeadMlp(pooling.size() + extras, hidden, dropout, random);
    this.pooled = new float[pooling.size() + extras];
    this.dPooled = new float[pooling.size() + extras];
    this.pooledLearns = !pooling.params().isEmpty();
  }

  /** Logit of one sentence ({@code tokens} standardised rows in {@code x}); dropout if training. */
  float logit(float[] x, int tokens, float[] extras, Random dropoutRandom) {
    pooling.forward(x, tokens, pooled);
    if (extras != null) {
      System.arraycopy(extras, 0, pooled, pooling.size(), extras.length);
    }
    return mlp.forward(pooled, dropoutRandom);
  }

  /** Accumulates gradients of the last {@link #logit} call. */
  void backward(float dLogit) {
    mlp.backward(dLogit, pooledLearns ? dPooled : null);
    if (pooledLearns) {
      pooling.backward(dPooled);
    }
  }

  List<HeadParam> params() {
    List<HeadParam> all = new ArrayList<>(pooling.params());
    all.addAll(mlp.params());
    return all;
  }
}
