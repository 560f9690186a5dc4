package io.claimsift.eval.segmentation;

import java.nio.file.Path;

/**
 * {@code GoldenRules <segmentation folder>}: the 52 English Golden Rules
 * ({@code golden_rules_en.json}) with {@code PySbdCleaning.splitter()}; prints failures, {@code
 * RESULT segmentation-golden-pipeline-preset} (the pipeline's preset) and {@code RESULT
 * segmentation-golden}.
 */
public final class GoldenRules {
  private GoldenRules() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: GoldenRules <folder holding golden_rules_en.json>");
      System.exit(2);
    }
    SegmentationSuite.run(Path.of(args[0]), "golden_rules_en.json", "segmentation-golden", System.out);
  }
}
