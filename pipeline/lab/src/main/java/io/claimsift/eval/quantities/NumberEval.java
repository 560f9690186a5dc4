package io.claimsift.eval.quantities;

/**
 * {@code NumberEval <quantities folder>}: numbers in digits and words (Recognizers-Text NumberModel cases); reads {@code number.json}, prints failures and
 * {@code RESULT quantities-number}.
 */
public final class NumberEval {
  private NumberEval() {}

  public static void main(String[] args) throws Exception {
    score(QuantitySuite.folder(args, "NumberEval"), System.out);
  }

  /** Scores the suite in {@code folder}, printing failures and the RESULT line to {@code out}. */
  public static QuantitySuite.Score score(java.nio.file.Path folder, java.io.PrintStream out) throws java.io.IOException {
    return QuantitySuite.run(
        folder.resolve("number.json"),
        "quantities-number",
        (c, e) -> true,
        Extractors::numbers,
        Extractors::numberAgrees,
        out);
  }
}
