package io.claimsift.read;

import java.util.Locale;
import java.util.Optional;

/** The input formats ClaimSift recognises, told apart by file extension. */
public enum DocumentFormat {
  TEXT,
  HTML;

  /** The lower-case code written to the datasets. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of a file name without its {@code .gz} suffix, if recognised. */
  public static Optional<DocumentFormat> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    return Optional.empty();
  }
}
