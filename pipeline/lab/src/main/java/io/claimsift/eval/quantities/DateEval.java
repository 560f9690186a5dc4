package io.claimsift.eval.quantities;

/**
 * {@code DateEval <quantities folder>}: dates and date ranges (Recognizers-Text DateTimeModel date/daterange cases); times, durations and sets in a case are not graded, and a found span overlapping one is ignored; reads {@code date.json}, prints failures and
 * {@code RESULT quantities-date}.
 */
public final class DateEval {
  private static final java.util.Set<String> DATE_TYPES =
      java.util.Set.of("datetimeV2.date", "datetimeV2.daterange");

  private DateEval() {}

  public static void main(String[] args) throws Exception {
    score(QuantitySuite.folder(args, "DateEval"), System.out);
  }

  /** Scores the suite in {@code folder}, printing failures and the RESULT line to {@code out}. */
  public static QuantitySuite.Score score(java.nio.file.Path folder, java.io.PrintStream out) throws java.io.IOException {
    return QuantitySuite.run(
        folder.resolve("date.json"),
        "quantities-date",
        (c, e) -> DATE_TYPES.contains(e.path("type").asText()),
        Extractors::dates,
        Extractors::dateAgrees,
        out);
  }
}
