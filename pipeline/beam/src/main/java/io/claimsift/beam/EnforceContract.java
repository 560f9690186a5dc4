package io.claimsift.beam;

import io.claimsift.output.Dataset;
import io.claimsift.output.OutputContract;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Holds every record of a dataset to the output contract ({@link OutputContract}) just before it
 * is written: clean records pass unchanged, repairable ones pass repaired, the others leave as
 * rejects (stage write). Counts the violating values as {@code write.contract_violations} and
 * the rejected records as {@code write.contract_rejected_<dataset>}.
 */
final class EnforceContract extends DoFn<SpecificRecord, SpecificRecord> {
  /** The counter of violating values, present (0) in every manifest. */
  static final String VIOLATIONS = "contract_violations";
  /** The prefix of the counters of rejected records, by dataset. */
  static final String REJECTED = "contract_rejected_";

  private final Dataset dataset;
  private final PCollectionView<Map<String, String>> sourceUris;
  private final TupleTag<Reject> rejects;
  private final Counter violations = Metrics.counter(Stage.WRITE, VIOLATIONS);
  private final Counter rejected;

  /**
   * @param sourceUris source_uri by article id, naming the input file of a rejected record
   * @param rejects the output tag of the rejects
   */
  EnforceContract(Dataset dataset, PCollectionView<Map<String, String>> sourceUris, TupleTag<Reject> rejects) {
    this.dataset = dataset;
    this.sourceUris = sourceUris;
    this.rejects = rejects;
    this.rejected = Metrics.counter(Stage.WRITE, REJECTED + dataset.folder());
  }

  @ProcessElement
  public void process(@Element SpecificRecord record, MultiOutputReceiver out, ProcessContext context) {
    OutputContract.Checked checked = OutputContract.check(dataset, record);
    if (checked.violations().isEmpty()) {
      out.get(mainTag()).output(record);
      return;
    }
    violations.inc(checked.violations().size());
    if (checked.rejected()) {
      rejected.inc();
      String sourceUri = sourceUri(record, context.sideInput(sourceUris));
      out.get(rejects).output(OutputContract.reject(sourceUri, dataset, record, checked.violations()));
    } else {
      out.get(mainTag()).output(checked.record());
    }
  }

  /** The main output's tag; {@link WriteDatasets} creates it with {@link #records}. */
  private TupleTag<SpecificRecord> mainTag() {
    return records(dataset);
  }

  /** The tag of the records that pass the contract. */
  static TupleTag<SpecificRecord> records(Dataset dataset) {
    return new TupleTag<>("contract " + dataset.folder());
  }

  /** The input file a record came from; "" when it cannot be told. */
  private static String sourceUri(SpecificRecord record, Map<String, String> byArticle) {
    String articleId = null;
    if (record instanceof Article a) {
      return a.getSourceUri();
    } else if (record instanceof Claim c) {
      return c.getSourceUris().isEmpty() ? "" : c.getSourceUris().get(0);
    } else if (record instanceof ClaimMention m) {
      articleId = m.getArticleId();
    } else if (record instanceof RemovedSegment s) {
      articleId = s.getArticleId();
    }
    return articleId == null ? "" : byArticle.getOrDefault(articleId, "");
  }
}
