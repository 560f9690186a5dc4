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
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

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
    return Math.round(model.probability(features.of(s)) * 1000) / 1000.0;
  }

  /** False for questions, commands, fragments and headings. */
  static boolean isStatement(String s) {
    return !QUESTION.matcher(s).find()
        && TERMINAL.matcher(s).find()
        && !IMPERATIVE.matcher(s).find()
        && WORD.matcher(s).results().limit(5).count() >= 5;
  }
}
