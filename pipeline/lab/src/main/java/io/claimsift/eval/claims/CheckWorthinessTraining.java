package io.claimsift.eval.claims;

import io.claimsift.claims.scoring.CheckWorthinessFeatures;
import io.claimsift.claims.scoring.CheckWorthinessModel;
import io.claimsift.claims.scoring.ClaimScorer;
import io.claimsift.eval.BinaryCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * The training recipe shared by {@link TrainCheckWorthiness} and {@link ClaimDetectionCv}: pick
 * the decision threshold from out-of-fold predictions (inner cross-validation), then fit on all
 * rows with that threshold folded into the bias.
 */
final class CheckWorthinessTraining {

  static final int INNER_FOLDS = 5;

  private final LogisticRegressionTrainer trainer;
  private final CheckWorthinessFeatures features = CheckWorthinessFeatures.english();

  CheckWorthinessTraining(LogisticRegressionTrainer trainer) {
    this.trainer = trainer;
  }

  /** A model fitted to {@code rows}; 0.5 of its score is the threshold with the best inner-CV F1. */
  CheckWorthinessModel fit(List<ClaimBusterFile.Row> rows, String description) {
    double threshold = bestThreshold(outOfFoldProbabilities(rows), rows);
    return trainer.train(featuresOf(rows), labelsOf(rows), threshold,
        description + String.format(java.util.Locale.ROOT, "; decision threshold %.2f moved to 0.5", threshold));
  }

  /** Score of each row by a model trained on the other inner folds (threshold 0.5, bias unshifted). */
  private double[] outOfFoldProbabilities(List<ClaimBusterFile.Row> rows) {
    double[] scores = new double[rows.size()];
    for (int k = 0; k < INNER_FOLDS; k++) {
      List<ClaimBusterFile.Row> train = new ArrayList<>();
      for (ClaimBusterFile.Row r : rows) {
        if (r.innerFold(INNER_FOLDS) != k) {
          train.add(r);
        }
      }
      ClaimScorer scorer = ClaimScorer.with(trainer.train(featuresOf(train), labelsOf(train), 0.5, "inner"));
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).innerFold(INNER_FOLDS) == k) {
          scores[i] = scorer.score(rows.get(i).text());
        }
      }
    }
    return scores;
  }

  /** The threshold in 0.10..0.90 (step 0.01) with the best F1; ties go to the lower threshold. */
  private static double bestThreshold(double[] scores, List<ClaimBusterFile.Row> rows) {
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 10; t <= 90; t++) {
      BinaryCounts counts = BinaryCounts.EMPTY;
      for (int i = 0; i < scores.length; i++) {
        counts = counts.add(scores[i] >= t / 100.0, rows.get(i).checkWorthy());
      }
      if (counts.f1() > bestF1) {
        bestF1 = counts.f1();
        best = t / 100.0;
      }
    }
    return best;
  }

  List<List<String>> featuresOf(List<ClaimBusterFile.Row> rows) {
    List<List<String>> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(features.of(r.text().strip())));
    return out;
  }

  static List<Boolean> labelsOf(List<ClaimBusterFile.Row> rows) {
    return rows.stream().map(ClaimBusterFile.Row::checkWorthy).toList();
  }
}
