package io.claimsift.eval.claims;

import io.claimsift.claims.scoring.ClaimScorer;
import io.claimsift.eval.BinaryCounts;
import io.claimsift.eval.ResultLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The committed check-worthiness model on a ClaimBuster-layout TSV: {@code RESULT claim-detection}.
 *
 * <p>A sentence is predicted check-worthy when its score reaches 0.5 (the pipeline's default
 * {@code --minClaimScore}). Prints a sample of misses and false alarms first.
 * Usage: {@code ClaimDetectionEval <claimbuster.tsv>}.
 */
public final class ClaimDetectionEval {

  private static final int SHOWN = 8;

  private ClaimDetectionEval() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: ClaimDetectionEval <claimbuster.tsv>");
      System.exit(2);
    }
    BinaryCounts counts = score(ClaimScorer.english(), ClaimBusterFile.read(Path.of(args[0])), true);
    System.out.println(ResultLine.of("claim-detection")
        .put("f1", counts.f1()).put("precision", counts.precision()).put("recall", counts.recall())
        .put("sentences", counts.total()));
  }

  /** Confusion counts of {@code scorer} at 0.5 on {@code rows}; optionally prints some errors. */
  static BinaryCounts score(ClaimScorer scorer, List<ClaimBusterFile.Row> rows, boolean showErrors) {
    BinaryCounts counts = BinaryCounts.EMPTY;
    int missed = 0;
    int alarms = 0;
    for (ClaimBusterFile.Row r : rows) {
      double score = scorer.score(r.text());
      boolean predicted = score >= 0.5;
      counts = counts.add(predicted, r.checkWorthy());
      if (showErrors && predicted != r.checkWorthy() && (predicted ? alarms++ : missed++) < SHOWN) {
        System.out.printf(Locale.ROOT, "%s %.3f %s%n", predicted ? "false alarm" : "missed     ", score, r.text());
      }
    }
    return counts;
  }
}
