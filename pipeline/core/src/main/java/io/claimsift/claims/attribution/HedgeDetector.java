package io.claimsift.claims.attribution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a sentence reports its fact as uncertain ("allegedly", "may have", "is said to").
 *
 * <p>Immutable and thread-safe once built. Matching is case-insensitive and word-bounded.
 * Estimates and approximations ("estimated", "about", "approximately") are not hedges: they qualify
 * the number, not whether the event happened. "accused of" counts as a hedge because it reports an
 * allegation,
 * and so do "claims that" and "without evidence": the writer reports the statement without vouching for it.
 */
public final class HedgeDetector {

  private static final Pattern HEDGE =
      Pattern.compile(
          "(?i)\\b(?:allegedly|alleged|reportedly|reported\\s+to|supposedly|purportedly|apparently"
              + "|(?:may|might|could)\\s+have|may\\s+be|might\\s+be"
              + "|(?:is|are|was|were)\\s+said\\s+to|(?:believed|thought)\\s+to|suspected"
              + "|rumou?red|unconfirmed|it\\s+(?:is|was|remains)\\s+unclear|it['’]s\\s+unclear"
              + "|accused\\s+of|claim(?:s|ed)?\\s+that|without\\s+(?:providing\\s+(?:any\\s+)?)?evidence"
              + "|unverified|unsubstantiated)\\b");

  private HedgeDetector() {}

  /** The English preset. */
  public static HedgeDetector english() {
    return new HedgeDetector();
  }

  /** The first letters of the expressions (matched in any case). */
  private static final String FIRST_LETTERS = "arspmciwbtu";

  /**
   * True when the sentence contains a hedging expression: {@code HEDGE.matcher(sentence).find()},
   * tried only where a match can start, at a letter that starts an expression and does not follow
   * an ASCII letter (a word boundary cannot lie between two ASCII letters).
   */
  public boolean isHedged(String sentence) {
    Matcher m = null;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c >= 128 || FIRST_LETTERS.indexOf(c | 0x20) < 0 || (i > 0 && isAsciiLetter(sentence.charAt(i - 1)))) {
        continue;
      }
      if (m == null) {
        m = HEDGE.matcher(sentence).useTransparentBounds(true); // \\b sees the character before the region
      }
      if (m.region(i, sentence.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
