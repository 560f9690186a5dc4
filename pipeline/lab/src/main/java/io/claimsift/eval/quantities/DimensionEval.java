package io.claimsift.eval.quantities;

/**
 * {@code DimensionEval <quantities folder>}: lengths, weights, speeds... (Recognizers-Text DimensionModel cases); reads {@code dimension.json}, prints failures and
 * {@code RESULT quantities-dimension}.
 */
public final class DimensionEval {
  private DimensionEval() {}

  public static void main(String[] args) throws Exception {
    score(QuantitySuite.folder(args, "DimensionEval"), System.out);
  }

  /** Scores the suite in {@code folder}, printing failures and the RESULT line to {@code out}. */
  public static QuantitySuite.Score score(java.nio.file.Path folder, java.io.PrintStream out) throws java.io.IOException {
    return QuantitySuite.run(
        folder.resolve("dimension.json"),
        "quantities-dimension",
        (c, e) -> true,
        Extractors::dimensions,
        Extractors::unitAgrees,
        out);
  }
}
