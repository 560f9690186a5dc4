package io.claimsift.eval.claims;

import io.claimsift.claims.scoring.CheckWorthinessFeatures;
import io.claimsift.eval.BinaryCounts;
import io.claimsift.eval.ResultLine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Experiment NOT used by the pipeline: small trained heads over the frozen all-MiniLM-L6-v2-q
 * TOKEN outputs (not the mean-pooled sentence vector), on the same outer folds as
 * {@link ClaimDetectionCv} and {@link EmbeddingMlpCv}.
 *
 * <p>Per outer fold: token rows are standardised with the fitting rows' per-dimension mean and
 * deviation; the head is fitted on inner folds 1..4 (Adam, seeded order, early stopping on the
 * tuning loss) and its threshold chosen on inner fold 0; test rows are only scored. {@code +lex}
 * variants also read the lexical model's logit, out-of-fold for training rows (as in
 * {@link EmbeddingMlpCv}). Variants: {@code summary} (mean, max and [CLS] rows into a 64-unit MLP),
 * {@code attention} (four learned-query attention poolings into a 64-unit MLP), {@code conv}
 * (64 three-token convolution filters, max over positions, 32-unit MLP), each optionally
 * {@code +lex}. The token cache is built on first use (a few minutes; about 430 MB).
 * Usage: {@code TokenHeadCv <claimbuster.tsv> <cache-dir> [variant,variant,...] [Adam rate]}
 * (default rate 0.001, 0.0005 for {@code conv}).
 */
public final class TokenHeadCv {

  private static final int FOLDS = 5;
  private static final int DIM = TokenCache.DIM;
  private static final List<String> VARIANTS =
      List.of("summary", "summary+lex", "attention", "attention+lex", "conv", "conv+lex");

