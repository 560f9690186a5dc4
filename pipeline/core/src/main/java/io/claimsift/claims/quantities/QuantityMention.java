package io.claimsift.claims.quantities;

/**
 * A number stated in a text, with offsets into the clean text it was found in.
 *
 * @param text surface text, equal to {@code cleanText.substring(start, end)}
 * @param value the number as written, before scale words (2.0 for "$2 billion")
 * @param unit counted noun for counts, "percent" for percentages, ISO code for money, null otherwise
 * @param currency ISO 4217 code for money, null otherwise
 * @param normalizedValue magnitude with scale words applied (2.0E9 for "$2 billion"); for a range
 *     ("20-30"), the lower bound
 * @param low lower bound of a range, normalised like {@code normalizedValue}; null when not a range
 * @param high upper bound of a range, normalised; null when not a range
 * @param bound how the text bounds the number: {@code =} exact, {@code ~} about, {@code <} under,
 *     {@code >} more than, {@code <=} at most, {@code >=} at least
 * @param change {@code up} or {@code down} when the number is the size of a change ("rose by 5%"),
 *     null otherwise
 */
public record QuantityMention(
    String text,
    int start,
    int end,
    QuantityKind kind,
    double value,
    String unit,
    String currency,
    double normalizedValue,
    Double low,
    Double high,
    String bound,
    String change) {

  /** The bound of a number stated exactly, or with no bound word. */
  public static final String EXACT = "=";

  /** A quantity with no bound or change word. */
  public QuantityMention(
      String text, int start, int end, QuantityKind kind, double value, String unit, String currency,
      double normalizedValue, Double low, Double high) {
    this(text, start, end, kind, value, unit, currency, normalizedValue, low, high, EXACT, null);
  }

  /** This quantity with the given bound and change. */
  public QuantityMention withQualifiers(String bound, String change) {
    return new QuantityMention(text, start, end, kind, value, unit, currency, normalizedValue, low, high, bound, change);
  }

  /** A quantity that is not a range. */
  public QuantityMention(
      String text, int start, int end, QuantityKind kind, double value, String unit, String currency,
      double normalizedValue) {
    this(text, start, end, kind, value, unit, currency, normalizedValue, null, null);
  }
}
