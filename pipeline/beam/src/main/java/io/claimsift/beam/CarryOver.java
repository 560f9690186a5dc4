package io.claimsift.beam;

import io.claimsift.output.PreviousRelease;
import io.claimsift.read.DecodedDocument;
import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.RemovedSegment;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The work a continuing release takes from the previous one: inputs whose article is already there
 * skip cleaning and extraction, and the previous rows come back as PCollections.
 */
final class CarryOver {
  /** Counter: input documents whose article was taken from the previous release. */
  static final String CARRIED = "carried_from_previous";
  /** Counter: previous articles kept in this release (the carried ones and, in accumulate mode, the absent ones). */
  static final String KEPT = "previous_articles_kept";

  static final TupleTag<DecodedDocument> TO_PROCESS = new TupleTag<>() {};
  static final TupleTag<String> CARRIED_IDS = new TupleTag<>() {};

  private final PreviousRelease previous;
  private final PreviousMode mode;

  CarryOver(PreviousRelease previous, PreviousMode mode) {
    this.previous = previous;
    this.mode = mode;
  }

  /** Splits the read documents into those to clean and the ids of those carried over. */
  PCollectionTuple split(PCollection<DecodedDocument> documents) {
    TreeSet<String> known = new TreeSet<>();
    previous.articles().forEach(a -> known.add(a.getArticleId()));
    PCollectionTuple split = documents.apply("SkipCarriedArticles", ParDo.of(new SkipKnownFn(known))
        .withOutputTags(TO_PROCESS, TupleTagList.of(CARRIED_IDS)));
    split.get(TO_PROCESS).setCoder(documents.getCoder());
    split.get(CARRIED_IDS).setCoder(StringUtf8Coder.of());
    return split;
  }

  PCollection<Article> articles(Pipeline p, PCollectionView<List<String>> carried) {
    return keep(p, "Articles", previous.articles(), Article.class, Article::getArticleId, carried, true);
  }

  /** The previous mentions, with their claim ids cleared: dedup assigns them again over everything. */
  PCollection<ClaimMention> mentions(Pipeline p, PCollectionView<List<String>> carried) {
    List<ClaimMention> cleared = previous.mentions().stream()
        .map(m -> ClaimMention.newBuilder(m).setClaimId("").build()).toList();
    return keep(p, "Mentions", cleared, ClaimMention.class, ClaimMention::getArticleId, carried, false);
  }

  PCollection<RemovedSegment> removed(Pipeline p, PCollectionView<List<String>> carried) {
    return keep(p, "RemovedSegments", previous.removed(), RemovedSegment.class, RemovedSegment::getArticleId,
        carried, false);
  }

  private <T extends SpecificRecord> PCollection<T> keep(Pipeline p, String name, List<T> rows, Class<T> type,
      SerializableFunction<T, String> articleId, PCollectionView<List<String>> carried, boolean count) {
    RecordCoder<T> coder = RecordCoder.of(type);
    return p.apply("Previous" + name, Create.of(rows).withCoder(coder))
        .apply("KeepPrevious" + name, ParDo.of(new KeepFn<>(articleId, carried, mode, count)).withSideInputs(carried))
        .setCoder(coder);
  }

  static PCollectionView<List<String>> view(PCollection<String> carriedIds) {
    return carriedIds.apply("CarriedIdView", View.asList());
  }

  /** Passes on the documents whose article the previous release does not have. */
  static final class SkipKnownFn extends DoFn<DecodedDocument, DecodedDocument> {
    private final TreeSet<String> known;

    SkipKnownFn(TreeSet<String> known) {
      this.known = known;
    }

    @ProcessElement
    public void process(@Element DecodedDocument doc, MultiOutputReceiver out) {
      if (known.contains(doc.articleId())) {
        Metrics.counter(Stage.READ, CARRIED).inc();
        out.get(CARRIED_IDS).output(doc.articleId());
      } else {
        out.get(TO_PROCESS).output(doc);
      }
    }
  }

  /** Keeps a previous row when the mode keeps its article: always (accumulate) or when it was read again (window). */
  static final class KeepFn<T> extends DoFn<T, T> {
    private final SerializableFunction<T, String> articleId;
    private final PCollectionView<List<String>> carried;
    private final PreviousMode mode;
    private final boolean count;
    private transient Set<String> carriedIds;

    KeepFn(SerializableFunction<T, String> articleId, PCollectionView<List<String>> carried, PreviousMode mode,
        boolean count) {
      this.articleId = articleId;
      this.carried = carried;
      this.mode = mode;
      this.count = count;
    }

    @StartBundle
    public void start() {
      carriedIds = null;
    }

    @ProcessElement
    public void process(@Element T row, OutputReceiver<T> out, ProcessContext c) {
      if (mode == PreviousMode.WINDOW) {
        if (carriedIds == null) {
          carriedIds = new HashSet<>(c.sideInput(carried));
        }
        if (!carriedIds.contains(articleId.apply(row))) {
          return;
        }
      }
      if (count) {
        Metrics.counter(Stage.READ, KEPT).inc();
      }
      out.output(row);
    }
  }
}