  private TokenHeadCv() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: TokenHeadCv <claimbuster.tsv> <cache-dir> [" + String.join(",", VARIANTS) + "] [rate]");
      System.exit(2);
    }
    List<ClaimBusterFile.Row> rows = ClaimBusterFile.read(Path.of(args[0]));
    short[][] cache = TokenCache.load(rows, Path.of(args[1]));
    List<String> variants = args.length > 2 ? List.of(args[2].split(",")) : VARIANTS;
    Double rate = args.length > 3 ? Double.valueOf(args[3]) : null;
    for (String variant : variants) {
      if (!VARIANTS.contains(variant)) {
        throw new IllegalArgumentException("unknown variant " + variant + "; known: " + VARIANTS);
      }
    }
    boolean[] labels = new boolean[rows.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = rows.get(i).checkWorthy();
    }
    CheckWorthinessFeatures features = CheckWorthinessFeatures.english();
    List<List<String>> lexical = variants.stream().anyMatch(v -> v.endsWith("+lex"))
        ? rows.stream().map(r -> features.of(r.text().strip())).toList() : null;
    Map<String, BinaryCounts> totals = new LinkedHashMap<>();
    for (int k = 0; k < FOLDS; k++) {
      ClaimBusterFile.Split split = ClaimBusterFile.Split.of(rows, FOLDS, k);
      float[][] tokens = standardised(cache, split.fit());
      float[][] extras = lexical == null ? null : lexicalInputs(EmbeddingMlpCv.lexicalLogits(rows, lexical, k));
      for (String variant : variants) {
        HeadTraining.Inputs in = new HeadTraining.Inputs(tokens, variant.endsWith("+lex") ? extras : null, labels);
        totals.merge(variant, testCounts(variant, rate, k, split, in, rows), BinaryCounts::plus);
      }
    }
    totals.forEach((variant, total) -> System.out.println(resultLine(variant, total, rate)));
  }

  /** Fits one variant on the fold's fitting rows, picks its threshold on the tuning rows, scores the test rows. */
  private static BinaryCounts testCounts(String variant, Double rate, int k, ClaimBusterFile.Split split,
      HeadTraining.Inputs in, List<ClaimBusterFile.Row> rows) {
    long start = System.nanoTime();
    TokenHead head = head(variant, in.extras() == null ? 0 : 1, new Random(20261121L + k));
    training(variant, rate).fit(head, in, split.fit(), split.tune(), 20261121L + 100 + k);
    double threshold = CheckWorthinessTraining.bestThreshold(
        scores(head, in, split.tune()), select(rows, split.tune()));
    BinaryCounts counts = BinaryCounts.EMPTY;
    for (int i : split.test()) {
      counts = counts.add(HeadTraining.probability(head, in, i) >= threshold, in.labels()[i]);
    }
    System.out.printf("%s fold %d: threshold %.2f P %.3f R %.3f F1 %.3f (%.0f s)%n", variant, k,
        threshold, counts.precision(), counts.recall(), counts.f1(), (System.nanoTime() - start) / 1e9);
    return counts;
  }

  private static ResultLine resultLine(String variant, BinaryCounts total, Double rate) {
    ResultLine line = ResultLine.of("claim-detection-cv-tokens").put("variant", variant)
        .put("f1", total.f1()).put("precision", total.precision())
        .put("recall", total.recall()).put("folds", FOLDS).put("tp", total.truePositives())
        .put("fp", total.falsePositives()).put("fn", total.falseNegatives());
    if (rate != null) {
      line.put("rate", BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString());
    }
    return line;
  }

  private static TokenHead head(String variant, int extras, Random random) {
    if (variant.startsWith("summary")) {
      return new TokenHead(new SummaryPooling(), extras, 64, 0.1, random);
    }
    if (variant.startsWith("attention")) {
      return new TokenHead(new AttentionPooling(4, random), extras, 64, 0.1, random);
    }
    return new TokenHead(new ConvMaxPooling(64, random), extras, 32, 0.1, random);
  }

  private static HeadTraining training(String variant, Double rate) {
    double adamRate = rate != null ? rate : variant.startsWith("conv") ? 5e-4 : 1e-3;
    return new HeadTraining(adamRate, 1e-4, 30, 3);
  }

  /** Token rows as floats, standardised per dimension with the statistics of the fitting rows. */
  private static float[][] standardised(short[][] cache, List<Integer> fit) {
    double[] sum = new double[DIM];
    double[] squares = new double[DIM];
    long count = 0;
    for (int i : fit) {
      for (int j = 0; j < cache[i].length; j++) {
        double v = TokenCache.toFloat(cache[i][j]);
        sum[j % DIM] += v;
        squares[j % DIM] += v * v;
      }
      count += cache[i].length / DIM;
    }
    float[] mean = new float[DIM];
    float[] scale = new float[DIM];
    for (int d = 0; d < DIM; d++) {
      mean[d] = (float) (sum[d] / count);
      scale[d] = (float) (1 / Math.sqrt(Math.max(1e-12, squares[d] / count - mean[d] * (double) mean[d])));
    }
    float[][] out = new float[cache.length][];
    for (int i = 0; i < cache.length; i++) {
      out[i] = new float[cache[i].length];
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] = (TokenCache.toFloat(cache[i][j]) - mean[j % DIM]) * scale[j % DIM];
      }
    }
    return out;
  }

  private static float[][] lexicalInputs(double[] logits) {
    float[][] extras = new float[logits.length][];
    for (int i = 0; i < logits.length; i++) {
      extras[i] = new float[] {(float) (logits[i] / 4)}; // logits span about -8..8
    }
    return extras;
  }

  private static double[] scores(TokenHead head, HeadTraining.Inputs in, List<Integer> indices) {
    double[] scores = new double[indices.size()];
    for (int j = 0; j < scores.length; j++) {
      scores[j] = HeadTraining.probability(head, in, indices.get(j));
    }
    return scores;
  }

  private static <T> List<T> select(List<T> all, List<Integer> indices) {
    List<T> out = new ArrayList<>(indices.size());
    indices.forEach(i -> out.add(all.get(i)));
    return out;
  }
}
