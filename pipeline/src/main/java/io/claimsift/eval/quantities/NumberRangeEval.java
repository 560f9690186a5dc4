package io.claimsift.eval.quantities;

/**
 * {@code NumberRangeEval <quantities folder>}: number ranges and comparisons (Recognizers-Text NumberRangeModel cases); reads {@code number_range.json}, prints failures and
 * {@code RESULT quantities-number_range}.
 */
public final class NumberRangeEval {
  private NumberRangeEval() {}

  public static void main(String[] args) throws Exception {
    QuantitySuite.run(
        QuantitySuite.folder(args, "NumberRangeEval").resolve("number_range.json"),
        "quantities-number_range",
        (c, e) -> true,
        Extractors::ranges,
        Extractors::rangeAgrees,
        System.out);
  }
}
