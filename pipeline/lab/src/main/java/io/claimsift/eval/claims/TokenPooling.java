package io.claimsift.eval.claims;

import java.util.List;

/**
 * Turns one sentence's token matrix ({@code tokens * DIM}, standardised) into a fixed-size vector
 * for {@link HeadMlp}; may have trainable parameters. Not thread-safe (keeps the last forward pass).
 */
interface TokenPooling {

  /** Length of the pooled vector. */
  int size();

  /** Pools {@code x} ({@code tokens} rows of {@code DIM}) into {@code out[0..size())}. */
  void forward(float[] x, int tokens, float[] out);

  /** Accumulates parameter gradients given the gradient of the last forward's output. */
  void backward(float[] dOut);

  List<HeadParam> params();
}
