package io.claimsift.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Candidate pairs within one block. Immutable and thread-safe.
 *
 * <p>Mentions are de-duplicated by id and sorted by mentionId. A block of at most {@code
 * maxBlockSize} mentions yields all n(n-1)/2 pairs. A larger block is CAPPED: each mention is paired
 * only with its next {@code neighbours} mentions in mentionId order, and {@link BlockPairs#capped()}
 * is set so the caller can count it. (In a capped block, pairs whose ids are far apart are lost
 * unless another, smaller block brings them together.)
 */
public final class PairGenerator {
  private final int maxBlockSize;
  private final int neighbours;

  /**
   * @param maxBlockSize largest block that is compared exhaustively (≥ 2)
   * @param neighbours pairs per mention in a capped block (≥ 1)
   */
  public PairGenerator(int maxBlockSize, int neighbours) {
    if (maxBlockSize < 2 || neighbours < 1) {
      throw new IllegalArgumentException(
          "bad cap: maxBlockSize=" + maxBlockSize + " neighbours=" + neighbours);
    }
    this.maxBlockSize = maxBlockSize;
    this.neighbours = neighbours;
  }

  /** Cap at 200 mentions, 50 neighbours. */
  public static PairGenerator defaults() {
    return new PairGenerator(200, 50);
  }

  public int maxBlockSize() {
    return maxBlockSize;
  }

  public int neighbours() {
    return neighbours;
  }

  /**
   * The pairs of one block, in any input order.
   *
   * @throws IllegalArgumentException when two different mentions share a mentionId
   */
  public BlockPairs pairs(Collection<DedupMention> block) {
    TreeMap<String, DedupMention> byId = new TreeMap<>();
    for (DedupMention m : block) {
      DedupMention prev = byId.putIfAbsent(m.mentionId(), m);
      if (prev != null && !prev.equals(m)) {
        throw new IllegalArgumentException("two different mentions with id " + m.mentionId());
      }
    }
    List<DedupMention> sorted = new ArrayList<>(byId.values());
    int n = sorted.size();
    boolean capped = n > maxBlockSize;
    int reach = capped ? neighbours : n;
    List<MentionPair> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int last = (int) Math.min((long) n - 1, (long) i + reach);
      for (int j = i + 1; j <= last; j++) {
        out.add(new MentionPair(sorted.get(i), sorted.get(j)));
      }
    }
    return new BlockPairs(out, capped, n);
  }
}
