package io.claimsift.eval.quantities;

import io.claimsift.claims.QuantityKind;

/**
 * {@code PercentEval <quantities folder>}: percentages (Recognizers-Text PercentModel cases); reads {@code percent.json}, prints failures and
 * {@code RESULT quantities-percent}.
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
        c -> Extractors.quantities(c, QuantityKind.PERCENT),
        Extractors::numberAgrees,
        out);
  }
}
