package io.claimsift.eval.claims;

import io.claimsift.claims.scoring.CheckWorthinessFeatures;
import io.claimsift.claims.scoring.CheckWorthinessModel;
import io.claimsift.embed.SentenceEmbedder;
import io.claimsift.eval.BinaryCounts;
import io.claimsift.eval.ResultLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Measures a ceiling NOT usable in the pipeline (embeddings per sentence are too slow there): a
 * one-hidden-layer perceptron over the 384 all-MiniLM-L6-v2 dimensions plus the lexical model's
 * logit, on the same outer folds as {@link ClaimDetectionCv}.
 *
 * <p>No test-fold leakage: the lexical logit of a training row comes from a lexical model trained
 * on the other inner folds (of the training part only); the perceptron is fitted on inner folds 1..4
 * and its threshold tuned on inner fold 0. Seeded, so repeated runs print the same figures.
 * Usage: {@code EmbeddingMlpCv <claimbuster.tsv> [embedding-cache.bin] [hidden units]}.
 */
public final class EmbeddingMlpCv {

  private static final int FOLDS = 5;
  private static final int IN = SentenceEmbedder.DIMENSIONS + 1;
  private static final int EPOCHS = 10;
  private static final double RATE = 0.005;

  private EmbeddingMlpCv() {}

  public static void main(String[] args) throws Exception {
    List<ClaimBusterFile.Row> rows = ClaimBusterFile.read(Path.of(args[0]));
    float[][] embeddings = EmbeddingVariantCv.embeddings(rows, args.length > 1 ? Path.of(args[1]) : null);
    int hidden = args.length > 2 ? Integer.parseInt(args[2]) : 64;
    CheckWorthinessFeatures features = CheckWorthinessFeatures.english();
    List<List<String>> lexical = rows.stream().map(r -> features.of(r.text().strip())).toList();
    BinaryCounts total = BinaryCounts.EMPTY;
    for (int k = 0; k < FOLDS; k++) {
      double[][] x = inputs(rows, embeddings, lexicalLogits(rows, lexical, k));
      ClaimBusterFile.Split split = ClaimBusterFile.Split.of(rows, FOLDS, k);
      List<Integer> fit = split.fit();
      List<Integer> tune = split.tune();
      List<Integer> test = split.test();
      Mlp mlp = new Mlp(hidden, new Random(20261121L + k));
      mlp.train(x, rows, fit);
      double threshold = bestThreshold(mlp, x, rows, tune);
      BinaryCounts counts = BinaryCounts.EMPTY;
      for (int i : test) {
        counts = counts.add(mlp.probability(x[i]) >= threshold, rows.get(i).checkWorthy());
      }
      System.out.printf("fold %d: threshold %.2f P %.3f R %.3f F1 %.3f%n",
          k, threshold, counts.precision(), counts.recall(), counts.f1());
      total = total.plus(counts);
    }
    System.out.println(ResultLine.of("claim-detection-cv-embedding-mlp")
        .put("f1", total.f1()).put("precision", total.precision()).put("recall", total.recall())
        .put("folds", FOLDS).put("hidden", hidden).put("tp", total.truePositives())
        .put("fp", total.falsePositives()).put("fn", total.falseNegatives()));
  }

  /** Lexical logit of each row: out-of-inner-fold for training rows, all-training model for test rows. */
  static double[] lexicalLogits(List<ClaimBusterFile.Row> rows, List<List<String>> lexical, int k) {
    LogisticRegressionTrainer trainer = LogisticRegressionTrainer.defaults();
    double[] logits = new double[rows.size()];
    for (int j = -1; j < FOLDS; j++) {
      List<List<String>> x = new ArrayList<>();
      List<Boolean> y = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        ClaimBusterFile.Row r = rows.get(i);
        if (r.fold(FOLDS) != k && r.innerFold(FOLDS) != j) {
          x.add(lexical.get(i));
          y.add(r.checkWorthy());
        }
      }
      CheckWorthinessModel model = trainer.train(x, y, 0.5, "lexical");
      for (int i = 0; i < rows.size(); i++) {
        ClaimBusterFile.Row r = rows.get(i);
        boolean scored = j < 0 ? r.fold(FOLDS) == k : r.fold(FOLDS) != k && r.innerFold(FOLDS) == j;
        if (scored) {
          double p = Math.min(1 - 1e-6, Math.max(1e-6, model.probability(lexical.get(i))));
          logits[i] = Math.log(p / (1 - p));
        }
      }
    }
    return logits;
  }

  private static double[][] inputs(List<ClaimBusterFile.Row> rows, float[][] embeddings, double[] logits) {
    double[][] x = new double[rows.size()][IN];
    for (int i = 0; i < x.length; i++) {
      for (int d = 0; d < IN - 1; d++) {
        x[i][d] = embeddings[i][d] * 10; // unit vectors: bring components near unit scale
      }
      x[i][IN - 1] = logits[i] / 4;
    }
    return x;
  }

  private static double bestThreshold(Mlp mlp, double[][] x, List<ClaimBusterFile.Row> rows, List<Integer> tune) {
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 10; t <= 90; t++) {
      BinaryCounts c = BinaryCounts.EMPTY;
      for (int i : tune) {
        c = c.add(mlp.probability(x[i]) >= t / 100.0, rows.get(i).checkWorthy());
      }
      if (c.f1() > bestF1) {
        bestF1 = c.f1();
        best = t / 100.0;
      }
    }
    return best;
  }

  /** One hidden ReLU layer, sigmoid output, plain seeded SGD on the log loss. */
  private static final class Mlp {
    private final double[][] w1;
    private final double[] b1;
    private final double[] w2;
    private double b2;
    private final Random random;

    Mlp(int hidden, Random random) {
      this.random = random;
      w1 = new double[hidden][IN];
      b1 = new double[hidden];
      w2 = new double[hidden];
      for (int h = 0; h < hidden; h++) {
        for (int d = 0; d < IN; d++) {
          w1[h][d] = random.nextGaussian() * Math.sqrt(2.0 / IN);
        }
        w2[h] = random.nextGaussian() * Math.sqrt(1.0 / hidden);
      }
    }

    void train(double[][] x, List<ClaimBusterFile.Row> rows, List<Integer> fit) {
      List<Integer> order = new ArrayList<>(fit);
      double[] a = new double[w2.length];
      for (int epoch = 0; epoch < EPOCHS; epoch++) {
        Collections.shuffle(order, random);
        double rate = RATE / (1 + epoch * 0.5);
        for (int i : order) {
          double g = output(x[i], a) - (rows.get(i).checkWorthy() ? 1 : 0);
          for (int h = 0; h < w2.length; h++) {
            if (a[h] > 0) {
              double gh = g * w2[h];
              double[] row = w1[h];
              for (int d = 0; d < IN; d++) {
                row[d] -= rate * (gh * x[i][d] + 1e-5 * row[d]);
              }
              b1[h] -= rate * gh;
            }
            w2[h] -= rate * (g * a[h] + 1e-5 * w2[h]);
          }
          b2 -= rate * g;
        }
      }
    }

    double probability(double[] x) {
      return output(x, new double[w2.length]);
    }

    private double output(double[] x, double[] a) {
      double z = b2;
      for (int h = 0; h < w2.length; h++) {
        double s = b1[h];
        double[] row = w1[h];
        for (int d = 0; d < IN; d++) {
          s += row[d] * x[d];
        }
        a[h] = Math.max(0, s);
        z += w2[h] * a[h];
      }
      return 1 / (1 + Math.exp(-z));
    }
  }
}
