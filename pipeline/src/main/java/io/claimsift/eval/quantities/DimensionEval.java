package io.claimsift.eval.quantities;

import io.claimsift.claims.QuantityKind;

/**
 * {@code DimensionEval <quantities folder>}: lengths, weights, speeds... (Recognizers-Text DimensionModel cases); reads {@code dimension.json}, prints failures and
 * {@code RESULT quantities-dimension}.
 */
public final class DimensionEval {
  private DimensionEval() {}

  public static void main(String[] args) throws Exception {
    QuantitySuite.run(
        QuantitySuite.folder(args, "DimensionEval").resolve("dimension.json"),
        "quantities-dimension",
        (c, e) -> true,
        c -> Extractors.quantities(c, QuantityKind.MEASURE),
        Extractors::unitAgrees,
        System.out);
  }
}
