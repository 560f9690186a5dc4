package io.claimsift.eval.claims;

import io.claimsift.claims.scoring.CheckWorthinessModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains a {@link CheckWorthinessModel}: L2-regularised logistic regression over binary named
 * features, fitted by AdaGrad stochastic gradient descent in a seeded shuffled order.
 *
 * <p>Immutable and thread-safe; {@link #train} is deterministic for a given input order and seed.
 * Hand-written (about a hundred lines) because the model is a sparse dot product: a library such
 * as Smile or Tribuo would bring many megabytes for the same few loops. It lives in the lab because
 * only the training and cross-validation commands fit models; the pipeline only reads the committed one.
 *
 * @param epochs passes over the data
 * @param learningRate AdaGrad base step
 * @param l2 L2 penalty per example
 * @param minCount features seen in fewer training sentences are dropped (keeps the file small)
 * @param seed shuffling seed
 */
public record LogisticRegressionTrainer(int epochs, double learningRate, double l2, int minCount, long seed) {

  /** The settings of the committed model. */
  public static LogisticRegressionTrainer defaults() {
    return new LogisticRegressionTrainer(5, 0.05, 1e-5, 2, 20261121L);
  }

  /**
   * Fits a model to {@code examples} (feature lists) and {@code labels}; the bias is then shifted
   * by {@code -logit(threshold)} so that probability 0.5 of the result equals {@code threshold} of
   * the raw fit. Weights are rounded to four decimals and zeros dropped.
   */
  public CheckWorthinessModel train(
      List<List<String>> examples, List<Boolean> labels, double threshold, String description) {
    Map<String, Integer> index = vocabulary(examples, minCount);
    int[][] rows = encode(examples, index);
    double[] w = new double[index.size()];
    double[] g2 = new double[index.size()];
    double[] bias = {0, 0}; // value, accumulated squared gradient
    Integer[] order = new Integer[rows.length];
    Arrays.setAll(order, i -> i);
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      for (int i : order) {
        step(rows[i], labels.get(i) ? 1.0 : 0.0, w, g2, bias);
      }
    }
    double shift = -Math.log(threshold / (1 - threshold));
    Map<String, Double> weights = new TreeMap<>();
    index.forEach((name, k) -> {
      double rounded = round4(w[k]);
      if (rounded != 0) {
        weights.put(name, rounded);
      }
    });
    return new CheckWorthinessModel(round4(bias[0] + shift), weights, description);
  }

  private void step(int[] row, double y, double[] w, double[] g2, double[] bias) {
    double z = bias[0];
    for (int k : row) {
      z += w[k];
    }
    double gradient = 1.0 / (1.0 + Math.exp(-z)) - y;
    bias[1] += gradient * gradient;
    bias[0] -= learningRate * gradient / Math.sqrt(bias[1] + 1e-8);
    for (int k : row) {
      double g = gradient + l2 * w[k];
      g2[k] += g * g;
      w[k] -= learningRate * g / Math.sqrt(g2[k] + 1e-8);
    }
  }

  /**
   * The features seen in at least {@code minCount} examples, numbered 0, 1, ... in name order (a
   * total order, so the same examples always give the same numbering).
   */
  static Map<String, Integer> vocabulary(Collection<List<String>> examples, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> features : examples) {
      features.forEach(f -> counts.merge(f, 1, Integer::sum));
    }
    Map<String, Integer> index = new TreeMap<>();
    counts.forEach((f, n) -> {
      if (n >= minCount) {
        index.put(f, 0);
      }
    });
    int[] next = {0};
    index.replaceAll((f, ignored) -> next[0]++);
    return index;
  }

  private static int[][] encode(List<List<String>> examples, Map<String, Integer> index) {
    int[][] rows = new int[examples.size()][];
    for (int i = 0; i < rows.length; i++) {
      List<Integer> row = new ArrayList<>();
      for (String f : examples.get(i)) {
        Integer k = index.get(f);
        if (k != null) {
          row.add(k);
        }
      }
      rows[i] = row.stream().mapToInt(Integer::intValue).toArray();
    }
    return rows;
  }

  private static void shuffle(Integer[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Integer t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  private static double round4(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
