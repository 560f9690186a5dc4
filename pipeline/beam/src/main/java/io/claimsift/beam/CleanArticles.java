package io.claimsift.beam;

import io.claimsift.clean.ArticleCleaner;
import io.claimsift.clean.CleanedArticle;
import io.claimsift.clean.CleaningLimits;
import io.claimsift.clean.DocumentTooComplexException;
import io.claimsift.read.DecodedDocument;
import io.claimsift.read.DocumentFormat;
import io.claimsift.read.RejectReason;
import io.claimsift.read.Rejection;
import io.claimsift.schema.Article;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Removes boilerplate: a decoded document becomes an article plus its removed segments, or a
 * reject: {@code no_body_text}, {@code too_complex} (over a {@link CleaningLimits} budget, or a
 * stack overflow) or {@code internal_error} (any other error; see {@link DocumentFailures}).
 */
public final class CleanArticles extends PTransform<PCollection<DecodedDocument>, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<RemovedSegment> REMOVED = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};

  private final CleaningLimits limits;

  /** With the default {@link CleaningLimits}. */
  public CleanArticles() {
    this(CleaningLimits.standard());
  }

  public CleanArticles(CleaningLimits limits) {
    this.limits = limits;
  }

  @Override
  public PCollectionTuple expand(PCollection<DecodedDocument> documents) {
    return apply(documents, new CleanDocumentFn(Version.get(), limits));
  }

  /** Runs {@code fn} over the documents with the stage's output tags and coders. */
  static PCollectionTuple apply(PCollection<DecodedDocument> documents, CleanDocumentFn fn) {
    PCollectionTuple cleaned = documents.apply("CleanDocument", ParDo.of(fn)
        .withOutputTags(ARTICLES, TupleTagList.of(REMOVED).and(REJECTS)));
    cleaned.get(ARTICLES).setCoder(RecordCoder.of(Article.class));
    cleaned.get(REMOVED).setCoder(RecordCoder.of(RemovedSegment.class));
    cleaned.get(REJECTS).setCoder(RecordCoder.of(Reject.class));
    return cleaned;
  }

  /** Runs the cleaning core matching the document's format. */
  static class CleanDocumentFn extends DoFn<DecodedDocument, Article> {
    private final String version;
    private final CleaningLimits limits;
    private transient ArticleCleaner cleaner;

    CleanDocumentFn(String version, CleaningLimits limits) {
      this.version = version;
      this.limits = limits;
    }

    @Setup
    public void setup() {
      cleaner = ArticleCleaner.standard(limits);
    }

    /** The cleaning core's result for one document (a seam: tests make it fail). */
    CleanedArticle clean(DecodedDocument doc) {
      return doc.format() == DocumentFormat.HTML
          ? cleaner.cleanHtml(doc.text())
          : cleaner.cleanText(doc.text());
    }

    @ProcessElement
    public void process(@Element DecodedDocument doc, MultiOutputReceiver out) {
      CleanedArticle clean;
      try {
        clean = clean(doc);
      } catch (DocumentTooComplexException e) {
        reject(out, Rejection.of(doc.sourceUri(), Stage.CLEAN, RejectReason.TOO_COMPLEX, e.getMessage()));
        return;
      } catch (Throwable e) {
        // One document's failure, even a stack overflow, is its reject; only a fatal JVM error ends the run.
        reject(out, DocumentFailures.rejection(doc.sourceUri(), Stage.CLEAN, e));
        return;
      }
      if (clean.cleanText().isBlank()) {
        reject(out, Rejection.of(doc.sourceUri(), Stage.CLEAN, RejectReason.NO_BODY_TEXT,
            "cleaning removed all " + clean.removed().size() + " segments; no body text is left"));
        return;
      }
      Metrics.counter(Stage.CLEAN, "articles").inc();
      out.get(ARTICLES).output(Records.article(doc, clean, version));
      for (io.claimsift.clean.RemovedSpan segment : clean.removed()) {
        Metrics.counter(Stage.CLEAN, "removed_" + segment.reason().code()).inc();
        out.get(REMOVED).output(Records.removed(doc.articleId(), segment));
      }
    }

    private static void reject(MultiOutputReceiver out, Rejection rejection) {
      Metrics.counter(Stage.CLEAN, "rejected_" + rejection.reason()).inc();
      out.get(REJECTS).output(Records.reject(rejection));
    }
  }
}
