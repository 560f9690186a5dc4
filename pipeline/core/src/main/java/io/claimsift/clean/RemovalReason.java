package io.claimsift.clean;

import java.util.Locale;

/** Why a segment of a raw document was kept out of the article body. */
public enum RemovalReason {
  TITLE,
  BYLINE,
  DATELINE,
  READING_TIME,
  IMAGE_CREDIT,
  CAPTION,
  SHARE_PROMPT,
  SUBSCRIBE_PROMPT,
  COMMENT_FORM,
  DISCLAIMER,
  NAVIGATION,
  AUTHOR_BIO,
  RELATED_LINKS,
  LAYOUT_RESIDUE,
  DUPLICATE,
  /** HTML only: script, style, template and hidden elements. */
  MARKUP,
  /**
   * HTML only: an element nested deeper than the cleaner's depth limit ({@link
   * CleaningLimits#maxHtmlDepth()}), removed with everything inside it.
   */
  TOO_DEEP,
  /**
   * HTML only: a paragraph the HTML front end kept but both other extractors leave out (the text
   * front end on the rendered page, and Readability): {@link ReadabilityVote}.
   */
  OUTVOTED,
  /**
   * HTML only: not a removed span but the record that the HTML extraction failed its sanity check
   * and the text front end's body was used instead ({@link TextFallback}); an empty span at the
   * start of the body, whose text gives both front ends' word counts.
   */
  TEXT_FALLBACK;

  /** The lower-case code written to the removed_segments dataset. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
