package io.claimsift.dedup;

/** Outcome of the cheap, embedding-free first stage of {@link SameClaimMatcher}. */
public enum PairScreen {
  /** The two mentions state conflicting quantities or dates: never the same claim. */
  VETO,
  /** Too little lexical overlap to be worth an embedding: rejected. */
  TOO_DIFFERENT,
  /** Undecided: the model must score it, with both embeddings. */
  SCORE
}
