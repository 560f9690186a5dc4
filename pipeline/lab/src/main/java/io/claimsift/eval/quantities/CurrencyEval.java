package io.claimsift.eval.quantities;

import io.claimsift.claims.quantities.QuantityKind;

/**
 * {@code CurrencyEval <quantities folder>}: amounts of money (Recognizers-Text CurrencyModel cases); reads {@code currency.json}, prints failures and
 * {@code RESULT quantities-currency}.
 */
public final class CurrencyEval {
  private CurrencyEval() {}

  public static void main(String[] args) throws Exception {
    score(QuantitySuite.folder(args, "CurrencyEval"), System.out);
  }

  /** Scores the suite in {@code folder}, printing failures and the RESULT line to {@code out}. */
  public static QuantitySuite.Score score(java.nio.file.Path folder, java.io.PrintStream out) throws java.io.IOException {
    return QuantitySuite.run(
        folder.resolve("currency.json"),
        "quantities-currency",
        (c, e) -> true,
        c -> Extractors.quantities(c, QuantityKind.MONEY),
        Extractors::currencyAgrees,
        out);
  }
}
