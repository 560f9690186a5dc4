package io.claimsift.dedup;

import java.util.List;

/**
 * The feature vector the pairwise model scores: lexical overlaps, quantity and entity agreement,
 * and the embedding cosine. Symmetric in the two mentions. Stateless.
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
          "cosine_x_token_jaccard");

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
    return new double[] {
      cosine,
      cosine * cosine,
      tokenJaccard,
      containment,
      MentionSignals.jaccard(a.bigrams(), b.bigrams()),
      MentionSignals.jaccard(a.charGrams(), b.charGrams()),
      lengthRatio,
      MentionSignals.jaccard(fa.entities(), fb.entities()),
      Math.log1p(entityUnmatched),
      Math.min(3, fa.profile().sharedValues(fb.profile())),
      conflict ? 1.0 : 0.0,
      cosine * tokenJaccard
    };
  }
}
