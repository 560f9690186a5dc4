package io.claimsift.eval.dedup;

import io.claimsift.dedup.PairFeatures;
import io.claimsift.dedup.PairModel;
import io.claimsift.dedup.SameClaimMatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Trains the pairwise model on a labelled MRPC-style file and writes its parameters (the committed
 * resource {@code pipeline/core/src/main/resources/io/claimsift/dedup/pair-model.tsv}).
 * Deterministic: same file, same parameters.
 *
 * <p>Usage: {@code TrainPairModel <train.tsv> <out.tsv> [--embedding-cache=FILE]}
 */
public final class TrainPairModel {
  /** L2 penalty and steps of the committed model (chosen by 5-fold CV on mrpc_dev). */
  static final double L2 = 0.001;
  static final int STEPS = 500;

  private TrainPairModel() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: TrainPairModel <train.tsv> <out.tsv> [--embedding-cache=FILE]");
      System.exit(2);
    }
    MrpcFeatures f = MrpcFeatures.of(Path.of(args[0]), cacheOption(args), SameClaimMatcher.Rules.DEFAULT);
    PairModel model = PairModel.train(PairFeatures.NAMES, f.x, f.y, L2, STEPS);
    Files.writeString(Path.of(args[1]), model.toTsv(), StandardCharsets.UTF_8);
    System.out.print(model.toTsv());
  }

  static Path cacheOption(String[] args) {
    for (String a : args) {
      if (a.startsWith("--embedding-cache=")) {
        return Path.of(a.substring("--embedding-cache=".length()));
      }
    }
    return null;
  }
}
