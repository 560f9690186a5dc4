package io.claimsift.bench;

import io.claimsift.claims.dates.DateExtractor;
import io.claimsift.eval.ResultLine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
    List<String> sentences = SentenceBench.sentences(Path.of(args[0]));
    DateExtractor filtered = DateExtractor.english();
    DateExtractor unfiltered = DateExtractor.englishWithoutPrefilter();
    boolean same = sentences.stream()
        .allMatch(s -> filtered.extract(s, REFERENCE).equals(unfiltered.extract(s, REFERENCE)));
    long withDates = sentences.stream().filter(s -> !filtered.extract(s, REFERENCE).isEmpty()).count();
    double unfilteredRate = SentenceBench.rate(sentences, s -> unfiltered.extract(s, REFERENCE).size());
    double filteredRate = SentenceBench.rate(sentences, s -> filtered.extract(s, REFERENCE).size());
    System.out.println(ResultLine.of("date-extractor-speed")
        .put("sentences", sentences.size())
        .put("with_dates", withDates)
        .put("sentences_per_s", Math.round(filteredRate))
        .put("without_prefilter_per_s", Math.round(unfilteredRate))
        .put("same_results", Boolean.toString(same))
        .put("threads", 1));
  }
}
