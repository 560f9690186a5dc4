package io.claimsift.dedup;

import java.util.List;

/**
 * The feature vector the pairwise model scores: lexical overlaps, quantity and entity agreement,
 * the embedding cosine, and machine-translation-metric features over all words (n-gram precision
 * in each direction for n = 1..4, a smoothed BLEU, longest common subsequence, length difference,
 * negation and digit-word agreement; after Madnani et al. 2012, "Re-examining machine translation
 * metrics for paraphrase identification"). Directional measures enter as the min and max over the
 * two directions, so the vector is symmetric in the two mentions. Stateless.
 */
public final class PairFeatures {
  /** Feature names, in vector order (also the order of the model's weights). */
  public static final List<String> NAMES =
      List.of(
          "cosine",
          "cosine_sq",
          "token_jaccard",
          "token_containment",
          "bigram_jaccard",
          "char4_jaccard",
          "length_ratio",
          "entity_jaccard",
          "entity_unmatched",
          "shared_values",
          "conflict",
          "cosine_x_token_jaccard",
          "ngram1_precision_min",
          "ngram1_precision_max",
          "ngram2_precision_min",
          "ngram2_precision_max",
          "ngram3_precision_min",
          "ngram3_precision_max",
          "ngram4_precision_min",
          "ngram4_precision_max",
          "bleu_min",
          "bleu_max",
          "lcs_over_longer",
          "lcs_over_shorter",
          "word_length_difference",
          "word_length_log_ratio",
          "negation_mismatch",
          "shared_digit_words",
          "unmatched_digit_words",
          "same_digit_words");

  /** Added to n-gram matches and counts so that a missing n-gram order does not zero BLEU. */
  private static final double SMOOTHING = 0.1;

  private PairFeatures() {}

  /** The features of a pair; {@code cosine} is the cosine of the two embeddings. */
  public static double[] of(MentionSignals a, MentionSignals b, double cosine) {
    MentionFeatures fa = a.features();
    MentionFeatures fb = b.features();
    double tokenJaccard = fa.jaccard(fb);
    int inter = MentionSignals.intersection(fa.tokens(), fb.tokens());
    int minTokens = Math.min(fa.tokens().size(), fb.tokens().size());
    double containment = minTokens == 0 ? 0.0 : (double) inter / minTokens;
    int maxWords = Math.max(a.words(), b.words());
    double lengthRatio = maxWords == 0 ? 1.0 : (double) Math.min(a.words(), b.words()) / maxWords;
    int entityInter = MentionSignals.intersection(fa.entities(), fb.entities());
    int entityUnmatched = fa.entities().size() + fb.entities().size() - 2 * entityInter;
    boolean conflict = fa.profile().conflictWith(fb.profile()).isPresent();
    double[] mtMetrics = mtMetrics(a.wordSequence(), b.wordSequence());
    return new double[] {
      cosine,
      cosine * cosine,
      tokenJaccard,
      containment,
      MentionSignals.jaccard(a.bigrams(), b.bigrams()),
      a.charGramJaccard(b),
      lengthRatio,
      MentionSignals.jaccard(fa.entities(), fb.entities()),
      Math.log1p(entityUnmatched),
      Math.min(3, fa.profile().sharedValues(fb.profile())),
      conflict ? 1.0 : 0.0,
      cosine * tokenJaccard,
      mtMetrics[0], mtMetrics[1], mtMetrics[2], mtMetrics[3], mtMetrics[4], mtMetrics[5],
      mtMetrics[6], mtMetrics[7], mtMetrics[8], mtMetrics[9], mtMetrics[10], mtMetrics[11],
      mtMetrics[12], mtMetrics[13], mtMetrics[14], mtMetrics[15], mtMetrics[16], mtMetrics[17]
    };
  }

  /** The machine-translation-metric part of the vector, in {@link #NAMES} order. */
  private static double[] mtMetrics(WordSequence a, WordSequence b) {
    double[] out = new double[18];
    double logBleuA = 0;
    double logBleuB = 0;
    for (int n = 1; n <= WordSequence.MAX_N; n++) {
      double matches = a.clippedMatches(b, n) + SMOOTHING;
      double precisionA = matches / (a.ngramCount(n) + SMOOTHING);
      double precisionB = matches / (b.ngramCount(n) + SMOOTHING);
      out[2 * (n - 1)] = Math.min(precisionA, precisionB);
      out[2 * (n - 1) + 1] = Math.max(precisionA, precisionB);
      logBleuA += Math.log(precisionA) / WordSequence.MAX_N;
      logBleuB += Math.log(precisionB) / WordSequence.MAX_N;
    }
    out[8] = Math.exp(Math.min(logBleuA, logBleuB));
    out[9] = Math.exp(Math.max(logBleuA, logBleuB));
    int shorter = Math.min(a.length(), b.length());
    int longer = Math.max(a.length(), b.length());
    int lcs = a.longestCommonSubsequence(b);
    out[10] = lcs / (double) Math.max(1, longer);
    out[11] = lcs / (double) Math.max(1, shorter);
    out[12] = (longer - shorter) / 10.0;
    out[13] = Math.log((1.0 + longer) / (1.0 + shorter));
    out[14] = a.negations() != b.negations() ? 1.0 : 0.0;
    int sharedDigits = a.sharedDigitWords(b);
    int unmatchedDigits = a.digitWordCount() + b.digitWordCount() - 2 * sharedDigits;
    out[15] = sharedDigits;
    out[16] = unmatchedDigits;
    out[17] = unmatchedDigits == 0 ? 1.0 : 0.0;
    return out;
  }
}
