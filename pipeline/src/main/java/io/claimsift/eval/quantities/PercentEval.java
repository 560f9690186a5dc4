package io.claimsift.eval.quantities;

import io.claimsift.claims.QuantityKind;

/**
 * {@code PercentEval <quantities folder>}: percentages (Recognizers-Text PercentModel cases); reads {@code percent.json}, prints failures and
 * {@code RESULT quantities-percent}.
 */
public final class PercentEval {
  private PercentEval() {}

  public static void main(String[] args) throws Exception {
    QuantitySuite.run(
        QuantitySuite.folder(args, "PercentEval").resolve("percent.json"),
        "quantities-percent",
        (c, e) -> true,
        c -> Extractors.quantities(c, QuantityKind.PERCENT),
        Extractors::numberAgrees,
        System.out);
  }
}
