package io.claimsift.eval.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fits a {@link TokenHead} with mini-batch Adam on the log loss, in a seeded order, and stops early:
 * after each epoch the loss on the tuning rows decides whether to keep the parameters; training
 * ends after {@code patience} epochs without improvement and restores the best ones.
 */
final class HeadTraining {

  /** Everything a head reads for one sentence. */
  record Inputs(float[][] tokens, float[][] extras, boolean[] labels) {}

  private static final int BATCH = 32;
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;

  private final double rate;
  private final double l2;
  private final int maxEpochs;
  private final int patience;

  HeadTraining(double rate, double l2, int maxEpochs, int patience) {
    this.rate = rate;
    this.l2 = l2;
    this.maxEpochs = maxEpochs;
    this.patience = patience;
  }

  void fit(TokenHead head, Inputs in, List<Integer> fit, List<Integer> tune, long seed) {
    Random random = new Random(seed);
    List<HeadParam> params = head.params();
    List<float[]> best = snapshot(params);
    double bestLoss = loss(head, in, tune);
    int sinceBest = 0;
    int step = 0;
    List<Integer> order = new ArrayList<>(fit);
    for (int epoch = 0; epoch < maxEpochs && sinceBest < patience; epoch++) {
      Collections.shuffle(order, random);
      for (int from = 0; from < order.size(); from += BATCH) {
        int to = Math.min(order.size(), from + BATCH);
        for (int i : order.subList(from, to)) {
          float p = sigmoid(head.logit(in.tokens()[i], tokens(in, i), extras(in, i), random));
          head.backward(p - (in.labels()[i] ? 1 : 0));
        }
        adam(params, to - from, ++step);
      }
      double tuneLoss = loss(head, in, tune);
      System.out.printf("  epoch %d: tune loss %.4f%n", epoch, tuneLoss);
      if (tuneLoss < bestLoss - 1e-4) {
        bestLoss = tuneLoss;
        best = snapshot(params);
        sinceBest = 0;
      } else {
        sinceBest++;
      }
    }
    for (int k = 0; k < params.size(); k++) {
      System.arraycopy(best.get(k), 0, params.get(k).w, 0, best.get(k).length);
    }
  }

  /** Probability that row {@code i} is check-worthy. */
  static double probability(TokenHead head, Inputs in, int i) {
    return sigmoid(head.logit(in.tokens()[i], tokens(in, i), extras(in, i), null));
  }

  private void adam(List<HeadParam> params, int batch, int step) {
    double correction1 = 1 - Math.pow(BETA1, step);
    double correction2 = 1 - Math.pow(BETA2, step);
    float stepRate = (float) (rate * Math.sqrt(correction2) / correction1);
    for (HeadParam p : params) {
      for (int k = 0; k < p.w.length; k++) {
        float g = p.g[k] / batch + (p.decays ? (float) l2 * p.w[k] : 0f);
        p.m[k] = BETA1 * p.m[k] + (1 - BETA1) * g;
        p.v[k] = BETA2 * p.v[k] + (1 - BETA2) * g * g;
        p.w[k] -= stepRate * p.m[k] / ((float) Math.sqrt(p.v[k]) + 1e-7f);
        p.g[k] = 0f;
      }
    }
  }

  private static double loss(TokenHead head, Inputs in, List<Integer> rows) {
    double sum = 0;
    for (int i : rows) {
      double p = Math.min(1 - 1e-7, Math.max(1e-7, probability(head, in, i)));
      sum -= Math.log(in.labels()[i] ? p : 1 - p);
    }
    return sum / rows.size();
  }

  private static List<float[]> snapshot(List<HeadParam> params) {
    List<float[]> copy = new ArrayList<>();
    params.forEach(p -> copy.add(p.w.clone()));
    return copy;
  }

  private static int tokens(Inputs in, int i) {
    return in.tokens()[i].length / TokenCache.DIM;
  }

  private static float[] extras(Inputs in, int i) {
    return in.extras() == null ? null : in.extras()[i];
  }

  private static float sigmoid(double z) {
    return (float) (1 / (1 + Math.exp(-z)));
  }
}
