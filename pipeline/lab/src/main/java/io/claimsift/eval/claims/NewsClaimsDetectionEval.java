package io.claimsift.eval.claims;

import io.claimsift.claims.scoring.ClaimScorer;
import io.claimsift.eval.BinaryCounts;
import io.claimsift.eval.ResultLine;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The topic-agnostic check-worthiness decision (score at least 0.5) on every sentence of a
 * NewsClaims JSONL file, against its claim labels: {@code RESULT newsclaims-detection}.
 *
 * <p>Only claims on four COVID-19 topics are labelled there, so a true factual claim on another
 * subject counts as a false positive: precision is low by design (ClaimBuster's own API scores
 * P 0.130 / R 0.865 on the test part). Prints the missed claims.
 * Usage: {@code NewsClaimsDetectionEval <newsclaims.jsonl>}.
 */
public final class NewsClaimsDetectionEval {

  private NewsClaimsDetectionEval() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: NewsClaimsDetectionEval <newsclaims.jsonl>");
      System.exit(2);
    }
    ClaimScorer scorer = ClaimScorer.english();
    BinaryCounts counts = BinaryCounts.EMPTY;
    for (NewsClaimsFile.Document doc : NewsClaimsFile.read(Path.of(args[0]))) {
      for (NewsClaimsFile.Item item : doc.items()) {
        double score = scorer.score(item.sentence().text());
        boolean predicted = score >= 0.5;
        counts = counts.add(predicted, item.claim());
        if (item.claim() && !predicted) {
          System.out.printf(Locale.ROOT, "missed %.3f %s%n", score, item.sentence().text());
        }
      }
    }
    System.out.println(ResultLine.of("newsclaims-detection")
        .put("precision", counts.precision()).put("recall", counts.recall()).put("f1", counts.f1())
        .put("sentences", counts.total()));
  }
}
