package io.claimsift.beam.dedup;

/**
 * The fixed number of groups that dedup spreads its keys over, and the group of a key.
 *
 * <p>Most dedup keys (blocking keys, mention ids, pairs) occur once or a few times; grouping by the
 * raw key would make one tiny group per key, which runners handle with a high per-key cost (the
 * DirectRunner's bookkeeping grows faster than the input). A partition holds many whole keys, so a
 * key never spans two partitions. {@link String#hashCode} is fixed by the language, so a key falls
 * in the same partition on every worker and every run.
 */
final class Partitions {
  /** How many groups the keys are spread over; bounds the runner's per-key cost. */
  static final int COUNT = 256;

  private Partitions() {}

  /** The partition of a blocking key, an exact-duplicate key or a mention id. */
  static int of(String key) {
    return Math.floorMod(key.hashCode(), COUNT);
  }

  /** The partition of a pair: both ids count, so one mention's pairs spread over partitions. */
  static int of(MentionIdPair pair) {
    return Math.floorMod(31 * pair.first().hashCode() + pair.second().hashCode(), COUNT);
  }
}
