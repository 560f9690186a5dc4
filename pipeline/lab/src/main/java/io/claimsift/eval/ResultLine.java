package io.claimsift.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The last line(s) of every evaluation or benchmark command: {@code RESULT <name> key=value ...}.
 *
 * <p>Keys keep their insertion order; fractions print with three decimals, so figures in the
 * README and in scripts that grep these lines read the same.
 */
public final class ResultLine {

  private final String name;
  private final Map<String, String> values = new LinkedHashMap<>();

  private ResultLine(String name) {
    this.name = name;
  }

  /** Starts a line for the named result, e.g. {@code extraction-text}. */
  public static ResultLine of(String name) {
    return new ResultLine(name);
  }

  /** Adds a fraction or rate, printed with three decimals. */
  public ResultLine put(String key, double value) {
    values.put(key, String.format(Locale.ROOT, "%.3f", value));
    return this;
  }

  /** Adds a count. */
  public ResultLine put(String key, long value) {
    values.put(key, Long.toString(value));
    return this;
  }

  /** Adds a word (no spaces), e.g. {@code match=exact}. */
  public ResultLine put(String key, String value) {
    if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("RESULT values are single words: '" + value + "'");
    }
    values.put(key, value);
    return this;
  }

  @Override
  public String toString() {
    StringBuilder line = new StringBuilder("RESULT ").append(name);
    values.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
    return line.toString();
  }
}
