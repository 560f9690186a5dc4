package io.claimsift.eval.claims;

import io.claimsift.claims.scoring.ClaimScorer;
import io.claimsift.eval.BinaryCounts;
import io.claimsift.eval.ResultLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cross-validated check-worthiness on a ClaimBuster-layout TSV: {@code RESULT claim-detection-cv}.
 *
 * <p>Folds come from a hash of the normalised sentence text, so repeated sentences never sit on
 * both sides. Each fold's model is trained exactly as the committed one (threshold from an inner
 * cross-validation on the training folds only), then scored with the pipeline's {@link ClaimScorer}.
 * Usage: {@code ClaimDetectionCv <claimbuster.tsv> [folds]}.
 */
public final class ClaimDetectionCv {

  private ClaimDetectionCv() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ClaimDetectionCv <claimbuster.tsv> [folds]");
      System.exit(2);
    }
    List<ClaimBusterFile.Row> rows = ClaimBusterFile.read(Path.of(args[0]));
    int folds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    CheckWorthinessTraining training = new CheckWorthinessTraining(LogisticRegressionTrainer.defaults());
    BinaryCounts total = BinaryCounts.EMPTY;
    for (int k = 0; k < folds; k++) {
      List<ClaimBusterFile.Row> train = new ArrayList<>();
      List<ClaimBusterFile.Row> test = new ArrayList<>();
      for (ClaimBusterFile.Row r : rows) {
        (r.fold(folds) == k ? test : train).add(r);
      }
      ClaimScorer scorer = ClaimScorer.with(training.fit(train, "fold " + k));
      BinaryCounts counts = ClaimDetectionEval.score(scorer, test, k == 0);
      System.out.printf(Locale.ROOT, "fold %d: %d sentences, P %.3f R %.3f F1 %.3f%n",
          k, counts.total(), counts.precision(), counts.recall(), counts.f1());
      total = total.plus(counts);
    }
    System.out.println(ResultLine.of("claim-detection-cv")
        .put("f1", total.f1()).put("precision", total.precision()).put("recall", total.recall())
        .put("folds", folds));
  }
}
