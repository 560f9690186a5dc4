package io.claimsift.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs the whole deduplication in memory: keys → blocks → pairs (distinct) → matcher → resolver.
 * The same pieces are callable one by one (as the Beam wiring does). Immutable and thread-safe.
 */
public final class Deduplicator {
  private final BlockingKeys keys;
  private final PairGenerator pairs;
  private final ClaimMatcher matcher;
  private final ClusterResolver resolver;

  /**
   * Counters of one run.
   *
   * @param clusters the claims, sorted by claimId
   * @param blocks blocks with 2+ distinct mentions
   * @param cappedBlocks blocks that were capped by the {@link PairGenerator}
   * @param candidatePairs distinct pairs compared
   * @param acceptedEdges distinct pairs accepted by the matcher
   */
  public record Result(
      List<ClaimCluster> clusters, int blocks, int cappedBlocks, long candidatePairs, long acceptedEdges) {
    public Result {
      clusters = List.copyOf(clusters);
    }
  }

  public Deduplicator(
      BlockingKeys keys, PairGenerator pairs, ClaimMatcher matcher, ClusterResolver resolver) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.pairs = Objects.requireNonNull(pairs, "pairs");
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** Default keys (20×3 unigrams), default cap (200/50), baseline matcher, ALL_MEMBERS guard. */
  public static Deduplicator baseline() {
    return new Deduplicator(
        BlockingKeys.defaults(), PairGenerator.defaults(), ClaimMatcher.baseline(), new ClusterResolver());
  }

  /** The claims of some mentions, sorted by claimId. */
  public List<ClaimCluster> deduplicate(Collection<DedupMention> mentions) {
    return run(mentions).clusters();
  }

  /** The claims and the run's counters. */
  public Result run(Collection<DedupMention> mentions) {
    TreeMap<String, List<DedupMention>> blocks = new TreeMap<>();
    for (DedupMention m : mentions) {
      for (String k : keys.keysFor(m)) {
        blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
      }
    }
    TreeSet<String> seen = new TreeSet<>();
    Map<String, MentionFeatures> features = new HashMap<>();
    List<Edge> edges = new ArrayList<>();
    int blockCount = 0;
    int capped = 0;
    long compared = 0;
    for (List<DedupMention> block : blocks.values()) {
      BlockPairs bp = pairs.pairs(block);
      if (bp.blockSize() < 2) {
        continue;
      }
      blockCount++;
      if (bp.capped()) {
        capped++;
      }
      for (MentionPair p : bp.pairs()) {
        if (!seen.add(p.a().mentionId() + '\u0000' + p.b().mentionId())) {
          continue;
        }
        compared++;
        MatchDecision d =
            matcher.decide(
                features.computeIfAbsent(p.a().mentionId(), id -> MentionFeatures.of(p.a())),
                features.computeIfAbsent(p.b().mentionId(), id -> MentionFeatures.of(p.b())));
        if (d.accepted()) {
          edges.add(new Edge(p.a().mentionId(), p.b().mentionId(), d.similarity()));
        }
      }
    }
    List<ClaimCluster> clusters = resolver.resolve(mentions, edges);
    return new Result(clusters, blockCount, capped, compared, edges.size());
  }
}
