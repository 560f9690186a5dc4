package io.claimsift.beam.dedup;

import java.util.Comparator;

/**
 * The ids of two claim mentions that dedup relates: an undecided candidate pair, or an exact
 * duplicate and its lead. Travels between steps with {@link MentionIdPairCoder}.
 *
 * @param first the first id (the lead, for an exact duplicate)
 * @param second the second id (the duplicate, for an exact duplicate)
 */
record MentionIdPair(String first, String second) implements Comparable<MentionIdPair> {

  private static final Comparator<MentionIdPair> ORDER =
      Comparator.comparing(MentionIdPair::first).thenComparing(MentionIdPair::second);

  /** The pair as {@code {first, second}}, the form {@link io.claimsift.dedup.Deduplicator} takes. */
  String[] ids() {
    return new String[] {first, second};
  }

  @Override
  public int compareTo(MentionIdPair other) {
    return ORDER.compare(this, other);
  }
}
