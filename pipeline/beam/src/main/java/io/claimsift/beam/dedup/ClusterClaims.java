package io.claimsift.beam.dedup;

import io.claimsift.beam.RecordCoder;
import io.claimsift.dedup.ConnectedComponents;
import io.claimsift.dedup.Deduplicator;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import java.util.List;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Groups claim mentions that state the same fact into claims (see {@link Deduplicator}).
 *
 * <ol>
 *   <li>exact duplicates (the same sentence and dates, as in wire copies) are merged first; only
 *       one lead per sentence goes on;
 *   <li>blocking keys spread the candidate pairs over partitions, where the cheap screen (quantity
 *       and date veto, lexical floor) rejects most of them without embeddings; each lead's tokens
 *       are computed once and travel with it to every partition;
 *   <li>the undecided pairs and the exact-duplicate links make the candidate graph; a spanning
 *       forest of it ({@link SpanningEdgesFn}) has its connected components, which {@link
 *       CandidateComponents} finds in a fixed number of rounds (and fails the run if they did not
 *       converge);
 *   <li>each mention gets its article's facts (a join on article_id) and its component; a mention
 *       in no component is a claim of its own, written at once; only the mentions of the pairs
 *       left undecided are embedded, once each, in parallel, in the same join;
 *   <li>each component is resolved whole, under its own key: its undecided pairs scored by the
 *       model, its accepted ones resolved into clusters.
 * </ol>
 *
 * <p>Resolving each component apart gives exactly the clusters of resolving the whole run at
 * once (docs/scale.md says why); one worker holds one component, not the run.
 */
