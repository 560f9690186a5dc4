package io.claimsift.beam;

import io.claimsift.claims.CandidateBudget;
import io.claimsift.claims.ClaimExtractor;
import io.claimsift.claims.ClaimFacts;
import io.claimsift.claims.ClaimLanguages;
import io.claimsift.clean.PlausibleDates;
import io.claimsift.outlets.Outlets;
import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Splits each article into sentences and keeps those that state checkable facts, as claim
 * mentions. Only the sentences a {@link CandidateBudget} allows are analysed; the others are
 * counted ({@code claims.sentences_too_long}, {@code claims.sentences_over_budget}). Only articles
 * whose language {@link ClaimLanguages} admits are analysed; the others keep no mentions and are
 * counted ({@code claims.language_skipped_articles}, {@code claims.language_skipped_sentences}).
 */
public final class ExtractClaims extends PTransform<PCollection<Article>, PCollection<ClaimMention>> {
  /** Counter: articles whose language is not in --claimLanguages. */
  public static final String LANGUAGE_SKIPPED_ARTICLES = "language_skipped_articles";
  /** Counter: the sentences of those articles. */
  public static final String LANGUAGE_SKIPPED_SENTENCES = "language_skipped_sentences";
  /** The claim mentions. */
  static final TupleTag<ClaimMention> MENTIONS = new TupleTag<>() {};
  /**
   * Each article of a known outlet, keyed by outlet, with the sentences of its split: what
   * {@link RemoveSiteTemplates} compares, so that it does not split every article a second time.
   */
  static final TupleTag<KV<String, OutletPage>> OUTLET_PAGES = new TupleTag<>() {};
  private final double minClaimScore;
  private final CandidateBudget budget;
  private final ClaimLanguages languages;

  public ExtractClaims(double minClaimScore) {
    this(minClaimScore, CandidateBudget.standard());
  }

  /** For English articles ({@link ClaimLanguages#english()}). */
  public ExtractClaims(double minClaimScore, CandidateBudget budget) {
    this(minClaimScore, budget, ClaimLanguages.english());
  }

  public ExtractClaims(double minClaimScore, CandidateBudget budget, ClaimLanguages languages) {
    this.minClaimScore = minClaimScore;
    this.budget = budget;
    this.languages = languages;
  }

  @Override
  public PCollection<ClaimMention> expand(PCollection<Article> articles) {
    return apply(articles, new ExtractMentionsFn(minClaimScore, budget, languages));
  }

  /** The same extraction, with the {@link #OUTLET_PAGES} beside the {@link #MENTIONS}. */
  PTransform<PCollection<Article>, PCollectionTuple> withOutletPages() {
    ExtractMentionsFn fn = new ExtractMentionsFn(minClaimScore, budget, languages);
    return new PTransform<>() {
      @Override
      public PCollectionTuple expand(PCollection<Article> articles) {
        return applyWithPages(articles, fn);
      }
    };
  }

  /** Runs {@code fn} over the articles with the stage's coder. */
  static PCollection<ClaimMention> apply(PCollection<Article> articles, ExtractMentionsFn fn) {
    return applyWithPages(articles, fn).get(MENTIONS);
  }

  private static PCollectionTuple applyWithPages(PCollection<Article> articles, ExtractMentionsFn fn) {
    PCollectionTuple out = articles.apply("ExtractMentions",
        ParDo.of(fn).withOutputTags(MENTIONS, TupleTagList.of(OUTLET_PAGES)));
    out.get(MENTIONS).setCoder(RecordCoder.of(ClaimMention.class));
    out.get(OUTLET_PAGES).setCoder(KvCoder.of(StringUtf8Coder.of(), new OutletPage.Coder()));
    return out;
  }

