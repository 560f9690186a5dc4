package io.claimsift.dedup;

import java.util.List;

/**
 * The candidate pairs of one block.
 *
 * @param pairs ordered pairs, each once, sorted by (a.mentionId, b.mentionId)
 * @param capped true when the block was larger than the cap and only neighbours were paired
 * @param blockSize distinct mentions in the block
 */
public record BlockPairs(List<MentionPair> pairs, boolean capped, int blockSize) {
  public BlockPairs {
    pairs = List.copyOf(pairs);
  }
}
