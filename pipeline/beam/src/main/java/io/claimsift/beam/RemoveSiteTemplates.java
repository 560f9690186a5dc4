package io.claimsift.beam;

import io.claimsift.beam.dedup.OnePassCoGroupByKey;
import io.claimsift.outlets.Outlets;
import io.claimsift.outlets.SiteTemplates;
import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.RemovedSegment;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Takes site template text out of the claims ({@link SiteTemplates}): the articles of each known
 * outlet meet under the outlet's key (never across outlets; an article whose outlet is unknown is
 * alone and skipped), and each template sentence becomes a removed segment with reason {@code
 * site_template}, offsets in clean_text. The clean text keeps the sentence, so every offset stays
 * exact; the article's removed_count counts the segment, and a claim mention of that sentence is
 * dropped ({@code clean.removed_site_template}, {@code claims.site_template_mentions}).
 *
 * <p>Memory: one worker holds at most {@link #MAX_OUTLET_ARTICLES} articles of one outlet (the
 * smallest ids); the others are not compared ({@code clean.site_template_unchecked_articles}).
 *
 * <p>Apply to the extracted mentions; the constructor takes the articles they come from and,
 * in the pipeline, the claim stage's {@link ExtractClaims#OUTLET_PAGES} (the articles' sentences,
 * so that they are not split twice); without them the step splits the articles itself.
 */
