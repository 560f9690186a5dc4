package io.claimsift.beam;

import io.claimsift.output.Dataset;
import io.claimsift.output.OutputContract;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
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
  private final TupleTag<Reject> rejects;
  private final TupleTag<KV<String, Reject>> byArticle;
  private final Counter violations = Metrics.counter(Stage.WRITE, VIOLATIONS);
  private final Counter rejected;

  /**
   * @param rejects the output tag of the rejects that name their input file
   * @param byArticle the output tag of the rejects of records that name only their article, keyed
   *     by article id; their source_uri is joined in afterwards ({@link WriteDatasets})
   */
  EnforceContract(Dataset dataset, TupleTag<Reject> rejects, TupleTag<KV<String, Reject>> byArticle) {
    this.dataset = dataset;
    this.rejects = rejects;
    this.byArticle = byArticle;
    this.rejected = Metrics.counter(Stage.WRITE, REJECTED + dataset.folder());
  }

  @ProcessElement
  public void process(@Element SpecificRecord record, MultiOutputReceiver out) {
    OutputContract.Checked checked = OutputContract.check(dataset, record);
    if (checked.violations().isEmpty()) {
      out.get(mainTag()).output(record);
      return;
    }
    violations.inc(checked.violations().size());
    if (checked.rejected()) {
      rejected.inc();
      String articleId = articleId(record);
      if (articleId == null) {
        out.get(rejects).output(OutputContract.reject(sourceUri(record), dataset, record, checked.violations()));
      } else {
        out.get(byArticle).output(KV.of(articleId,
            OutputContract.reject("", dataset, record, checked.violations())));
      }
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

  /** The input file of a record that names it (article, claim); "" when it cannot be told. */
  private static String sourceUri(SpecificRecord record) {
    if (record instanceof Article a) {
      return a.getSourceUri();
    } else if (record instanceof Claim c) {
      return c.getSourceUris().isEmpty() ? "" : c.getSourceUris().get(0);
    }
    return "";
  }

  /** The article of a record that names only its article (mention, removed segment), else null. */
  private static String articleId(SpecificRecord record) {
    if (record instanceof ClaimMention m) {
      return m.getArticleId();
    } else if (record instanceof RemovedSegment s) {
      return s.getArticleId();
    }
    return null;
  }
}
