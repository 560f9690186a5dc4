package io.claimsift.eval.claims;

import io.claimsift.claims.scoring.CheckWorthinessModel;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains the check-worthiness model on a ClaimBuster-layout TSV and writes it as JSON.
 *
 * <p>Deterministic (fixed seed, fixed order): the same file gives the same bytes. The committed
 * model is {@code pipeline/core/src/main/resources/io/claimsift/claims/scoring/checkworthiness-model.json},
 * trained on {@code ../shared/eval/claims/claimbuster_dev.tsv}.
 * Usage: {@code TrainCheckWorthiness <claimbuster.tsv> <model.json>}.
 */
public final class TrainCheckWorthiness {

  private TrainCheckWorthiness() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: TrainCheckWorthiness <claimbuster.tsv> <model.json>");
      System.exit(2);
    }
    List<ClaimBusterFile.Row> rows = ClaimBusterFile.read(Path.of(args[0]));
    LogisticRegressionTrainer trainer = LogisticRegressionTrainer.defaults();
    String description = "logistic regression on CheckWorthinessFeatures, " + trainer
        + ", trained on " + rows.size() + " ClaimBuster sentences (" + Path.of(args[0]).getFileName() + ")";
    CheckWorthinessModel model = new CheckWorthinessTraining(trainer).fit(rows, description);
    model.write(Path.of(args[1]));
    System.out.println("wrote " + args[1] + ": " + model.size() + " weights, bias " + model.bias());
  }
}
