package io.claimsift.bench;

import io.claimsift.claims.AttributionFinder;
import io.claimsift.claims.ClaimScorer;
import io.claimsift.eval.ResultLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    List<String> sentences = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
        .map(ClaimScorerBenchmark::textColumn)
        .filter(s -> !s.isBlank())
        .toList();
    ClaimScorer scorer = ClaimScorer.english();
    AttributionFinder finder = AttributionFinder.english();
    double scorerRate = rate(sentences, s -> scorer.score(s) >= 0.5 ? 1 : 0);
    double finderRate = rate(sentences, s -> finder.find(s) == null ? 0 : 1);
    System.out.println(ResultLine.of("claim-scorer-speed")
        .put("sentences_per_s", Math.round(scorerRate)).put("threads", 1));
    System.out.println(ResultLine.of("attribution-speed")
        .put("sentences_per_s", Math.round(finderRate)).put("threads", 1));
  }

  /** The text column (fourth) of a ClaimBuster TSV line, or the whole line of a plain file. */
  private static String textColumn(String line) {
    String[] cells = line.split("\t", -1);
    return cells.length > 3 ? cells[3] : line;
  }

  /** Sentences per second of {@code work}, after one warm-up pass. */
  private static double rate(List<String> sentences, java.util.function.ToIntFunction<String> work) {
    long sink = 0;
    for (String s : sentences) {
      sink += work.applyAsInt(s);
    }
    long start = System.nanoTime();
    long done = 0;
    while (System.nanoTime() - start < 5_000_000_000L) {
      for (String s : sentences) {
        sink += work.applyAsInt(s);
      }
      done += sentences.size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (sink < 0) {
      System.out.println(sink); // keeps the work observable to the JIT
    }
    return done / seconds;
  }
}
