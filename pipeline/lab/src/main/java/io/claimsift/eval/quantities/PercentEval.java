package io.claimsift.eval.quantities;

/**
 * {@code PercentEval <quantities folder>}: percentages (Recognizers-Text PercentModel cases); reads {@code percent.json}, prints failures and
 * {@code RESULT quantities-percent}. Like Recognizers, it counts a percent sign or word with no
 * number as a mention with a null value ({@code QuantityExtractor#percentsWithoutNumber}).
 */
public final class PercentEval {
  private PercentEval() {}

  public static void main(String[] args) throws Exception {
    score(QuantitySuite.folder(args, "PercentEval"), System.out);
  }

  /** Scores the suite in {@code folder}, printing failures and the RESULT line to {@code out}. */
  public static QuantitySuite.Score score(java.nio.file.Path folder, java.io.PrintStream out) throws java.io.IOException {
    return QuantitySuite.run(
        folder.resolve("percent.json"),
        "quantities-percent",
        (c, e) -> true,
        Extractors::percents,
        Extractors::percentAgrees,
        out);
  }
}
