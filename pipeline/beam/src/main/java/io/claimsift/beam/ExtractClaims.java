package io.claimsift.beam;

import io.claimsift.claims.ClaimExtractor;
import io.claimsift.claims.ClaimFacts;
import io.claimsift.clean.PlausibleDates;
import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** Splits each article into sentences and keeps those that state checkable facts, as claim mentions. */
public final class ExtractClaims extends PTransform<PCollection<Article>, PCollection<ClaimMention>> {
  private final double minClaimScore;

  public ExtractClaims(double minClaimScore) {
    this.minClaimScore = minClaimScore;
  }

  @Override
  public PCollection<ClaimMention> expand(PCollection<Article> articles) {
    return articles
        .apply("ExtractMentions", ParDo.of(new ExtractMentionsFn(minClaimScore)))
        .setCoder(AvroCoder.of(ClaimMention.class));
  }

  /** Runs the sentence and claim cores over one article's clean text. */
  static final class ExtractMentionsFn extends DoFn<Article, ClaimMention> {
    private final double minClaimScore;
    private final Counter sentences = Metrics.counter(Stage.CLAIMS, "sentences");
    private final Counter mentions = Metrics.counter(Stage.CLAIMS, "claim_mentions");
    private final Counter belowThreshold = Metrics.counter(Stage.CLAIMS, "below_threshold");
    private final Counter failedSentences = Metrics.counter(Stage.CLAIMS, "failed_sentences");
    private transient SentenceSplitter splitter;
    private transient ClaimExtractor extractor;

    ExtractMentionsFn(double minClaimScore) {
      this.minClaimScore = minClaimScore;
    }

    @Setup
    public void setup() {
      splitter = SentenceSplitter.english();
      extractor = ClaimExtractor.english();
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<ClaimMention> out) {
      String text = article.getCleanText();
      // relative dates resolve against the publication day (UTC), never against the wall clock,
      // and only a plausible one: "last year" from a 0001-01-01 sentinel would reach year 0
      LocalDate articleDate = PlausibleDates.isPlausible(article.getPublishedAt())
          ? article.getPublishedAt().atZone(ZoneOffset.UTC).toLocalDate() : null;
      List<Sentence> all = splitter.split(text);
      for (int i = 0; i < all.size(); i++) {
        Sentence sentence = all.get(i);
        sentences.inc();
        ClaimFacts facts;
        try {
          facts = extractor.analyze(text, all, i, articleDate);
        } catch (RuntimeException bug) {
          // an extractor bug on one odd sentence must not fail the whole run; the article keeps
          // its other claims, and the manifest's claims.failed_sentences counts what was skipped
          failedSentences.inc();
          continue;
        }
        if (facts.score() < minClaimScore) {
          belowThreshold.inc();
          continue;
        }
        mentions.inc();
        out.output(Records.mention(article.getArticleId(), sentence, facts));
      }
    }
  }
}
