package io.claimsift.eval.segmentation;

import java.nio.file.Path;

/**
 * {@code GoldenExtended <segmentation folder>}: pySBD's 126 longer cases
 * ({@code golden_extended_en.json}) with {@code PySbdCleaning.splitter()}; prints failures, {@code
 * RESULT segmentation-golden-extended-pipeline-preset} (the pipeline's preset) and {@code RESULT
 * segmentation-golden-extended}.
 */
public final class GoldenExtended {
  private GoldenExtended() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: GoldenExtended <folder holding golden_extended_en.json>");
      System.exit(2);
    }
    SegmentationSuite.run(
        Path.of(args[0]), "golden_extended_en.json", "segmentation-golden-extended", System.out);
  }
}
