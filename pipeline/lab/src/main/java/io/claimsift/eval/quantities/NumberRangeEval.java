package io.claimsift.eval.quantities;

/**
 * {@code NumberRangeEval <quantities folder>}: number ranges and comparisons (Recognizers-Text NumberRangeModel cases); reads {@code number_range.json}, prints failures and
 * {@code RESULT quantities-number_range}.
 */
public final class NumberRangeEval {
  private NumberRangeEval() {}

  public static void main(String[] args) throws Exception {
    score(QuantitySuite.folder(args, "NumberRangeEval"), System.out);
  }

  /** Scores the suite in {@code folder}, printing failures and the RESULT line to {@code out}. */
  public static QuantitySuite.Score score(java.nio.file.Path folder, java.io.PrintStream out) throws java.io.IOException {
    return QuantitySuite.run(
        folder.resolve("number_range.json"),
        "quantities-number_range",
        (c, e) -> true,
        Extractors::ranges,
        Extractors::rangeAgrees,
        out);
  }
}