  /** Runs the sentence and claim cores over one article's clean text. */
  static class ExtractMentionsFn extends DoFn<Article, ClaimMention> {
    private final double minClaimScore;
    private final CandidateBudget budget;
    private final ClaimLanguages languages;
    private final Counter sentences = Metrics.counter(Stage.CLAIMS, "sentences");
    private final Counter mentions = Metrics.counter(Stage.CLAIMS, "claim_mentions");
    private final Counter belowThreshold = Metrics.counter(Stage.CLAIMS, "below_threshold");
    private final Counter tooLong = Metrics.counter(Stage.CLAIMS, "sentences_too_long");
    private final Counter overBudget = Metrics.counter(Stage.CLAIMS, "sentences_over_budget");
    private final Counter articlesOverBudget = Metrics.counter(Stage.CLAIMS, "articles_over_budget");
    private final Counter failedSentences = Metrics.counter(Stage.CLAIMS, "failed_sentences");
    private final Counter failedArticles = Metrics.counter(Stage.CLAIMS, "failed_articles");
    private final Counter skippedArticles = Metrics.counter(Stage.CLAIMS, LANGUAGE_SKIPPED_ARTICLES);
    private final Counter skippedSentences = Metrics.counter(Stage.CLAIMS, LANGUAGE_SKIPPED_SENTENCES);
    private transient SentenceSplitter splitter;
    private transient ClaimExtractor extractor;

    ExtractMentionsFn(double minClaimScore, CandidateBudget budget) {
      this(minClaimScore, budget, ClaimLanguages.english());
    }

    ExtractMentionsFn(double minClaimScore, CandidateBudget budget, ClaimLanguages languages) {
      this.minClaimScore = minClaimScore;
      this.budget = budget;
      this.languages = languages;
    }

    @Setup
    public void setup() {
      splitter = SentenceSplitter.english();
      extractor = ClaimExtractor.english();
    }

    /** The sentence core's split of one clean text (a seam: tests make it fail). */
    List<Sentence> split(String text) {
      return splitter.split(text);
    }

    /** The claim core's facts of one sentence (a seam: tests make it fail). */
    ClaimFacts analyze(String text, List<Sentence> all, int index, LocalDate articleDate) {
      return extractor.analyze(text, all, index, articleDate);
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      String text = article.getCleanText();
      // relative dates resolve against the publication day (UTC), never against the wall clock,
      // and only a plausible one: "last year" from a 0001-01-01 sentinel would reach year 0
      LocalDate articleDate = PlausibleDates.isPlausible(article.getPublishedAt())
          ? article.getPublishedAt().atZone(ZoneOffset.UTC).toLocalDate() : null;
      List<Sentence> all;
      try {
        all = split(text);
      } catch (Throwable bug) {
        // The article is already in the articles dataset, so it cannot become a reject here: it
        // keeps no claim mentions, and the manifest's claims.failed_articles counts it.
        DocumentFailures.rethrowIfFatal(bug);
        failedArticles.inc();
        return;
      }
      if (!Outlets.isUnknown(article.getOutlet())) {
        // an article whose text cannot be split is not compared for site templates either
        out.get(OUTLET_PAGES).output(KV.of(article.getOutlet(), OutletPage.of(article.getArticleId(), text, article.getTitle(), all)));
      }
      if (!languages.includes(article.getLanguage())) {
        // English rules on another language produce garbage ("10 tahun penjara atau" as a unit):
        // the article is written and counted, its sentences are not claim mentions
        skippedArticles.inc();
        skippedSentences.inc(all.size());
        return;
      }
      CandidateBudget.Verdict[] verdicts = budget.judge(all);
      boolean overArticleBudget = false;
      for (int i = 0; i < all.size(); i++) {
        Sentence sentence = all.get(i);
        sentences.inc();
        if (verdicts[i] == CandidateBudget.Verdict.TOO_LONG) {
          tooLong.inc();
          continue;
        }
        if (verdicts[i] == CandidateBudget.Verdict.OVER_BUDGET) {
          overBudget.inc();
          overArticleBudget = true;
          continue;
        }
        ClaimFacts facts;
        try {
          facts = analyze(text, all, i, articleDate);
        } catch (Throwable bug) {
          // an extractor bug (or a stack overflow) on one odd sentence must not fail the whole run;
          // the article keeps its other claims, and claims.failed_sentences counts what was skipped
          DocumentFailures.rethrowIfFatal(bug);
          failedSentences.inc();
          continue;
        }
        if (facts.score() < minClaimScore) {
          belowThreshold.inc();
          continue;
        }
        mentions.inc();
        out.get(MENTIONS).output(Records.mention(article.getArticleId(), sentence, facts));
      }
      if (overArticleBudget) {
        articlesOverBudget.inc();
      }
    }
  }
}
