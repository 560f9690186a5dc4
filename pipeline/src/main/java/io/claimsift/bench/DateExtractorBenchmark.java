package io.claimsift.bench;

import io.claimsift.claims.DateExtractor;
import io.claimsift.eval.ResultLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Single-thread speed of the date extractor with and without its cue prefilter, on the lines of a
 * text file (e.g. the text column of a ClaimBuster TSV), relative dates resolved against a fixed
 * day; also checks that both give the same mentions: {@code RESULT date-extractor-speed
 * sentences_per_s=.. without_prefilter_per_s=.. same_results=true}. One warm-up pass, then timed
 * passes over at least five seconds each. Usage: {@code DateExtractorBenchmark <file>}.
 */
public final class DateExtractorBenchmark {

  /** A fixed reference day, so relative dates are resolved (and timed) too. */
  private static final LocalDate REFERENCE = LocalDate.of(2019, 6, 12);

  private DateExtractorBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: DateExtractorBenchmark <file with one sentence per line>");
      System.exit(2);
    }
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    List<String> sentences = lines.stream()
        .map(DateExtractorBenchmark::textColumn)
        .filter(s -> !s.isBlank() && !s.equals("text")) // "text": the TSV header
        .toList();
    DateExtractor filtered = DateExtractor.english();
    DateExtractor unfiltered = DateExtractor.englishWithoutPrefilter();
    boolean same = sentences.stream()
        .allMatch(s -> filtered.extract(s, REFERENCE).equals(unfiltered.extract(s, REFERENCE)));
    long withDates = sentences.stream().filter(s -> !filtered.extract(s, REFERENCE).isEmpty()).count();
    double unfilteredRate = rate(sentences, s -> unfiltered.extract(s, REFERENCE).size());
    double filteredRate = rate(sentences, s -> filtered.extract(s, REFERENCE).size());
    System.out.println(ResultLine.of("date-extractor-speed")
        .put("sentences", sentences.size())
        .put("with_dates", withDates)
        .put("sentences_per_s", Math.round(filteredRate))
        .put("without_prefilter_per_s", Math.round(unfilteredRate))
        .put("same_results", Boolean.toString(same))
        .put("threads", 1));
  }

  /** The text column (fourth) of a ClaimBuster TSV line, or the whole line of a plain file. */
  private static String textColumn(String line) {
    String[] cells = line.split("\t", -1);
    return cells.length > 3 ? cells[3] : line;
  }

  /** Sentences per second of {@code work}, after one warm-up pass. */
  private static double rate(List<String> sentences, ToIntFunction<String> work) {
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
