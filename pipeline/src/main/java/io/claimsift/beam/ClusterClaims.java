package io.claimsift.beam;

import io.claimsift.dedup.BlockPairs;
import io.claimsift.dedup.BlockingKeys;
import io.claimsift.dedup.ClaimCluster;
import io.claimsift.dedup.ClaimMatcher;
import io.claimsift.dedup.ClusterResolver;
import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.Edge;
import io.claimsift.dedup.MatchDecision;
import io.claimsift.dedup.MentionFeatures;
import io.claimsift.dedup.MentionPair;
import io.claimsift.dedup.PairGenerator;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Groups claim mentions that state the same fact into claims: blocking keys spread the
 * comparisons over workers, then one step resolves the accepted pairs into clusters.
 *
 * <p>The resolving step holds every mention of the run on one worker; that is the baseline's
 * scaling limit (about a million mentions per GB of heap).
 */
public final class ClusterClaims extends PTransform<PCollection<ClaimMention>, PCollectionTuple> {
  public static final TupleTag<ClaimMention> MENTIONS = new TupleTag<>() {};
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};
  /** How many groups the blocks are spread over for comparison; bounds the runner's per-key cost. */
  static final int BLOCK_PARTITIONS = 256;
  /** All mentions and all edges meet under this one key in the resolving step. */
  private static final String ALL = "all";

  private final PCollection<Article> articles;

  /** @param articles the run's articles, for each claim's first_published_at */
  public ClusterClaims(PCollection<Article> articles) {
    this.articles = articles;
  }

  @Override
  public PCollectionTuple expand(PCollection<ClaimMention> mentions) {
    PCollection<KV<String, Double>> edges = mentions
        .apply("KeyByBlock", ParDo.of(new BlockKeysFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(),
            KvCoder.of(StringUtf8Coder.of(), AvroCoder.of(ClaimMention.class))))
        .apply("GroupBlocksByPartition", GroupByKey.create())
        .apply("CompareWithinBlocks", ParDo.of(new CompareBlocksFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), DoubleCoder.of()))
        // A pair found in several partitions arrives more than once. Duplicates go before the
        // single-key join (they were 6 million edges for 2,000 articles), grouped by a hash of the
        // pair over a fixed number of partitions: a per-pair Combine made one runner key per pair,
        // which the DirectRunner's bookkeeping handles in time growing faster than the input.
        .apply("KeyPairsByPartition", WithKeys.of((KV<String, Double> e) ->
                Math.floorMod(e.getKey().hashCode(), BLOCK_PARTITIONS))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), DoubleCoder.of())))
        .apply("GroupPairsByPartition", GroupByKey.create())
        .apply("DistinctPairs", ParDo.of(new DistinctPairsFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), DoubleCoder.of()));
    PCollectionView<Map<String, Long>> publishedAt = articles
        .apply("PublishedAtByArticle", ParDo.of(new PublishedAtFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
        .apply("PublishedAtView", View.asMap());
    TupleTag<ClaimMention> mentionTag = new TupleTag<>("mentions");
    TupleTag<KV<String, Double>> edgeTag = new TupleTag<>("edges");
    PCollectionTuple resolved = KeyedPCollectionTuple
        .of(mentionTag, mentions.apply("KeyMentionsTogether", WithKeys.<String, ClaimMention>of(ALL)
            .withKeyType(TypeDescriptors.strings())))
        .and(edgeTag, edges.apply("KeyEdgesTogether", WithKeys.<String, KV<String, Double>>of(ALL)
            .withKeyType(TypeDescriptors.strings())))
        .apply("JoinMentionsAndEdges", CoGroupByKey.create())
        .apply("ResolveClusters", ParDo.of(new ResolveClustersFn(mentionTag, edgeTag, publishedAt))
            .withSideInputs(publishedAt)
            .withOutputTags(MENTIONS, TupleTagList.of(CLAIMS)));
    resolved.get(MENTIONS).setCoder(AvroCoder.of(ClaimMention.class));
    resolved.get(CLAIMS).setCoder(AvroCoder.of(Claim.class));
    return resolved;
  }

  /**
   * Emits the mention under each of its blocking keys, grouped into a fixed number of partitions.
   *
   * <p>Most blocking keys (LSH bands) belong to a single mention; grouping by the raw key would
   * make one tiny group per key, which runners handle with a high per-key cost. A partition
   * holds many whole blocks, so a block never spans two partitions.
   */
  static final class BlockKeysFn extends DoFn<ClaimMention, KV<Integer, KV<String, ClaimMention>>> {
    private final Counter blockKeysCounter = Metrics.counter(Stage.DEDUP, "block_keys");
    private transient BlockingKeys keys;

    @Setup
    public void setup() {
      keys = BlockingKeys.defaults();
    }

    @ProcessElement
    public void process(@Element ClaimMention mention, OutputReceiver<KV<Integer, KV<String, ClaimMention>>> out) {
      List<String> blockKeys = keys.keysFor(Records.dedupMention(mention));
      for (String key : blockKeys) {
        out.output(KV.of(Math.floorMod(key.hashCode(), BLOCK_PARTITIONS), KV.of(key, mention)));
      }
      blockKeysCounter.inc(blockKeys.size());
    }
  }

  /** Compares the candidate pairs of every block in a partition; emits accepted pairs as "a|b" to similarity. */
  static final class CompareBlocksFn extends DoFn<KV<Integer, Iterable<KV<String, ClaimMention>>>, KV<String, Double>> {
    private final Counter comparedPairs = Metrics.counter(Stage.DEDUP, "compared_pairs");
    private final Counter cappedBlocks = Metrics.counter(Stage.DEDUP, "capped_blocks");
    private transient PairGenerator pairs;
    private transient ClaimMatcher matcher;

    @Setup
    public void setup() {
      pairs = PairGenerator.defaults();
      matcher = ClaimMatcher.baseline();
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, ClaimMention>>> partition,
        OutputReceiver<KV<String, Double>> out) {
      Map<String, List<DedupMention>> blocks = new TreeMap<>();
      Map<String, DedupMention> mentions = new HashMap<>();
      for (KV<String, ClaimMention> entry : partition.getValue()) {
        DedupMention m = mentions.computeIfAbsent(entry.getValue().getMentionId(),
            id -> Records.dedupMention(entry.getValue()));
        blocks.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(m);
      }
      // Token sets and quantity profiles are computed once per mention, and a pair that shares
      // several blocks is compared once.
      Map<String, MentionFeatures> features = new HashMap<>();
      Set<String> compared = new HashSet<>();
      for (List<DedupMention> members : blocks.values()) {
        if (members.size() < 2) {
          continue; // most band keys are unique to one mention: nothing to compare
        }
        BlockPairs candidates = pairs.pairs(members);
        if (candidates.capped()) {
          cappedBlocks.inc();
        }
        for (MentionPair pair : candidates.pairs()) {
          String pairId = pair.a().mentionId() + "|" + pair.b().mentionId();
          if (!compared.add(pairId)) {
            continue;
          }
          MatchDecision decision = matcher.decide(
              features.computeIfAbsent(pair.a().mentionId(), id -> MentionFeatures.of(pair.a())),
              features.computeIfAbsent(pair.b().mentionId(), id -> MentionFeatures.of(pair.b())));
          if (decision.accepted()) {
            out.output(KV.of(pairId, decision.similarity()));
          }
        }
      }
      comparedPairs.inc(compared.size());
    }
  }

  /** One edge per pair of a partition, with the highest similarity any block gave it. */
  static final class DistinctPairsFn extends DoFn<KV<Integer, Iterable<KV<String, Double>>>, KV<String, Double>> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, Double>>> partition,
        OutputReceiver<KV<String, Double>> out) {
      Map<String, Double> best = new TreeMap<>();
      for (KV<String, Double> edge : partition.getValue()) {
        best.merge(edge.getKey(), edge.getValue(), Math::max);
      }
      best.forEach((pair, similarity) -> out.output(KV.of(pair, similarity)));
    }
  }

  /** The publication time of articles that state one. */
  static final class PublishedAtFn extends DoFn<Article, KV<String, Long>> {
    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<String, Long>> out) {
      if (article.getPublishedAt() != null) {
        out.output(KV.of(article.getArticleId(), article.getPublishedAt().toEpochMilli()));
      }
    }
  }

  /** Resolves all accepted pairs into clusters, sets each mention's claim id and builds the claims. */
  static final class ResolveClustersFn extends DoFn<KV<String, CoGbkResult>, ClaimMention> {
    private final TupleTag<ClaimMention> mentionTag;
    private final TupleTag<KV<String, Double>> edgeTag;
    private final PCollectionView<Map<String, Long>> publishedAt;

    ResolveClustersFn(TupleTag<ClaimMention> mentionTag, TupleTag<KV<String, Double>> edgeTag,
        PCollectionView<Map<String, Long>> publishedAt) {
      this.mentionTag = mentionTag;
      this.edgeTag = edgeTag;
      this.publishedAt = publishedAt;
    }

    @ProcessElement
    public void process(ProcessContext context, MultiOutputReceiver out) {
      CoGbkResult joined = context.element().getValue();
      Map<String, ClaimMention> byId = new HashMap<>();
      List<DedupMention> mentions = new ArrayList<>();
      for (ClaimMention m : joined.getAll(mentionTag)) {
        byId.put(m.getMentionId(), m);
        mentions.add(Records.dedupMention(m));
      }
      Map<String, Double> bestByPair = new TreeMap<>();
      for (KV<String, Double> e : joined.getAll(edgeTag)) {
        bestByPair.merge(e.getKey(), e.getValue(), Math::max);
      }
      List<Edge> edges = new ArrayList<>();
      bestByPair.forEach((pair, similarity) -> {
        String[] ids = pair.split("\\|", 2);
        edges.add(new Edge(ids[0], ids[1], similarity));
      });
      Metrics.counter(Stage.DEDUP, "accepted_pairs").inc(edges.size());
      Map<String, Long> published = context.sideInput(publishedAt);
      List<ClaimCluster> clusters = new ClusterResolver().resolve(mentions, edges);
      for (ClaimCluster cluster : clusters) {
        ClaimMention representative = byId.get(cluster.representative().mentionId());
        out.get(CLAIMS).output(Records.claim(cluster, representative, published));
        for (DedupMention member : cluster.members()) {
          ClaimMention withClaim = ClaimMention.newBuilder(byId.get(member.mentionId()))
              .setClaimId(cluster.claimId())
              .build();
          out.get(MENTIONS).output(withClaim);
        }
      }
      Metrics.counter(Stage.DEDUP, "claims").inc(clusters.size());
      Metrics.counter(Stage.DEDUP, "merges").inc(mentions.size() - clusters.size());
    }
  }
}
