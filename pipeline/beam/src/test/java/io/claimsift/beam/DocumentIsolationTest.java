package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.fail;

import io.claimsift.claims.CandidateBudget;
import io.claimsift.claims.ClaimFacts;
import io.claimsift.clean.CleanedArticle;
import io.claimsift.clean.CleaningLimits;
import io.claimsift.read.DecodedDocument;
import io.claimsift.read.DocumentFormat;
import io.claimsift.read.Rejection;
import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.Reject;
import io.claimsift.sentences.Sentence;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

/**
 * Per-document isolation: any Throwable raised while one document is cleaned, or while one of its
 * sentences is analysed, costs that document (or sentence) and nothing else; a stack overflow
 * included. Only a fatal JVM error (out of memory) ends the run. The failures are injected through
 * the DoFns' seams, since the real causes found so far are fixed.
 */
public class DocumentIsolationTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static final String GOOD = String.join("\n",
      "Port Authority Reports Record Cargo Volumes",
      "",
      "The port handled 4.2 million containers in 2023, up 12% from the year before, its annual report says.",
      "");

  /** Cleans as the pipeline does, but fails on documents whose text names a failure. */
  static final class FailingCleanFn extends CleanArticles.CleanDocumentFn {
    FailingCleanFn() {
      super("test", CleaningLimits.standard());
    }

    @Override
    CleanedArticle clean(DecodedDocument doc) {
      if (doc.text().contains("OVERFLOW")) {
        throw new StackOverflowError();
      }
      if (doc.text().contains("BUG")) {
        throw new IllegalStateException("a bug\nin two lines");
      }
      if (doc.text().contains("ASSERTION")) {
        throw new AssertionError("an assertion failed");
      }
      if (doc.text().contains("OUT OF MEMORY")) {
        throw new OutOfMemoryError("Java heap space");
      }
      return super.clean(doc);
    }
  }

  /** Extracts as the pipeline does, but fails on sentences, or articles, that name a failure. */
  static final class FailingExtractFn extends ExtractClaims.ExtractMentionsFn {
    FailingExtractFn() {
      super(0.5, CandidateBudget.standard());
    }

    @Override
    List<Sentence> split(String text) {
      if (text.startsWith("UNSPLITTABLE")) {
        throw new StackOverflowError();
      }
      return super.split(text);
    }

    @Override
    ClaimFacts analyze(String text, List<Sentence> all, int index, LocalDate articleDate) {
      if (all.get(index).text().contains("OVERFLOW")) {
        throw new StackOverflowError();
      }
      return super.analyze(text, all, index, articleDate);
    }
  }

  private PCollection<DecodedDocument> documents(DecodedDocument... docs) {
    return pipeline.apply(Create.of(List.of(docs))).setCoder(SerializableCoder.of(DecodedDocument.class));
  }

  private static DecodedDocument text(String uri, String text) {
    return new DecodedDocument(uri, "id-" + uri, DocumentFormat.TEXT, text);
  }

  @Test
  public void anyErrorWhileCleaningOneDocumentIsItsRejectAndTheOthersGoOn() {
    PCollectionTuple cleaned = CleanArticles.apply(documents(
        text("good.txt", GOOD),
        text("overflow.txt", GOOD + "OVERFLOW"),
        text("bug.txt", GOOD + "BUG"),
        text("assertion.txt", GOOD + "ASSERTION")), new FailingCleanFn());

    PAssert.that(cleaned.get(CleanArticles.ARTICLES)
            .apply(MapElements.into(TypeDescriptors.strings()).via(Article::getSourceUri)))
        .containsInAnyOrder("good.txt");
    PAssert.that(cleaned.get(CleanArticles.REJECTS)
            .apply("Rejects", MapElements.into(TypeDescriptors.strings())
                .via((Reject r) -> r.getSourceUri() + "|" + r.getStage() + "|" + r.getReason() + "|" + r.getDetail())))
        .containsInAnyOrder(
            "overflow.txt|clean|too_complex|clean stage: java.lang.StackOverflowError "
                + "(the document is nested or repeated too deeply)",
            "bug.txt|clean|internal_error|clean stage: java.lang.IllegalStateException: a bug in two lines",
            "assertion.txt|clean|internal_error|clean stage: java.lang.AssertionError: an assertion failed");
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void anOutOfMemoryErrorStillEndsTheRun() {
    CleanArticles.apply(documents(text("good.txt", GOOD), text("oom.txt", GOOD + "OUT OF MEMORY")),
        new FailingCleanFn());

    try {
      pipeline.run().waitUntilFinish();
      fail("the run went on after an out-of-memory error");
    } catch (Throwable e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof OutOfMemoryError)) {
        cause = cause.getCause();
      }
      assertThat(cause, instanceOf(OutOfMemoryError.class));
    }
  }

  @Test
  public void anErrorOnOneSentenceCostsThatSentenceAndOnInASplitThatArticlesMentions() {
    String body = "The port handled 4.2 million containers in 2023, up 12% from the year before.\n\n"
        + "OVERFLOW: prices rose 5% in 2023, the agency said on Monday.";
    PCollection<Article> articles = pipeline.apply(Create.of(article("a", body),
            article("b", "UNSPLITTABLE. Prices rose 5% in 2023, the agency said.")))
        .setCoder(AvroCoder.of(Article.class));

    PCollection<ClaimMention> mentions = ExtractClaims.apply(articles, new FailingExtractFn());

    PAssert.that(mentions.apply(MapElements.into(TypeDescriptors.strings()).via(ClaimMention::getSentence)))
        .containsInAnyOrder("The port handled 4.2 million containers in 2023, up 12% from the year before.");
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertThat(counter(result, "failed_sentences"), equalTo(1L));
    assertThat(counter(result, "failed_articles"), equalTo(1L));
  }

  @Test
  public void onlyFatalJvmErrorsAreRethrown() {
    assertThrows(OutOfMemoryError.class,
        () -> DocumentFailures.rejection("a.txt", Stage.READ, new OutOfMemoryError()));
    assertThrows(InternalError.class, () -> DocumentFailures.rethrowIfFatal(new InternalError()));
    Rejection overflow = DocumentFailures.rejection("a.txt", Stage.READ, new StackOverflowError());
    assertThat(overflow.reason(), equalTo("too_complex"));
    Rejection linkage = DocumentFailures.rejection("a.txt", Stage.READ, new NoClassDefFoundError("x/Y"));
    assertThat(linkage.reason() + "|" + linkage.detail(),
        equalTo("internal_error|read stage: java.lang.NoClassDefFoundError: x/Y"));
    String longMessage = "x".repeat(DocumentFailures.MAX_MESSAGE_CHARS + 50);
    assertThat(DocumentFailures.describe(new IllegalStateException(longMessage)),
        equalTo("java.lang.IllegalStateException: " + "x".repeat(DocumentFailures.MAX_MESSAGE_CHARS) + "…"));
  }

  private static Article article(String id, String body) {
    return Article.newBuilder().setArticleId(id).setSourceUri(id + ".txt").setFormat("text")
        .setAuthors(List.of()).setCleanText(body).setRawLength(body.length())
        .setCleanLength(body.length()).setRemovedCount(0).setPipelineVersion("test").setLanguage("en").build();
  }

  private static long counter(PipelineResult result, String name) {
    long sum = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(Stage.CLAIMS, name)).build()).getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }
}
