package io.claimsift.eval.quantities;

import io.claimsift.claims.quantities.QuantityKind;

/**
 * {@code Quantulum3Eval <quantities folder>}: quantulum3's own cases, spans and values only (its unit names are not ours); reads {@code quantulum3.json}, prints failures and
 * {@code RESULT quantities-quantulum3}.
 */
public final class Quantulum3Eval {
  /** Every quantity with its magnitude; counts and numbers as their number only (quantulum3 keeps nouns out). */
  static java.util.List<QuantitySuite.Found> all(QuantitySuite.Case c) {
    java.util.List<QuantitySuite.Found> out = new java.util.ArrayList<>();
    for (QuantityKind kind : java.util.List.of(QuantityKind.MONEY, QuantityKind.PERCENT, QuantityKind.MEASURE)) {
      out.addAll(Extractors.quantities(c, kind));
    }
    for (QuantitySuite.Found n : Extractors.numbers(c)) {
      if (out.stream().noneMatch(f -> f.start() < n.end() && n.start() < f.end())) {
        out.add(n);
      }
    }
    return out;
  }

  private Quantulum3Eval() {}

  public static void main(String[] args) throws Exception {
    score(QuantitySuite.folder(args, "Quantulum3Eval"), System.out);
  }

  /** Scores the suite in {@code folder}, printing failures and the RESULT line to {@code out}. */
  public static QuantitySuite.Score score(java.nio.file.Path folder, java.io.PrintStream out) throws java.io.IOException {
    return QuantitySuite.run(
        folder.resolve("quantulum3.json"),
        "quantities-quantulum3",
        (c, e) -> true,
        Quantulum3Eval::all,
        Extractors::numberAgrees,
        out);
  }
}
