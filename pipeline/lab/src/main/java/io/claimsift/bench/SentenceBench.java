package io.claimsift.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;

/** Shared parts of the single-thread sentence benchmarks: reading the sentences, timing a pass. */
final class SentenceBench {

  private SentenceBench() {}

  /**
   * The sentences of {@code file}: the text column (fourth) of a ClaimBuster TSV, or each whole
   * line of a plain file; blank lines and the TSV header ("text") are skipped.
   */
  static List<String> sentences(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(SentenceBench::textColumn)
        .filter(s -> !s.isBlank() && !s.equals("text"))
        .toList();
  }

  private static String textColumn(String line) {
    String[] cells = line.split("\t", -1);
    return cells.length > 3 ? cells[3] : line;
  }

  /** Sentences per second of {@code work}, after one warm-up pass, over at least five seconds. */
  static double rate(List<String> sentences, ToIntFunction<String> work) {
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
