package io.claimsift.dedup;

import java.util.Objects;

/**
 * A candidate pair, ordered: {@code a.mentionId() < b.mentionId()}.
 */
public record MentionPair(DedupMention a, DedupMention b) {
  public MentionPair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.mentionId().compareTo(b.mentionId()) >= 0) {
      throw new IllegalArgumentException(
          "pair not ordered: " + a.mentionId() + " >= " + b.mentionId());
    }
  }

  /** The ordered pair of two distinct mentions, whatever the argument order. */
  public static MentionPair of(DedupMention x, DedupMention y) {
    return x.mentionId().compareTo(y.mentionId()) < 0 ? new MentionPair(x, y) : new MentionPair(y, x);
  }
}
