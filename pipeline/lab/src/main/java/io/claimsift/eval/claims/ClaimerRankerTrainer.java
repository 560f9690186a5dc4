package io.claimsift.eval.claims;

import io.claimsift.linear.LogisticModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fits the claimer scorer as a choice among a claim's candidates and "none": a conditional logit
 * (softmax) where each candidate scores {@code bias + sum of its feature weights} and "none" scores
 * 0, trained by AdaGrad to put the probability on the candidates that match the gold claimer, or
 * on "none" when none does (naming a wrong claimer costs a false positive on top of the miss).
 *
 * <p>So {@link io.claimsift.claims.attribution.ClaimerScorer}'s rule (the best candidate when its
 * sigmoid reaches one half, i.e. its score beats "none") is the decision this model was trained
 * for. Deterministic for a given input order and seed.
 *
 * @param epochs passes over the claims
 * @param learningRate AdaGrad base step
 * @param l2 L2 penalty per claim
 * @param minCount features seen in fewer candidates are dropped
 * @param seed shuffling seed
 */
record ClaimerRankerTrainer(int epochs, double learningRate, double l2, int minCount, long seed) {

  /** The settings measured in docs/quality.md (Attribution, "A learned scorer over candidate claimers"). */
  static ClaimerRankerTrainer defaults() {
    return new ClaimerRankerTrainer(5, 0.05, 1e-5, 2, 20261207L);
  }

  /** One claim: the feature lists of its candidates, and which of them match the gold claimer. */
  record Choice(List<List<String>> candidates, List<Boolean> correct) {}

  /** A model fitted to {@code choices}; {@code description} says how. Weights rounded to four decimals, zeros dropped. */
  LogisticModel fit(List<Choice> choices, String description) {
    Map<String, Integer> index = vocabulary(choices);
    int[][][] rows = new int[choices.size()][][];
    for (int i = 0; i < rows.length; i++) {
      List<List<String>> cands = choices.get(i).candidates();
      rows[i] = new int[cands.size()][];
      for (int c = 0; c < cands.size(); c++) {
        rows[i][c] = cands.get(c).stream().filter(index::containsKey).mapToInt(index::get).toArray();
      }
    }
    double[] w = new double[index.size() + 1]; // the last is the bias
    double[] g2 = new double[w.length];
    int bias = index.size();
    Integer[] order = new Integer[rows.length];
    Arrays.setAll(order, i -> i);
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Integer t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int i : order) {
        step(rows[i], choices.get(i).correct(), w, g2, bias);
      }
    }
    Map<String, Double> weights = new TreeMap<>();
    index.forEach((name, k) -> {
      double rounded = Math.round(w[k] * 10000) / 10000.0;
      if (rounded != 0) {
        weights.put(name, rounded);
      }
    });
    return new LogisticModel(Math.round(w[bias] * 10000) / 10000.0, weights, description);
  }

  private void step(int[][] cands, List<Boolean> correct, double[] w, double[] g2, int bias) {
    int n = cands.length;
    double[] z = new double[n + 1]; // z[0] is "none"
    double max = 0;
    for (int c = 0; c < n; c++) {
      z[c + 1] = w[bias];
      for (int k : cands[c]) {
        z[c + 1] += w[k];
      }
      max = Math.max(max, z[c + 1]);
    }
    double sum = 0;
    double[] p = new double[n + 1];
    for (int c = 0; c <= n; c++) {
      p[c] = Math.exp(z[c] - max);
      sum += p[c];
    }
    boolean anyCorrect = correct.contains(true);
    double positive = 0;
    for (int c = 0; c <= n; c++) {
      p[c] /= sum;
      if (c == 0 ? !anyCorrect : correct.get(c - 1)) {
        positive += p[c];
      }
    }
    Map<Integer, Double> gradient = new HashMap<>();
    for (int c = 1; c <= n; c++) {
      boolean pos = correct.get(c - 1);
      double g = p[c] - (pos ? p[c] / positive : 0);
      gradient.merge(bias, g, Double::sum);
      for (int k : cands[c - 1]) {
        gradient.merge(k, g, Double::sum);
      }
    }
    gradient.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      int k = e.getKey();
      double g = e.getValue() + (k == bias ? 0 : l2 * w[k]);
      g2[k] += g * g;
      w[k] -= learningRate * g / Math.sqrt(g2[k] + 1e-8);
    });
  }

  private Map<String, Integer> vocabulary(List<Choice> choices) {
    List<List<String>> candidates = new ArrayList<>();
    choices.forEach(choice -> candidates.addAll(choice.candidates()));
    return LogisticRegressionTrainer.vocabulary(candidates, minCount);
  }
}
