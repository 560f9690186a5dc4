package io.claimsift.clean;

/**
 * The cleaning stage: one block classifier with two front ends, plain-text dumps ({@link
 * TextCleaner}) and HTML pages ({@link HtmlCleaner}). The pipeline and the extraction evaluation
 * both call this class, so they measure and run the same code.
 *
 * <p>Immutable and thread-safe once constructed.
 */
public final class ArticleCleaner {

  private final TextCleaner text;
  private final HtmlCleaner html;

  public ArticleCleaner(CleaningRules rules) {
    this(rules, CleaningLimits.standard());
  }

  public ArticleCleaner(CleaningRules rules, CleaningLimits limits) {
    this(rules, limits, RegionParams.standard());
  }

  /** A cleaner whose body choice is scored by {@code params} (evaluating trained parameters). */
  public ArticleCleaner(CleaningRules rules, CleaningLimits limits, RegionParams params) {
    this.text = new TextCleaner(rules, limits, params);
    this.html = new HtmlCleaner(rules, limits, params);
  }

  /** The cleaner with the standard rules and limits. */
  public static ArticleCleaner standard() {
    return new ArticleCleaner(CleaningRules.standard());
  }

  /** The cleaner with the standard rules and the given limits. */
  public static ArticleCleaner standard(CleaningLimits limits) {
    return new ArticleCleaner(CleaningRules.standard(), limits);
  }

  /** Cleans a plain-text dump of a page. */
  public CleanedArticle cleanText(String decoded) {
    return text.clean(decoded);
  }

  /** Cleans an HTML page. */
  public CleanedArticle cleanHtml(String decoded) {
    return html.clean(decoded);
  }
}
