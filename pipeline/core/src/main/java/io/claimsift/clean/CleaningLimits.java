package io.claimsift.clean;

import java.io.Serializable;

/**
 * Work caps of the cleaner, so that one hostile page costs a bounded amount of work (see
 * docs/reliability.md, "Budgets and isolation"). The defaults are far above what real pages need:
 * of 2,710 evaluation pages the deepest HTML nests 44 elements below {@code <body>}, the largest
 * has 13,003 elements, and the longest text dump has 2,641 non-blank lines.
 *
 * @param maxHtmlDepth elements nested more deeply than this below {@code <body>} are removed (a
 *     {@link RemovalReason#TOO_DEEP} segment each), so that no step walks an unbounded chain of
 *     ancestors or descendants
 * @param maxHtmlElements a page with more elements is not cleaned: {@link DocumentTooComplexException}
 * @param maxTextLines a text dump with more non-blank lines is not cleaned: {@link
 *     DocumentTooComplexException}
 */
public record CleaningLimits(int maxHtmlDepth, int maxHtmlElements, int maxTextLines) implements Serializable {
  public static final int DEFAULT_MAX_HTML_DEPTH = 256;
  public static final int DEFAULT_MAX_HTML_ELEMENTS = 200_000;
  public static final int DEFAULT_MAX_TEXT_LINES = 200_000;

  public CleaningLimits {
    if (maxHtmlDepth < 1 || maxHtmlElements < 1 || maxTextLines < 1) {
      throw new IllegalArgumentException("cleaning limits must be positive: " + maxHtmlDepth + ", "
          + maxHtmlElements + ", " + maxTextLines);
    }
  }

  /** The defaults. */
  public static CleaningLimits standard() {
    return new CleaningLimits(DEFAULT_MAX_HTML_DEPTH, DEFAULT_MAX_HTML_ELEMENTS, DEFAULT_MAX_TEXT_LINES);
  }
}
