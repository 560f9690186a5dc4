package io.claimsift.claims.attribution;

import io.claimsift.lexicon.WordSet;
import java.util.Set;
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
   * The first words of the expressions, lower case. Each expression opens with one of them
   * followed by a space, an apostrophe or a word boundary, never by another letter: a match can
   * only start at a run of ASCII letters that is one of these words (in any case, as (?i) folds
   * ASCII only).
   */
  private static final WordSet FIRST_WORDS =
      WordSet.of("allegedly", "alleged", "reportedly", "reported", "supposedly", "purportedly", "apparently",
          "may", "might", "could", "is", "are", "was", "were", "believed", "thought", "suspected",
          "rumored", "rumoured", "unconfirmed", "it", "accused", "claim", "claims", "claimed", "without",
          "unverified", "unsubstantiated");

  /** The longest word of {@link #FIRST_WORDS}. */
  private static final int LONGEST_FIRST_WORD = "unsubstantiated".length();

  /**
   * True when the sentence contains a hedging expression: {@code HEDGE.matcher(sentence).find()},
   * tried only where a match can start, at a letter that starts an expression and does not follow
   * an ASCII letter (a word boundary cannot lie between two ASCII letters), and only where the
   * ASCII letters from there are one of {@link #FIRST_WORDS}.
   */
  public boolean isHedged(String sentence) {
    Matcher m = null;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c >= 128 || FIRST_LETTERS.indexOf(c | 0x20) < 0 || (i > 0 && isAsciiLetter(sentence.charAt(i - 1)))) {
        continue;
      }
      if (!opensWithFirstWord(sentence, i)) {
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

  /** Whether the run of ASCII letters at {@code i} is one of {@link #FIRST_WORDS}, in any case. */
  private static boolean opensWithFirstWord(String sentence, int i) {
    int j = i;
    while (j < sentence.length() && isAsciiLetter(sentence.charAt(j))) {
      if (++j - i > LONGEST_FIRST_WORD) {
        return false;
      }
    }
    return FIRST_WORDS.lowerAsciiWord(sentence, i, j) != null;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
