package io.claimsift.beam.dedup;

import io.claimsift.dedup.Deduplicator;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import java.util.Map;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * THE REFERENCE for {@link ClusterClaims}: the stage as it was before resolution went per connected
 * component, every mention and pair resolved under one key and the article facts taken from
 * whole-run side inputs. Kept in test code only, so that tests can check that the per-component
 * stage writes exactly what this one writes.
 *
 * <p>Groups claim mentions that state the same fact into claims (see {@link Deduplicator}).
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
public final class SingleKeyClusterClaims extends PTransform<PCollection<ClaimMention>, PCollectionTuple> {
  /** All mentions and all pairs meet under this one key in the resolving step. */
  private static final String ALL = "all";

  private static final AvroCoder<ClaimMention> MENTION = AvroCoder.of(ClaimMention.class);

  private final PCollection<Article> articles;

  /** @param articles the run's articles, for each claim's first_published_at and source_uris */
  public SingleKeyClusterClaims(PCollection<Article> articles) {
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
    PCollection<KV<String, byte[]>> embeddings = embedUndecided(leads, undecided);

    PCollectionView<Map<String, Long>> publishedAt = articles
        .apply("PublishedAtByArticle", ParDo.of(new PublishedAtFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
        .apply("PublishedAtView", View.asMap());
    PCollectionView<Map<String, String>> sourceUris = articles
        .apply("SourceUriByArticle", ParDo.of(new SourceUriFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("SourceUriView", View.asMap());
    PCollectionView<Map<String, String>> outlets = articles
        .apply("OutletByArticle", ParDo.of(new OutletFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("OutletView", View.asMap());
    TupleTag<ClaimMention> mentionTag = new TupleTag<>("mentions");
    TupleTag<MentionIdPair> pairTag = new TupleTag<>("pairs");
    TupleTag<MentionIdPair> exactTag = new TupleTag<>("exact");
    TupleTag<KV<String, byte[]>> embeddingTag = new TupleTag<>("embeddings");
    PCollectionTuple resolved = KeyedPCollectionTuple
        .of(mentionTag, mentions.apply("KeyMentionsTogether", WithKeys.<String, ClaimMention>of(ALL)
            .withKeyType(TypeDescriptors.strings())))
        .and(pairTag, undecided.apply("KeyPairsTogether", WithKeys.<String, MentionIdPair>of(ALL)
            .withKeyType(TypeDescriptors.strings())))
        .and(exactTag, duplicates.apply("KeyDuplicatesTogether", WithKeys.<String, MentionIdPair>of(ALL)
            .withKeyType(TypeDescriptors.strings())))
        .and(embeddingTag, embeddings.apply("KeyEmbeddingsTogether",
            WithKeys.<String, KV<String, byte[]>>of(ALL).withKeyType(TypeDescriptors.strings())))
        .apply("JoinMentionsPairsAndEmbeddings", OnePassCoGroupByKey.create())
        .apply("ResolveClusters", ParDo.of(new ResolveClustersFn(
                mentionTag, pairTag, exactTag, embeddingTag, publishedAt, sourceUris, outlets))
            .withSideInputs(publishedAt, sourceUris, outlets)
            .withOutputTags(ClusterClaims.MENTIONS, TupleTagList.of(ClusterClaims.CLAIMS)));
    resolved.get(ClusterClaims.MENTIONS).setCoder(MENTION);
    resolved.get(ClusterClaims.CLAIMS).setCoder(AvroCoder.of(Claim.class));
    return resolved;
  }

  /**
   * One embedding per mention that takes part in an undecided pair, keyed by mention id.
   *
   * <p>Mentions and the ids they are needed under meet in {@link Partitions} (by mention id), not
   * under one runner key per mention.
   */
  private static PCollection<KV<String, byte[]>> embedUndecided(
      PCollection<ClaimMention> mentions, PCollection<MentionIdPair> undecided) {
    TupleTag<ClaimMention> mentionTag = new TupleTag<>("mention");
    TupleTag<String> neededTag = new TupleTag<>("needed");
    PCollection<KV<Integer, String>> needed = undecided
        .apply("MentionsOfUndecidedPairs", ParDo.of(new PairMentionIdsFn()))
        .setCoder(StringUtf8Coder.of())
        .apply("KeyNeededByPartition", WithKeys.of((String id) -> Partitions.of(id))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of()));
    PCollection<KV<Integer, ClaimMention>> byPartition = mentions
        .apply("KeyMentionsByPartition",
            WithKeys.of((ClaimMention m) -> Partitions.of(m.getMentionId()))
                .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), MENTION));
    return KeyedPCollectionTuple.of(mentionTag, byPartition)
        .and(neededTag, needed)
        .apply("JoinNeededMentions", OnePassCoGroupByKey.create())
        .apply("EmbedNeededMentions", ParDo.of(new EmbedMentionFn(mentionTag, neededTag)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()));
  }
}
