package io.claimsift.eval.quantities;

import io.claimsift.claims.QuantityKind;

/**
 * {@code CurrencyEval <quantities folder>}: amounts of money (Recognizers-Text CurrencyModel cases); reads {@code currency.json}, prints failures and
 * {@code RESULT quantities-currency}.
 */
public final class CurrencyEval {
  private CurrencyEval() {}

  public static void main(String[] args) throws Exception {
    QuantitySuite.run(
        QuantitySuite.folder(args, "CurrencyEval").resolve("currency.json"),
        "quantities-currency",
        (c, e) -> true,
        c -> Extractors.quantities(c, QuantityKind.MONEY),
        Extractors::currencyAgrees,
        System.out);
  }
}
