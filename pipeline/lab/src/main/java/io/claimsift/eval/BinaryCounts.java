package io.claimsift.eval;

/**
 * Confusion counts of a yes/no decision against gold labels, with the usual derived figures.
 *
 * <p>Immutable; {@link #plus} adds two sets of counts (e.g. across cross-validation folds).
 * Undefined ratios (nothing predicted, nothing to find) are 0.
 */
public record BinaryCounts(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

  /** No decisions yet. */
  public static final BinaryCounts EMPTY = new BinaryCounts(0, 0, 0, 0);

  /** These counts with one more decision added. */
  public BinaryCounts add(boolean predicted, boolean gold) {
    return new BinaryCounts(
        truePositives + (predicted && gold ? 1 : 0),
        falsePositives + (predicted && !gold ? 1 : 0),
        falseNegatives + (!predicted && gold ? 1 : 0),
        trueNegatives + (!predicted && !gold ? 1 : 0));
  }

  /** The sum of two sets of counts. */
  public BinaryCounts plus(BinaryCounts other) {
    return new BinaryCounts(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives,
        trueNegatives + other.trueNegatives);
  }

  public long total() {
    return truePositives + falsePositives + falseNegatives + trueNegatives;
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  public double accuracy() {
    return ratio(truePositives + trueNegatives, total());
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }
}
