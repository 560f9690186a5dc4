package io.claimsift.bench;

import io.claimsift.claims.attribution.AttributionFinder;
import io.claimsift.claims.scoring.ClaimScorer;
import io.claimsift.eval.ResultLine;
import java.nio.file.Path;
import java.util.List;

/**
 * Single-thread speed of the check-worthiness scorer (and, separately, of the attribution finder)
 * on the lines of a text file, e.g. the text column of a ClaimBuster TSV: {@code RESULT
 * claim-scorer-speed sentences_per_s=..}. One warm-up pass, then timed passes over at least five
 * seconds. Usage: {@code ClaimScorerBenchmark <file with one sentence per line>}.
 */
public final class ClaimScorerBenchmark {

  private ClaimScorerBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: ClaimScorerBenchmark <file with one sentence per line>");
      System.exit(2);
    }
    List<String> sentences = SentenceBench.sentences(Path.of(args[0]));
    ClaimScorer scorer = ClaimScorer.english();
    AttributionFinder finder = AttributionFinder.english();
    double scorerRate = SentenceBench.rate(sentences, s -> scorer.score(s) >= 0.5 ? 1 : 0);
    double finderRate = SentenceBench.rate(sentences, s -> finder.find(s) == null ? 0 : 1);
    System.out.println(ResultLine.of("claim-scorer-speed")
        .put("sentences_per_s", Math.round(scorerRate)).put("threads", 1));
    System.out.println(ResultLine.of("attribution-speed")
        .put("sentences_per_s", Math.round(finderRate)).put("threads", 1));
  }
}
