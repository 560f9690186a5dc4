package io.claimsift.beam;

import io.claimsift.dedup.BlockingKeys;
import io.claimsift.dedup.ClaimCluster;
import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.Deduplicator;
import io.claimsift.dedup.MentionPair;
import io.claimsift.embed.SentenceEmbedder;
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
import java.util.TreeSet;
import org.apache.beam.sdk.coders.ByteArrayCoder;
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
 * Groups claim mentions that state the same fact into claims (see {@link Deduplicator}).
 *
 * <ol>
 *   <li>exact duplicates (the same sentence and dates, as in wire copies) are merged first; only
 *       one lead per sentence goes on;
 *   <li>blocking keys spread the candidate pairs over partitions, where the cheap screen (quantity
 *       and date veto, lexical floor) rejects most of them without embeddings;
 *   <li>only the mentions of the pairs left undecided are embedded, once each, in parallel;
 *   <li>one step scores the undecided pairs with the model and resolves the accepted ones into
 *       clusters.
 * </ol>
 *
 * <p>The resolving step holds every mention of the run (and the embeddings of the undecided
 * ones) on one worker; that is the stage's scaling limit.
 */
public final class ClusterClaims extends PTransform<PCollection<ClaimMention>, PCollectionTuple> {
  public static final TupleTag<ClaimMention> MENTIONS = new TupleTag<>() {};
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};
  /** How many groups the blocks are spread over for comparison; bounds the runner's per-key cost. */
  static final int BLOCK_PARTITIONS = 256;
  /** All mentions and all pairs meet under this one key in the resolving step. */
  private static final String ALL = "all";

  private final PCollection<Article> articles;

  /** @param articles the run's articles, for each claim's first_published_at and source_uris */
  public ClusterClaims(PCollection<Article> articles) {
    this.articles = articles;
  }

  @Override
  public PCollectionTuple expand(PCollection<ClaimMention> mentions) {
    TupleTag<ClaimMention> leadTag = new TupleTag<>("leads");
    TupleTag<String> duplicateTag = new TupleTag<>("duplicates");
    PCollectionTuple collapsed = mentions
        .apply("KeyByExactSentence", WithKeys.of((ClaimMention m) ->
                partitionOf(Deduplicator.exactKey(Records.dedupMention(m))))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), AvroCoder.of(ClaimMention.class)))
        .apply("GroupExactByPartition", GroupByKey.create())
        .apply("CollapseExactDuplicates", ParDo.of(new CollapseExactFn(leadTag, duplicateTag))
            .withOutputTags(leadTag, TupleTagList.of(duplicateTag)));
    PCollection<ClaimMention> leads = collapsed.get(leadTag).setCoder(AvroCoder.of(ClaimMention.class));
    PCollection<String> duplicates = collapsed.get(duplicateTag).setCoder(StringUtf8Coder.of());

    PCollection<String> undecided = leads
        .apply("KeyByBlock", ParDo.of(new BlockKeysFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(),
            KvCoder.of(StringUtf8Coder.of(), AvroCoder.of(ClaimMention.class))))
        .apply("GroupBlocksByPartition", GroupByKey.create())
        .apply("ScreenWithinBlocks", ParDo.of(new ScreenBlocksFn()))
        .setCoder(StringUtf8Coder.of())
        .apply("DistinctPairs", new DistinctByPartition());
    PCollection<KV<String, byte[]>> embeddings = embedUndecided(leads, undecided);

    PCollectionView<Map<String, Long>> publishedAt = articles
        .apply("PublishedAtByArticle", ParDo.of(new PublishedAtFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
        .apply("PublishedAtView", View.asMap());
    PCollectionView<Map<String, String>> sourceUris = articles
        .apply("SourceUriByArticle", ParDo.of(new SourceUriFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("SourceUriView", View.asMap());
    TupleTag<ClaimMention> mentionTag = new TupleTag<>("mentions");
    TupleTag<String> pairTag = new TupleTag<>("pairs");
    TupleTag<String> exactTag = new TupleTag<>("exact");
    TupleTag<KV<String, byte[]>> embeddingTag = new TupleTag<>("embeddings");
    PCollectionTuple resolved = KeyedPCollectionTuple
        .of(mentionTag, mentions.apply("KeyMentionsTogether", WithKeys.<String, ClaimMention>of(ALL)
            .withKeyType(TypeDescriptors.strings())))
        .and(pairTag, undecided.apply("KeyPairsTogether", WithKeys.<String, String>of(ALL)
            .withKeyType(TypeDescriptors.strings())))
        .and(exactTag, duplicates.apply("KeyDuplicatesTogether", WithKeys.<String, String>of(ALL)
            .withKeyType(TypeDescriptors.strings())))
        .and(embeddingTag, embeddings.apply("KeyEmbeddingsTogether",
            WithKeys.<String, KV<String, byte[]>>of(ALL).withKeyType(TypeDescriptors.strings())))
        .apply("JoinMentionsPairsAndEmbeddings", CoGroupByKey.create())
        .apply("ResolveClusters", ParDo.of(new ResolveClustersFn(
                mentionTag, pairTag, exactTag, embeddingTag, publishedAt, sourceUris))
            .withSideInputs(publishedAt, sourceUris)
            .withOutputTags(MENTIONS, TupleTagList.of(CLAIMS)));
    resolved.get(MENTIONS).setCoder(AvroCoder.of(ClaimMention.class));
    resolved.get(CLAIMS).setCoder(AvroCoder.of(Claim.class));
    return resolved;
  }

  /**
   * One embedding per mention that takes part in an undecided pair, keyed by mention id.
   *
   * <p>Mentions and the ids they are needed under meet in {@link #BLOCK_PARTITIONS} partitions
   * (by a hash of the mention id), not under one runner key per mention, for the same reason as
   * {@link DistinctByPartition}.
   */
  private static PCollection<KV<String, byte[]>> embedUndecided(
      PCollection<ClaimMention> mentions, PCollection<String> undecided) {
    TupleTag<ClaimMention> mentionTag = new TupleTag<>("mention");
    TupleTag<String> neededTag = new TupleTag<>("needed");
    PCollection<KV<Integer, String>> needed = undecided
        .apply("MentionsOfUndecidedPairs", ParDo.of(new PairMentionIdsFn()))
        .setCoder(StringUtf8Coder.of())
        .apply("KeyNeededByPartition", WithKeys.of((String id) -> partitionOf(id))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of()));
    PCollection<KV<Integer, ClaimMention>> byPartition = mentions
        .apply("KeyMentionsByPartition",
            WithKeys.of((ClaimMention m) -> partitionOf(m.getMentionId()))
                .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), AvroCoder.of(ClaimMention.class)));
    return KeyedPCollectionTuple.of(mentionTag, byPartition)
        .and(neededTag, needed)
        .apply("JoinNeededMentions", CoGroupByKey.create())
        .apply("EmbedNeededMentions", ParDo.of(new EmbedMentionFn(mentionTag, neededTag)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()));
  }

  /** The partition a mention id or pair key falls in. */
  static int partitionOf(String key) {
    return Math.floorMod(key.hashCode(), BLOCK_PARTITIONS);
  }

  /**
   * Drops repeated pairs (a pair found in several blocks arrives more than once) before the
   * single-key join, where duplicates would multiply (millions of edges for 2,000 articles).
   *
   * <p>Pairs are grouped by a hash over a fixed number of partitions: {@code Distinct} would make
   * one runner key per pair, which the DirectRunner's bookkeeping handles in time growing faster
   * than the input.
   */
  static final class DistinctByPartition extends PTransform<PCollection<String>, PCollection<String>> {
    @Override
    public PCollection<String> expand(PCollection<String> pairs) {
      return pairs
          .apply("KeyByPartition", WithKeys.of((String pair) -> partitionOf(pair))
              .withKeyType(TypeDescriptors.integers()))
          .setCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of()))
          .apply("GroupByPartition", GroupByKey.create())
          .apply("EmitDistinct", ParDo.of(new DistinctInPartitionFn()))
          .setCoder(StringUtf8Coder.of());
    }
  }

  /** Emits each distinct value of a partition once, in sorted order. */
  static final class DistinctInPartitionFn extends DoFn<KV<Integer, Iterable<String>>, String> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<String>> partition, OutputReceiver<String> out) {
      Set<String> distinct = new TreeSet<>();
      partition.getValue().forEach(distinct::add);
      distinct.forEach(out::output);
    }
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

  /**
   * Keeps one lead per exact-duplicate group of a partition (see {@link
   * Deduplicator#collapseExact}); the others leave as "lead|duplicate" pairs, merged at resolution.
   */
  static final class CollapseExactFn extends DoFn<KV<Integer, Iterable<ClaimMention>>, ClaimMention> {
    private final Counter exactDuplicates = Metrics.counter(Stage.DEDUP, "exact_duplicates");
    private final TupleTag<ClaimMention> leadTag;
    private final TupleTag<String> duplicateTag;

    CollapseExactFn(TupleTag<ClaimMention> leadTag, TupleTag<String> duplicateTag) {
      this.leadTag = leadTag;
      this.duplicateTag = duplicateTag;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<ClaimMention>> partition, MultiOutputReceiver out) {
      Map<String, ClaimMention> byId = new TreeMap<>();
      List<DedupMention> mentions = new ArrayList<>();
      for (ClaimMention m : partition.getValue()) {
        if (byId.putIfAbsent(m.getMentionId(), m) == null) {
          mentions.add(Records.dedupMention(m));
        }
      }
      Deduplicator.ExactGroups groups = Deduplicator.collapseExact(mentions);
      for (DedupMention lead : groups.leads()) {
        out.get(leadTag).output(byId.get(lead.mentionId()));
      }
      for (String[] pair : groups.duplicates()) {
        out.get(duplicateTag).output(pair[0] + "|" + pair[1]);
      }
      exactDuplicates.inc(groups.duplicates().size());
    }
  }

  /** Emits the ids of the two mentions of a pair "a|b". */
  static final class PairMentionIdsFn extends DoFn<String, String> {
    @ProcessElement
    public void process(@Element String pair, OutputReceiver<String> out) {
      String[] ids = pair.split("\\|", 2);
      out.output(ids[0]);
      out.output(ids[1]);
    }
  }

  /** Embeds, once each, the mentions of a partition that some undecided pair needs. */
  static final class EmbedMentionFn extends DoFn<KV<Integer, CoGbkResult>, KV<String, byte[]>> {
    private final Counter embedded = Metrics.counter(Stage.DEDUP, "embedded_mentions");
    private final TupleTag<ClaimMention> mentionTag;
    private final TupleTag<String> neededTag;

    EmbedMentionFn(TupleTag<ClaimMention> mentionTag, TupleTag<String> neededTag) {
      this.mentionTag = mentionTag;
      this.neededTag = neededTag;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined,
        OutputReceiver<KV<String, byte[]>> out) {
      Set<String> needed = new HashSet<>();
      joined.getValue().getAll(neededTag).forEach(needed::add);
      if (needed.isEmpty()) {
        return;
      }
      for (ClaimMention mention : joined.getValue().getAll(mentionTag)) {
        // remove(): a mention listed twice in the input would otherwise be embedded twice
        if (needed.remove(mention.getMentionId())) {
          float[] vector = SentenceEmbedder.shared().embed(mention.getSentence());
          out.output(KV.of(mention.getMentionId(), Vectors.toBytes(vector)));
          embedded.inc();
        }
      }
    }
  }

  /** Screens the candidate pairs of every block in a partition; emits undecided pairs as "a|b". */
  static final class ScreenBlocksFn extends DoFn<KV<Integer, Iterable<KV<String, ClaimMention>>>, String> {
    private final Counter comparedPairs = Metrics.counter(Stage.DEDUP, "compared_pairs");
    private final Counter vetoedPairs = Metrics.counter(Stage.DEDUP, "vetoed_pairs");
    private final Counter tooDifferentPairs = Metrics.counter(Stage.DEDUP, "too_different_pairs");
    private final Counter undecidedPairs = Metrics.counter(Stage.DEDUP, "undecided_pairs");
    private final Counter cappedBlocks = Metrics.counter(Stage.DEDUP, "capped_blocks");
    private transient Deduplicator deduplicator;

    @Setup
    public void setup() {
      deduplicator = Deduplicator.defaults();
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, ClaimMention>>> partition,
        OutputReceiver<String> out) {
      Map<String, List<DedupMention>> blocks = new TreeMap<>();
      Map<String, DedupMention> mentions = new HashMap<>();
      for (KV<String, ClaimMention> entry : partition.getValue()) {
        DedupMention m = mentions.computeIfAbsent(entry.getValue().getMentionId(),
            id -> Records.dedupMention(entry.getValue()));
        blocks.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(m);
      }
      Deduplicator.ScreenCounts counts = new Deduplicator.ScreenCounts();
      for (MentionPair pair : deduplicator.undecidedPairs(blocks.values(), new HashMap<>(), counts)) {
        out.output(pair.a().mentionId() + "|" + pair.b().mentionId());
      }
      comparedPairs.inc(counts.candidatePairs);
      vetoedPairs.inc(counts.vetoed);
      tooDifferentPairs.inc(counts.tooDifferent);
      undecidedPairs.inc(counts.undecided);
      cappedBlocks.inc(counts.cappedBlocks);
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

  /** The source URI of every article. */
  static final class SourceUriFn extends DoFn<Article, KV<String, String>> {
    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(article.getArticleId(), article.getSourceUri()));
    }
  }

  /** Scores the undecided pairs, resolves clusters, sets each mention's claim id and similarity, builds the claims. */
  static final class ResolveClustersFn extends DoFn<KV<String, CoGbkResult>, ClaimMention> {
    private final TupleTag<ClaimMention> mentionTag;
    private final TupleTag<String> pairTag;
    private final TupleTag<String> exactTag;
    private final TupleTag<KV<String, byte[]>> embeddingTag;
    private final PCollectionView<Map<String, Long>> publishedAt;
    private final PCollectionView<Map<String, String>> sourceUris;
    private transient Deduplicator deduplicator;

    ResolveClustersFn(TupleTag<ClaimMention> mentionTag, TupleTag<String> pairTag,
        TupleTag<String> exactTag, TupleTag<KV<String, byte[]>> embeddingTag,
        PCollectionView<Map<String, Long>> publishedAt, PCollectionView<Map<String, String>> sourceUris) {
      this.mentionTag = mentionTag;
      this.pairTag = pairTag;
      this.exactTag = exactTag;
      this.embeddingTag = embeddingTag;
      this.publishedAt = publishedAt;
      this.sourceUris = sourceUris;
    }

    @Setup
    public void setup() {
      deduplicator = Deduplicator.defaults();
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
      List<String[]> pairs = new ArrayList<>();
      for (String pair : joined.getAll(pairTag)) {
        pairs.add(pair.split("\\|", 2));
      }
      List<String[]> duplicates = new ArrayList<>();
      for (String pair : joined.getAll(exactTag)) {
        duplicates.add(pair.split("\\|", 2));
      }
      Map<String, float[]> vectors = new HashMap<>();
      for (KV<String, byte[]> e : joined.getAll(embeddingTag)) {
        vectors.put(e.getKey(), Vectors.fromBytes(e.getValue()));
      }
      Deduplicator.Resolution resolution =
          deduplicator.resolve(mentions, duplicates, pairs, vectors, new HashMap<>());
      Metrics.counter(Stage.DEDUP, "accepted_pairs").inc(resolution.acceptedEdges());
      Map<String, Long> published = context.sideInput(publishedAt);
      Map<String, String> uris = context.sideInput(sourceUris);
      for (ClaimCluster cluster : resolution.clusters()) {
        ClaimMention representative = byId.get(cluster.representative().mentionId());
        out.get(CLAIMS).output(Records.claim(cluster, representative, published, uris));
        for (DedupMention member : cluster.members()) {
          ClaimMention withClaim = ClaimMention.newBuilder(byId.get(member.mentionId()))
              .setClaimId(cluster.claimId())
              .setSimilarityToRepresentative(
                  resolution.similarityToRepresentative().getOrDefault(member.mentionId(), 1.0))
              .build();
          out.get(MENTIONS).output(withClaim);
        }
      }
      Metrics.counter(Stage.DEDUP, "claims").inc(resolution.clusters().size());
      Metrics.counter(Stage.DEDUP, "merges").inc(mentions.size() - resolution.clusters().size());
    }
  }
}
