package io.claimsift.eval.quantities;

/**
 * {@code NumberEval <quantities folder>}: numbers in digits and words (Recognizers-Text NumberModel cases); reads {@code number.json}, prints failures and
 * {@code RESULT quantities-number}.
 */
public final class NumberEval {
  private NumberEval() {}

  public static void main(String[] args) throws Exception {
    QuantitySuite.run(
        QuantitySuite.folder(args, "NumberEval").resolve("number.json"),
        "quantities-number",
        (c, e) -> true,
        Extractors::numbers,
        Extractors::numberAgrees,
        System.out);
  }
}