public final class RemoveSiteTemplates extends PTransform<PCollection<ClaimMention>, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<ClaimMention> MENTIONS = new TupleTag<>() {};
  public static final TupleTag<RemovedSegment> REMOVED = new TupleTag<>() {};
  /** The removal reason, also the suffix of the clean stage's counter. */
  public static final String REASON = "site_template";
  /** Counter (claims stage): mentions dropped because their sentence is template text. */
  public static final String DROPPED_MENTIONS = "site_template_mentions";
  /** Counter (clean stage): articles of outlets over {@link #MAX_OUTLET_ARTICLES}, not compared. */
  public static final String UNCHECKED_ARTICLES = "site_template_unchecked_articles";
  /**
   * Articles of one outlet compared with each other, at most: those with the smallest article ids
   * (content hashes, so a fixed sample of the outlet). It bounds what one worker holds for one
   * outlet; the articles beyond it keep their template text and are counted.
   */
  static final int MAX_OUTLET_ARTICLES = 2_000;

  private static final RecordCoder<Article> ARTICLE = RecordCoder.of(Article.class);
  private static final RecordCoder<ClaimMention> MENTION = RecordCoder.of(ClaimMention.class);
  private static final RecordCoder<RemovedSegment> SEGMENT = RecordCoder.of(RemovedSegment.class);

  private final PCollection<Article> articles;
  private final PCollection<KV<String, OutletPage>> outletPages;
  private final int maxOutletArticles;

  /** @param articles the cleaned articles the mentions were extracted from */
  public RemoveSiteTemplates(PCollection<Article> articles) {
    this(articles, null, MAX_OUTLET_ARTICLES);
  }

  /**
   * @param articles the cleaned articles the mentions were extracted from
   * @param outletPages their sentences by outlet, from {@link ExtractClaims#withOutletPages()}
   */
  RemoveSiteTemplates(PCollection<Article> articles, PCollection<KV<String, OutletPage>> outletPages) {
    this(articles, outletPages, MAX_OUTLET_ARTICLES);
  }

  /** With another cap on the articles of one outlet compared (tests). */
  RemoveSiteTemplates(PCollection<Article> articles, int maxOutletArticles) {
    this(articles, null, maxOutletArticles);
  }

  private RemoveSiteTemplates(PCollection<Article> articles, PCollection<KV<String, OutletPage>> outletPages,
      int maxOutletArticles) {
    this.articles = articles;
    this.outletPages = outletPages;
    this.maxOutletArticles = maxOutletArticles;
  }

  @Override
  public PCollectionTuple expand(PCollection<ClaimMention> mentions) {
    PCollection<KV<String, OutletPage>> pages = outletPages != null ? outletPages : articles
        .apply("KnownOutlets", Filter.by((Article a) -> !Outlets.isUnknown(a.getOutlet())))
        .apply("SplitPages", ParDo.of(new SplitPagesFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), new OutletPage.Coder()));
    PCollection<RemovedSegment> templates = pages
        .apply("GroupByOutlet", GroupByKey.create())
        .apply("FindTemplates", ParDo.of(new FindTemplatesFn(maxOutletArticles)))
        .setCoder(SEGMENT);

    TupleTag<Article> articleTag = new TupleTag<>("article");
    TupleTag<ClaimMention> mentionTag = new TupleTag<>("mentions");
    TupleTag<RemovedSegment> templateTag = new TupleTag<>("templates");
    PCollectionTuple applied = KeyedPCollectionTuple
        .of(articleTag, articles.apply("KeyArticlesById", WithKeys.of((Article a) -> a.getArticleId())
            .withKeyType(TypeDescriptors.strings())).setCoder(KvCoder.of(StringUtf8Coder.of(), ARTICLE)))
        .and(mentionTag, mentions.apply("KeyMentionsByArticle", WithKeys.of((ClaimMention m) -> m.getArticleId())
            .withKeyType(TypeDescriptors.strings())).setCoder(KvCoder.of(StringUtf8Coder.of(), MENTION)))
        .and(templateTag, templates.apply("KeyTemplatesByArticle",
            WithKeys.of((RemovedSegment s) -> s.getArticleId()).withKeyType(TypeDescriptors.strings()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SEGMENT)))
        .apply("JoinTemplatesToArticles", OnePassCoGroupByKey.create())
        .apply("DropTemplateMentions", ParDo.of(new ApplyTemplatesFn(articleTag, mentionTag, templateTag))
            .withOutputTags(ARTICLES, TupleTagList.of(MENTIONS)));
    applied.get(ARTICLES).setCoder(ARTICLE);
    applied.get(MENTIONS).setCoder(MENTION);
    return PCollectionTuple.of(ARTICLES, applied.get(ARTICLES))
        .and(MENTIONS, applied.get(MENTIONS))
        .and(REMOVED, templates);
  }

  /** An article's page keyed by outlet, split here (when the claim stage's split is not given). */
  static final class SplitPagesFn extends DoFn<Article, KV<String, OutletPage>> {
    private transient SentenceSplitter splitter;

    @Setup
    public void setup() {
      splitter = SentenceSplitter.english();
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, OutletPage>> out) {
      out.output(KV.of(a.getOutlet(), OutletPage.of(a.getArticleId(), a.getCleanText(), a.getTitle(), splitter.split(a.getCleanText()))));
    }
  }

  /** The template sentences of one outlet's articles, as removed segments. */
  static final class FindTemplatesFn extends DoFn<KV<String, Iterable<OutletPage>>, RemovedSegment> {
    private final Counter removed = Metrics.counter(Stage.CLEAN, "removed_" + REASON);
    private final Counter unchecked = Metrics.counter(Stage.CLEAN, UNCHECKED_ARTICLES);
    private final int maxArticles;
    private transient SiteTemplates templates;

    FindTemplatesFn() {
      this(MAX_OUTLET_ARTICLES);
    }

    FindTemplatesFn(int maxArticles) {
      this.maxArticles = maxArticles;
    }

    @Setup
    public void setup() {
      templates = SiteTemplates.english();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<OutletPage>> outlet, OutputReceiver<RemovedSegment> out) {
      // the outlet's articles with the smallest ids, at most maxArticles of them at any time
      TreeMap<String, OutletPage> kept = new TreeMap<>();
      long over = 0;
      for (OutletPage a : outlet.getValue()) {
        kept.put(a.articleId(), a);
        if (kept.size() > maxArticles) {
          kept.pollLastEntry();
          over++;
        }
      }
      if (over > 0) {
        unchecked.inc(over); // (a counter is listed in the manifest only once it is incremented)
      }
      List<SiteTemplates.Page> pages = new ArrayList<>(kept.size());
      Map<String, List<Sentence>> sentences = new HashMap<>();
      for (OutletPage p : kept.values()) {
        pages.add(new SiteTemplates.Page(p.articleId(), p.cleanText(), p.title()));
        sentences.put(p.articleId(), p.sentences());
      }
      for (SiteTemplates.Template t : templates.find(pages, p -> sentences.get(p.articleId()))) {
        removed.inc();
        out.output(new RemovedSegment(t.articleId(), t.start(), t.end(), null, t.text(), REASON));
      }
    }
  }

  /** One article with its mentions and template segments: the article counts them, the mentions lose them. */
  static final class ApplyTemplatesFn extends DoFn<KV<String, CoGbkResult>, Article> {
    private final TupleTag<Article> articleTag;
    private final TupleTag<ClaimMention> mentionTag;
    private final TupleTag<RemovedSegment> templateTag;
    private final Counter dropped = Metrics.counter(Stage.CLAIMS, DROPPED_MENTIONS);

    ApplyTemplatesFn(TupleTag<Article> articleTag, TupleTag<ClaimMention> mentionTag,
        TupleTag<RemovedSegment> templateTag) {
      this.articleTag = articleTag;
      this.mentionTag = mentionTag;
      this.templateTag = templateTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> element, MultiOutputReceiver out) {
      CoGbkResult joined = element.getValue();
      List<RemovedSegment> segments = new ArrayList<>();
      joined.getAll(templateTag).forEach(segments::add);
      for (Article article : joined.getAll(articleTag)) {
        out.get(ARTICLES).output(segments.isEmpty() ? article
            : Article.newBuilder(article).setRemovedCount(article.getRemovedCount() + segments.size()).build());
      }
      for (ClaimMention m : joined.getAll(mentionTag)) {
        if (segments.stream().anyMatch(s -> s.getStart() < m.getEnd() && m.getStart() < s.getEnd())) {
          dropped.inc();
        } else {
          out.get(MENTIONS).output(m);
        }
      }
    }
  }
}
