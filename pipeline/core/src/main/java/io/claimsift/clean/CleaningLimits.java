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
 * @param maxReadabilityElements a page with more elements is cleaned without Readability's vote
 *     ({@link ReadabilityVote}, the costliest step of HTML cleaning); 0 turns the vote off
 */
public record CleaningLimits(int maxHtmlDepth, int maxHtmlElements, int maxTextLines,
    int maxReadabilityElements) implements Serializable {
  public static final int DEFAULT_MAX_HTML_DEPTH = 256;
  public static final int DEFAULT_MAX_HTML_ELEMENTS = 200_000;
  public static final int DEFAULT_MAX_TEXT_LINES = 200_000;
  public static final int DEFAULT_MAX_READABILITY_ELEMENTS = 20_000;

  public CleaningLimits {
    if (maxHtmlDepth < 1 || maxHtmlElements < 1 || maxTextLines < 1) {
      throw new IllegalArgumentException("cleaning limits must be positive: " + maxHtmlDepth + ", "
          + maxHtmlElements + ", " + maxTextLines);
    }
    if (maxReadabilityElements < 0) {
      throw new IllegalArgumentException(
          "maxReadabilityElements must be 0 or more: " + maxReadabilityElements);
    }
  }

  /** The given caps, with Readability's vote on pages of up to the default number of elements. */
  public CleaningLimits(int maxHtmlDepth, int maxHtmlElements, int maxTextLines) {
    this(maxHtmlDepth, maxHtmlElements, maxTextLines, DEFAULT_MAX_READABILITY_ELEMENTS);
  }

  /** The defaults. */
  public static CleaningLimits standard() {
    return new CleaningLimits(DEFAULT_MAX_HTML_DEPTH, DEFAULT_MAX_HTML_ELEMENTS,
        DEFAULT_MAX_TEXT_LINES, DEFAULT_MAX_READABILITY_ELEMENTS);
  }

  /** Whether Readability votes on a page of {@code elements} elements. */
  public boolean readabilityVotes(int elements) {
    return elements <= maxReadabilityElements;
  }
}
