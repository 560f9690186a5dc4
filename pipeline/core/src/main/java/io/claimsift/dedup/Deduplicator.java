package io.claimsift.dedup;

import io.claimsift.embed.SentenceEmbedder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The whole deduplication: blocking keys → blocks → distinct candidate pairs → the cheap screen
 * (veto, lexical floor) → embeddings for the mentions of undecided pairs only (one per mention) →
 * model → clusters. The Beam stage calls the same pieces ({@link #undecidedPairs}, {@link
 * #resolve}) on its workers. Immutable and thread-safe when the embedder is.
 */
public final class Deduplicator {
  private final BlockingKeys keys;
  private final PairGenerator pairs;
  private final SameClaimMatcher matcher;
  private final ClusterResolver resolver;
  private final Function<String, float[]> embedder;

  /** Counts of the cheap stage of one run or one partition. */
  public static final class ScreenCounts {
    public long blocks;
    public long cappedBlocks;
    public long candidatePairs;
    public long vetoed;
    public long tooDifferent;
    public long undecided;
  }

  /**
   * The claims of a run and its counters.
   *
   * @param clusters the claims, sorted by claimId
   * @param similarityToRepresentative per mention id: cosine of its embedding with the
   *     representative's, rounded to 4 decimals; 1.0 for representatives (and singletons)
   * @param screen the cheap stage's counts
   * @param embedded mentions that needed an embedding
   * @param acceptedEdges undecided pairs the model accepted
   */
  public record Result(
      List<ClaimCluster> clusters,
      Map<String, Double> similarityToRepresentative,
      ScreenCounts screen,
      long embedded,
      long acceptedEdges) {
    public Result {
      clusters = List.copyOf(clusters);
      similarityToRepresentative = Map.copyOf(similarityToRepresentative);
    }
  }

  /** Scored outcome of {@link #resolve}. */
  public record Resolution(List<ClaimCluster> clusters, Map<String, Double> similarityToRepresentative, long acceptedEdges) {}

  public Deduplicator(
      BlockingKeys keys,
      PairGenerator pairs,
      SameClaimMatcher matcher,
      ClusterResolver resolver,
      Function<String, float[]> embedder) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.pairs = Objects.requireNonNull(pairs, "pairs");
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  /** The pipeline's configuration: default keys and cap, committed model, shared embedder. */
  public static Deduplicator defaults() {
    return withMatcher(SameClaimMatcher.defaults());
  }

  /** The default pieces around another matcher (e.g. another operating point). */
  public static Deduplicator withMatcher(SameClaimMatcher matcher) {
    return new Deduplicator(
        BlockingKeys.defaults(),
        PairGenerator.defaults(),
        matcher,
        new ClusterResolver(),
        sentence -> SentenceEmbedder.shared().embed(sentence));
  }

  public BlockingKeys keys() {
    return keys;
  }

  /**
   * What makes two mentions exact duplicates: the same sentence (whitespace collapsed) and the
   * same resolved dates. Quantities, hedging and score follow from the sentence, but relative
   * dates depend on each article's day, so they are part of the key.
   */
  public static String exactKey(DedupMention m) {
    StringBuilder key = new StringBuilder(m.sentence().strip().replaceAll("\\s+", " "));
    for (var d : m.dates()) {
      key.append('\u0000').append(d.first()).append('/').append(d.last());
    }
    return key.toString();
  }

  /**
   * Exact duplicates of some mentions: per {@link #exactKey}, the lead (smallest mention id) and
   * the ids of the others. Wire copies repeat sentences verbatim across outlets; they are merged
   * here, and only the leads go through blocking, screening and embedding.
   */
  public static ExactGroups collapseExact(Collection<DedupMention> mentions) {
    TreeMap<String, TreeMap<String, DedupMention>> byKey = new TreeMap<>();
    for (DedupMention m : mentions) {
      byKey.computeIfAbsent(exactKey(m), k -> new TreeMap<>()).put(m.mentionId(), m);
    }
    List<DedupMention> leads = new ArrayList<>(byKey.size());
    List<String[]> followers = new ArrayList<>();
    for (TreeMap<String, DedupMention> group : byKey.values()) {
      DedupMention lead = group.firstEntry().getValue();
      leads.add(lead);
      for (String id : group.tailMap(lead.mentionId(), false).keySet()) {
        followers.add(new String[] {lead.mentionId(), id});
      }
    }
    return new ExactGroups(leads, followers);
  }

  /**
   * Mentions after exact-duplicate collapsing.
   *
   * @param leads one mention per exact key
   * @param duplicates pairs (lead id, duplicate id)
   */
  public record ExactGroups(List<DedupMention> leads, List<String[]> duplicates) {}

  /** The claims of some mentions, sorted by claimId. */
  public List<ClaimCluster> deduplicate(Collection<DedupMention> mentions) {
    return run(mentions).clusters();
  }

  /** The claims and the run's counters. */
  public Result run(Collection<DedupMention> mentions) {
    ExactGroups exact = collapseExact(mentions);
    // any order of the blocks gives the same pairs and counts (pairs are de-duplicated and sorted by ids)
    Map<String, List<DedupMention>> blocks = new HashMap<>();
    for (DedupMention m : exact.leads()) {
      for (String k : keys.keysFor(m)) {
        blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
      }
    }
    ScreenCounts counts = new ScreenCounts();
    Map<String, MentionSignals> signals = new HashMap<>();
    List<MentionPair> undecided = undecidedPairs(blocks.values(), signals, counts);
    Map<String, float[]> embeddings = new HashMap<>();
    for (MentionPair p : undecided) {
      embeddings.computeIfAbsent(p.a().mentionId(), id -> embedder.apply(p.a().sentence()));
      embeddings.computeIfAbsent(p.b().mentionId(), id -> embedder.apply(p.b().sentence()));
    }
    List<String[]> pairIds = new ArrayList<>(undecided.size());
    for (MentionPair p : undecided) {
      pairIds.add(new String[] {p.a().mentionId(), p.b().mentionId()});
    }
    Resolution r = resolve(mentions, exact.duplicates(), pairIds, embeddings, signals);
    return new Result(r.clusters(), r.similarityToRepresentative(), counts, embeddings.size(), r.acceptedEdges());
  }

  /**
   * The distinct candidate pairs of some blocks that pass the cheap screen, sorted by ids.
   *
   * @param signals per-mention cache, filled as needed (one computation per mention)
   * @param counts incremented
   */
  public List<MentionPair> undecidedPairs(
      Collection<List<DedupMention>> blocks, Map<String, MentionSignals> signals, ScreenCounts counts) {
    // Pairs are known by the numbers of their two mentions (first seen, first numbered): a
    // partition of a large run compares over a million pairs, which as "a\0b" strings in a hash
    // set cost about 130 bytes each, as longs in PairSet about 16.
    IdNumbers numbers = new IdNumbers();
    PairSet seen = new PairSet();
    List<MentionPair> out = new ArrayList<>();
    for (List<DedupMention> block : blocks) {
      if (block.size() < 2) {
        continue; // most band keys belong to one mention only
      }
      BlockPairs bp = pairs.pairs(block);
      if (bp.blockSize() < 2) {
        continue;
      }
      counts.blocks++;
      if (bp.capped()) {
        counts.cappedBlocks++;
      }
      for (MentionPair p : bp.pairs()) {
        if (!seen.add(numbers.number(p.a().mentionId()), numbers.number(p.b().mentionId()))) {
          continue;
        }
        counts.candidatePairs++;
        PairScreen s = matcher.screen(signals(p.a(), signals), signals(p.b(), signals));
        switch (s) {
          case VETO -> counts.vetoed++;
          case TOO_DIFFERENT -> counts.tooDifferent++;
          case SCORE -> {
            counts.undecided++;
            out.add(p);
          }
        }
      }
    }
    out.sort(Deduplicator::compareIds);
    return out;
  }

  /**
   * The order of the keys {@code a + '\0' + b} of two pairs, without making them: the order the
   * undecided pairs have always come out in.
   */
  static int compareIds(MentionPair x, MentionPair y) {
    String xa = x.a().mentionId();
    String xb = x.b().mentionId();
    String ya = y.a().mentionId();
    String yb = y.b().mentionId();
    int xn = xa.length() + 1 + xb.length();
    int yn = ya.length() + 1 + yb.length();
    for (int i = 0; i < Math.min(xn, yn); i++) {
      char cx = i < xa.length() ? xa.charAt(i) : i == xa.length() ? '\u0000' : xb.charAt(i - xa.length() - 1);
      char cy = i < ya.length() ? ya.charAt(i) : i == ya.length() ? '\u0000' : yb.charAt(i - ya.length() - 1);
      if (cx != cy) {
        return Character.compare(cx, cy);
      }
    }
    return Integer.compare(xn, yn);
  }

  /**
   * Scores undecided pairs with the model and resolves the accepted ones into clusters.
   *
   * @param mentions every mention (singletons and exact duplicates included)
   * @param duplicates pairs (lead id, duplicate id) from {@link #collapseExact}: merged first
   * @param undecided pairs of mention ids (any order, duplicates allowed)
   * @param embeddings at least the embeddings of every mention named in {@code undecided}
   * @param signals per-mention cache, filled as needed
   */
  public Resolution resolve(
      Collection<DedupMention> mentions,
      Collection<String[]> duplicates,
      Collection<String[]> undecided,
      Map<String, float[]> embeddings,
      Map<String, MentionSignals> signals) {
    // The resolver's view: distinct mentions in id order, edges by position (IndexedEdges), so
    // that a component's accepted pairs cost 16 bytes each, not an Edge, its strings and a map key.
    List<DedupMention> list = ClusterResolver.inIdOrder(mentions);
    Map<String, Integer> index = ClusterResolver.positions(list);
    IndexedEdges edges = new IndexedEdges();
    Map<String, String> leadOf = new HashMap<>();
    Map<String, float[]> vectors = new HashMap<>(embeddings);
    for (String[] pair : duplicates) {
      if (!index.containsKey(pair[0]) || !index.containsKey(pair[1])) {
        throw new IllegalArgumentException("duplicate pair names an unknown mention: " + pair[0] + ", " + pair[1]);
      }
      // the same sentence has the same embedding: a duplicate borrows its lead's
      leadOf.put(pair[1], pair[0]);
      float[] leadVector = embeddings.get(pair[0]);
      if (leadVector != null) {
        vectors.putIfAbsent(pair[1], leadVector);
      }
      add(edges, index, new Edge(pair[0], pair[1], 1.0));
    }
    for (String[] pair : undecided) {
      Integer at = index.get(pair[0]);
      Integer bt = index.get(pair[1]);
      if (at == null || bt == null) {
        throw new IllegalArgumentException("pair names an unknown mention: " + pair[0] + ", " + pair[1]);
      }
      DedupMention a = list.get(at);
      DedupMention b = list.get(bt);
      SameClaimMatcher.Verdict v =
          matcher.decide(signals(a, signals), signals(b, signals), vector(vectors, a), vector(vectors, b));
      if (v.accepted()) {
        add(edges, index, new Edge(a.mentionId(), b.mentionId(), v.probability()));
      }
    }
    // an edge (lead, duplicate) is the exact-duplicate merge; every other distinct pair is the model's
    int[] leadIndex = new int[list.size()];
    java.util.Arrays.fill(leadIndex, -1);
    leadOf.forEach((duplicate, lead) -> leadIndex[index.get(duplicate)] = index.get(lead));
    long modelEdges = 0;
    for (int e : edges.distinctPairs()) {
      if (leadIndex[edges.b(e)] != edges.a(e)) {
        modelEdges++;
      }
    }
    List<ClaimCluster> clusters =
        resolver.resolve(
            list,
            edges,
            (x, y) ->
                sameLead(x, y, leadOf)
                    || vectors.containsKey(x.mentionId())
                        && vectors.containsKey(y.mentionId())
                        && matcher.representativesAgree(
                            signals(x, signals), signals(y, signals), vector(vectors, x), vector(vectors, y)));
    Map<String, Double> similarity = new HashMap<>();
    for (ClaimCluster c : clusters) {
      float[] rep = vectors.get(c.representative().mentionId());
      for (DedupMention m : c.members()) {
        boolean self = m.mentionId().equals(c.representative().mentionId());
        float[] own = vectors.get(m.mentionId());
        similarity.put(m.mentionId(), self || rep == null || own == null ? 1.0 : round4(SentenceEmbedder.cosine(own, rep)));
      }
    }
    return new Resolution(clusters, similarity, modelEdges);
  }

  /** Adds a validated edge by the positions of its (normalised) ids. */
  private static void add(IndexedEdges edges, Map<String, Integer> index, Edge e) {
    edges.add(index.get(e.a()), index.get(e.b()), e.similarity());
  }

  /** True when both mentions are exact duplicates of one lead (or one is the other's lead). */
  private static boolean sameLead(DedupMention x, DedupMention y, Map<String, String> leadOf) {
    String lx = leadOf.getOrDefault(x.mentionId(), x.mentionId());
    String ly = leadOf.getOrDefault(y.mentionId(), y.mentionId());
    return lx.equals(ly);
  }

  /** A similarity rounded half-even to 4 decimals, so that written values are stable. */
  public static double round4(double v) {
    return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static MentionSignals signals(DedupMention m, Map<String, MentionSignals> cache) {
    return cache.computeIfAbsent(m.mentionId(), id -> MentionSignals.of(m));
  }

  private static float[] vector(Map<String, float[]> embeddings, DedupMention m) {
    float[] v = embeddings.get(m.mentionId());
    if (v == null) {
      throw new IllegalArgumentException("no embedding for mention " + m.mentionId());
    }
    return v;
  }
}
