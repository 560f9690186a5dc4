package io.claimsift.eval.claims;

import io.claimsift.claims.scoring.CheckWorthinessFeatures;
import io.claimsift.embed.SentenceEmbedder;
import io.claimsift.eval.BinaryCounts;
import io.claimsift.eval.ResultLine;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures the embedding variant NOT used by the pipeline: logistic regression over the lexical
 * features plus the 384 all-MiniLM-L6-v2 dimensions, on the same folds as {@link ClaimDetectionCv}.
 *
 * <p>The threshold is tuned on one inner fold of the training part (simpler than the committed
 * recipe; it only gives the level). Embeddings are cached in the optional second argument, a file
 * outside the repository. Usage: {@code EmbeddingVariantCv <claimbuster.tsv> [cache.bin]}.
 */
public final class EmbeddingVariantCv {

  private static final int FOLDS = 5;
  private static final int DIM = SentenceEmbedder.DIMENSIONS;

  private EmbeddingVariantCv() {}

  public static void main(String[] args) throws Exception {
    List<ClaimBusterFile.Row> rows = ClaimBusterFile.read(Path.of(args[0]));
    float[][] embeddings = embeddings(rows, args.length > 1 ? Path.of(args[1]) : null);
    CheckWorthinessFeatures features = CheckWorthinessFeatures.english();
    Map<String, Integer> index = new HashMap<>();
    int[][] sparse = new int[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      sparse[i] = features.of(rows.get(i).text().strip()).stream()
          .mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray();
    }
    BinaryCounts total = BinaryCounts.EMPTY;
    for (int k = 0; k < FOLDS; k++) {
      ClaimBusterFile.Split split = ClaimBusterFile.Split.of(rows, FOLDS, k);
      List<Integer> fit = split.fit();
      List<Integer> tune = split.tune();
      List<Integer> test = split.test();
      double[] w = train(fit, rows, sparse, embeddings, index.size());
      double threshold = bestThreshold(w, tune, rows, sparse, embeddings);
      BinaryCounts counts = BinaryCounts.EMPTY;
      for (int i : test) {
        counts = counts.add(probability(w, sparse[i], embeddings[i]) >= threshold, rows.get(i).checkWorthy());
      }
      System.out.printf("fold %d: threshold %.2f F1 %.3f%n", k, threshold, counts.f1());
      total = total.plus(counts);
    }
    System.out.println(ResultLine.of("claim-detection-cv-embedding")
        .put("f1", total.f1()).put("precision", total.precision()).put("recall", total.recall())
        .put("folds", FOLDS));
  }

  private static double[] train(List<Integer> fit, List<ClaimBusterFile.Row> rows, int[][] sparse, float[][] emb, int n) {
    double[] w = new double[n + DIM + 1]; // sparse weights, dense weights, bias
    double[] g2 = new double[w.length];
    Random random = new Random(20261121L);
    List<Integer> order = new ArrayList<>(fit);
    for (int epoch = 0; epoch < 8; epoch++) {
      java.util.Collections.shuffle(order, random);
      for (int i : order) {
        double g = probability(w, sparse[i], emb[i]) - (rows.get(i).checkWorthy() ? 1 : 0);
        for (int f : sparse[i]) {
          update(w, g2, f, g);
        }
        for (int d = 0; d < DIM; d++) {
          update(w, g2, n + d, g * emb[i][d]);
        }
        update(w, g2, w.length - 1, g);
      }
    }
    return w;
  }

  private static void update(double[] w, double[] g2, int k, double g) {
    g2[k] += g * g;
    w[k] -= 0.05 * g / Math.sqrt(g2[k] + 1e-8);
  }

  private static double probability(double[] w, int[] sparse, float[] emb) {
    double z = w[w.length - 1];
    for (int f : sparse) {
      z += w[f];
    }
    int base = w.length - 1 - DIM;
    for (int d = 0; d < DIM; d++) {
      z += w[base + d] * emb[d];
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static double bestThreshold(double[] w, List<Integer> tune, List<ClaimBusterFile.Row> rows, int[][] sparse, float[][] emb) {
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 10; t <= 90; t++) {
      BinaryCounts c = BinaryCounts.EMPTY;
      for (int i : tune) {
        c = c.add(probability(w, sparse[i], emb[i]) >= t / 100.0, rows.get(i).checkWorthy());
      }
      if (c.f1() > bestF1) {
        bestF1 = c.f1();
        best = t / 100.0;
      }
    }
    return best;
  }

  static float[][] embeddings(List<ClaimBusterFile.Row> rows, Path cache) throws IOException {
    float[][] out = new float[rows.size()][DIM];
    if (cache != null && Files.exists(cache)) {
      try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
        for (float[] v : out) {
          for (int d = 0; d < DIM; d++) {
            v[d] = in.readFloat();
          }
        }
      }
      return out;
    }
    long start = System.nanoTime();
    List<float[]> vectors = SentenceEmbedder.shared().embedAll(rows.stream().map(ClaimBusterFile.Row::text).toList());
    System.out.printf("embedded %d sentences in %.1f s%n", rows.size(), (System.nanoTime() - start) / 1e9);
    vectors.toArray(out);
    if (cache != null) {
      try (DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
        for (float[] v : out) {
          for (float x : v) {
            o.writeFloat(x);
          }
        }
      }
    }
    return out;
  }
}
