package io.claimsift.claims.scoring;

import java.util.regex.Pattern;

/**
 * Check-worthiness score in [0, 1] for one sentence: the probability of a logistic-regression model
 * over lexical features ({@link CheckWorthinessFeatures}), trained on ClaimBuster.
 *
 * <p>Immutable and thread-safe once built. The model's bias is set so that 0.5 is its best
 * decision threshold on the training data. Two kinds of sentence are scored 0.0 before the model
 * runs, because news pages hold them and debate transcripts (the training data) do not: fragments
 * without a terminal ".", "!" or closing quote (headings, lines ending in ":"), and commands opening
 * with a call-to-action verb ("Click", "Subscribe", "Read"). Questions and sentences of fewer than
 * five words also score 0.0: they state nothing checkable. Scores are rounded to three decimals so
 * that the output does not depend on floating-point summation details.
 */
public final class ClaimScorer {

  private static final Pattern QUESTION = Pattern.compile("\\?[\"”’'»)\\]]*\\s*$");
  private static final Pattern TERMINAL = Pattern.compile("[.!…][\"”’'»)\\]]*\\s*$|[\"”]\\s*$");
  private static final Pattern IMPERATIVE =
      Pattern.compile(
          "^[\"“‘']?(?:Join|Click|Subscribe|Sign|Follow|Share|Read|Don['’]t|Do\\s+not|Please|Check\\s+out"
              + "|Learn|Get|Download|Visit|Call|Watch|Listen|Register|Tap|Leave|Discover|Buy"
              + "|Contact|Let['’]s)\\b");

  private final CheckWorthinessFeatures features;
  private final CheckWorthinessModel model;

  private ClaimScorer(CheckWorthinessFeatures features, CheckWorthinessModel model) {
    this.features = features;
    this.model = model;
  }

  /** The English preset: the committed model. */
  public static ClaimScorer english() {
    return with(CheckWorthinessModel.committed());
  }

  /** English features with another model (cross-validation, experiments). */
  public static ClaimScorer with(CheckWorthinessModel model) {
    return new ClaimScorer(CheckWorthinessFeatures.english(), model);
  }

  /** The check-worthiness of {@code sentence} in [0, 1]. */
  public double score(String sentence) {
    String s = sentence.strip();
    if (!isStatement(s)) {
      return 0.0;
    }
    return Math.round(model.probability(features, s) * 1000) / 1000.0;
  }

  /** False for questions, commands, fragments and headings. */
  static boolean isStatement(String s) {
    return !endsAt(QUESTION, s, s.lastIndexOf('?'))
        && (endsAt(TERMINAL, s, lastIndexOfAny(s, '.', '!', '…')) || endsAt(TERMINAL, s, lastIndexOfAny(s, '"', '”', '"')))
        && !IMPERATIVE.matcher(s).find()
        && hasWords(s, 5);
  }

  /**
   * {@code pattern.matcher(s).find()} for QUESTION and TERMINAL: each of their matches starts at a
   * "?" (a terminal mark, a quotation mark) followed only by closing marks and white space up to the
   * end, so only the last such mark can start one; {@code start} is it (or -1).
   */
  private static boolean endsAt(Pattern pattern, String s, int start) {
    return start >= 0 && pattern.matcher(s).region(start, s.length()).lookingAt();
  }

  private static int lastIndexOfAny(String s, char a, char b, char c) {
    return Math.max(s.lastIndexOf(a), Math.max(s.lastIndexOf(b), s.lastIndexOf(c)));
  }

  /** True when {@code s} holds at least {@code n} runs of {@code [\\p{L}\\p{N}]} (words). */
  static boolean hasWords(String s, int n) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int type = Character.getType(cp);
      boolean wordChar = Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER
          || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
      if (wordChar && !inWord && ++words >= n) {
        return true;
      }
      inWord = wordChar;
      i += Character.charCount(cp);
    }
    return false;
  }
}
