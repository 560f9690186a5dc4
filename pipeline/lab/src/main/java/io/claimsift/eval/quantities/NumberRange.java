package io.claimsift.eval.quantities;

/**
 * A range or bound on a number found in a text: "between 5 and 10", "20-30", "more than 30".
 *
 * @param low lower bound, null when unbounded below ("less than 10")
 * @param lowClosed whether the lower bound is included
 * @param high upper bound, null when unbounded above ("more than 30")
 * @param highClosed whether the upper bound is included
 */
public record NumberRange(
    int start, int end, String text, Double low, boolean lowClosed, Double high, boolean highClosed) {

  /** Interval notation such as {@code [20,30)}, {@code (30,)} or {@code (,100]}. */
  public String notation() {
    return (lowClosed && low != null ? "[" : "(") + format(low) + "," + format(high)
        + (highClosed && high != null ? "]" : ")");
  }

  private static String format(Double v) {
    if (v == null) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString(v.longValue());
    }
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