public final class ClusterClaims extends PTransform<PCollection<ClaimMention>, PCollectionTuple> {
  public static final TupleTag<ClaimMention> MENTIONS = new TupleTag<>() {};
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};
  /** Namespace of this stage's counters in the run manifest. */
  public static final String COUNTERS = "dedup";

  private static final RecordCoder<ClaimMention> MENTION = RecordCoder.of(ClaimMention.class);

  private final PCollection<Article> articles;

  /** @param articles the run's articles, for each claim's first_published_at, source_uris and outlets */
  public ClusterClaims(PCollection<Article> articles) {
    this.articles = articles;
  }

  @Override
  public PCollectionTuple expand(PCollection<ClaimMention> mentions) {
    TupleTag<ClaimMention> leadTag = new TupleTag<>("leads");
    TupleTag<MentionIdPair> duplicateTag = new TupleTag<>("duplicates");
    PCollectionTuple collapsed = mentions
        .apply("KeyByExactSentence", WithKeys.of((ClaimMention m) ->
                Partitions.of(Deduplicator.exactKey(DedupRecords.dedupMention(m))))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), MENTION))
        .apply("GroupExactByPartition", GroupByKey.create())
        .apply("CollapseExactDuplicates", ParDo.of(new CollapseExactFn(leadTag, duplicateTag))
            .withOutputTags(leadTag, TupleTagList.of(duplicateTag)));
    PCollection<ClaimMention> leads = collapsed.get(leadTag).setCoder(MENTION);
    PCollection<MentionIdPair> duplicates = collapsed.get(duplicateTag).setCoder(MentionIdPairCoder.of());

    PCollection<MentionIdPair> undecided = leads
        .apply("KeyByBlock", ParDo.of(new BlockKeysFn()))
        .setCoder(PairBatches.coder())
        .apply("GroupBlocksByPartition", GroupByKey.create())
        .apply("ScreenWithinBlocks", ParDo.of(new ScreenBlocksFn()))
        .setCoder(MentionIdPairCoder.of())
        .apply("DistinctPairs", new DistinctPairs());
    // the ids of the mentions that the undecided pairs need embedded, by the id's partition
    PCollection<KV<Integer, String>> needed = undecided
        .apply("MentionsOfUndecidedPairs", ParDo.of(new PairMentionIdsFn()))
        .setCoder(StringUtf8Coder.of())
        .apply("KeyNeededByPartition", WithKeys.of((String id) -> Partitions.of(id))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of()));

    // a spanning forest of the candidate graph has its components, with far fewer edges
    PCollection<MentionIdPair> edges = PCollectionList.of(undecided).and(duplicates)
        .apply("CandidateEdges", Flatten.pCollections())
        .setCoder(MentionIdPairCoder.of())
        .apply("SpanningEdges", ParDo.of(new SpanningEdgesFn()))
        .setCoder(MentionIdPairCoder.of());
    PCollection<KV<String, String>> components =
        edges.apply("CandidateComponents", new CandidateComponents(ConnectedComponents.ROUNDS));

    ComponentTags tags = new ComponentTags();
    PCollectionTuple attached = KeyedPCollectionTuple
        .of(tags.labels, components.apply("KeyComponentsByPartition",
                WithKeys.of((KV<String, String> label) -> Partitions.of(label.getKey()))
                    .withKeyType(TypeDescriptors.integers())))
        .and(tags.mentions, withArticleFacts(mentions, articles))
        .and(tags.pairs, byFirstId(undecided, "KeyPairsByPartition"))
        .and(tags.duplicates, byFirstId(duplicates, "KeyDuplicatesByPartition"))
        .and(tags.needed, needed)
        .apply("JoinComponents", OnePassCoGroupByKey.create())
        .apply("AttachComponents", ParDo.of(new AttachComponentsFn(tags))
            .withOutputTags(MENTIONS, TupleTagList.of(List.of(CLAIMS, ComponentTags.MENTIONS_BY_COMPONENT,
                ComponentTags.PAIRS_BY_COMPONENT, ComponentTags.DUPLICATES_BY_COMPONENT,
                ComponentTags.EMBEDDINGS_BY_COMPONENT))));

    TupleTag<KV<ClaimMention, ArticleFacts>> mentionTag = new TupleTag<>("mentions");
    TupleTag<MentionIdPair> pairTag = new TupleTag<>("pairs");
    TupleTag<MentionIdPair> exactTag = new TupleTag<>("exact");
    TupleTag<KV<String, byte[]>> embeddingTag = new TupleTag<>("embeddings");
    // the tuple's order is ResolveComponentFn's union tags: MENTION, PAIR, EXACT, EMBEDDING
    PCollectionTuple resolved = KeyedPCollectionTuple
        .of(mentionTag, attached.get(ComponentTags.MENTIONS_BY_COMPONENT)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(MENTION, ArticleFacts.coder()))))
        .and(pairTag, attached.get(ComponentTags.PAIRS_BY_COMPONENT)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), MentionIdPairCoder.of())))
        .and(exactTag, attached.get(ComponentTags.DUPLICATES_BY_COMPONENT)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), MentionIdPairCoder.of())))
        .and(embeddingTag, attached.get(ComponentTags.EMBEDDINGS_BY_COMPONENT)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()))))
        .apply("JoinByComponent", OnePassCoGroupByKey.uncollected())
        .apply("ResolveComponents", ParDo.of(new ResolveComponentFn())
            .withOutputTags(MENTIONS, TupleTagList.of(CLAIMS)));

    PCollection<ClaimMention> allMentions = PCollectionList
        .of(attached.get(MENTIONS).setCoder(MENTION))
        .and(resolved.get(MENTIONS).setCoder(MENTION))
        .apply("AllClaimMentions", Flatten.pCollections());
    PCollection<Claim> allClaims = PCollectionList
        .of(attached.get(CLAIMS).setCoder(RecordCoder.of(Claim.class)))
        .and(resolved.get(CLAIMS).setCoder(RecordCoder.of(Claim.class)))
        .apply("AllClaims", Flatten.pCollections());
    return PCollectionTuple.of(MENTIONS, allMentions).and(CLAIMS, allClaims);
  }

  /**
   * Every mention with its article's facts, keyed by its mention id's partition: a join on
   * article_id, so that no step holds the facts of the whole run.
   */
  private PCollection<KV<Integer, KV<ClaimMention, ArticleFacts>>> withArticleFacts(
      PCollection<ClaimMention> mentions, PCollection<Article> articles) {
    TupleTag<ClaimMention> mentionTag = new TupleTag<>("mentions");
    TupleTag<ArticleFacts> factsTag = new TupleTag<>("facts");
    return KeyedPCollectionTuple
        .of(mentionTag, mentions.apply("KeyMentionsByArticle", WithKeys.of(ClaimMention::getArticleId)
            .withKeyType(TypeDescriptors.strings())).setCoder(KvCoder.of(StringUtf8Coder.of(), MENTION)))
        .and(factsTag, articles.apply("ArticleFacts", MapElements
                .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(ArticleFacts.class)))
                .via((Article a) -> KV.of(a.getArticleId(), ArticleFacts.of(a))))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), ArticleFacts.coder())))
        .apply("JoinArticleFacts", OnePassCoGroupByKey.create())
        .apply("AttachArticleFacts", ParDo.of(new AttachFactsFn(mentionTag, factsTag)))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(MENTION, ArticleFacts.coder())));
  }

  /** Pairs keyed by their first id's partition. */
  private static PCollection<KV<Integer, MentionIdPair>> byFirstId(PCollection<MentionIdPair> pairs, String name) {
    return pairs.apply(name, WithKeys.of((MentionIdPair p) -> Partitions.of(p.first()))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), MentionIdPairCoder.of()));
  }
}
