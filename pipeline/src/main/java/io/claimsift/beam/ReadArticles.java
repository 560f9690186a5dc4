package io.claimsift.beam;

import io.claimsift.read.DecodedDocument;
import io.claimsift.read.DocumentReader;
import io.claimsift.read.InputFileInfo;
import io.claimsift.read.InputLocation;
import io.claimsift.read.ReadLimits;
import io.claimsift.read.ReadOutcome;
import io.claimsift.read.RejectReason;
import io.claimsift.read.Rejection;
import io.claimsift.schema.Reject;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Lists the input files and turns each into a decoded document or a reject; files with the same
 * bytes become one document (the smallest source_uri) and duplicate_content rejects.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<DecodedDocument> DOCUMENTS = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  public static final TupleTag<InputFileInfo> INPUTS = new TupleTag<>() {};

  /** How many groups the duplicate-content check is spread over. */
  static final int CONTENT_PARTITIONS = 256;

  private final transient InputLocation location;
  private final ReadLimits limits;

  public ReadArticles(InputLocation location, ReadLimits limits) {
    this.location = location;
    this.limits = limits;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple read = begin
        .apply("MatchFiles", FileIO.match().filepattern(location.glob())
            .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        .apply("OpenFiles", FileIO.readMatches()
            .withCompression(Compression.UNCOMPRESSED)
            .withDirectoryTreatment(FileIO.ReadMatches.DirectoryTreatment.SKIP))
        .apply("ReadAndDecode", ParDo.of(new ReadDocumentFn(location.root().toString(), limits))
            .withOutputTags(DOCUMENTS, TupleTagList.of(REJECTS).and(INPUTS)));
    PCollectionTuple unique = read.get(DOCUMENTS)
        .setCoder(DocumentCoders.DecodedDocumentCoder.of())
        .apply("KeyByContent", WithKeys.of((DecodedDocument doc) -> contentPartition(doc.articleId()))
            .withKeyType(TypeDescriptors.integers()))
        .apply("GroupByContent", GroupByKey.create())
        .apply("KeepOnePerContent", ParDo.of(new KeepOnePerContentFn())
            .withOutputTags(DOCUMENTS, TupleTagList.of(REJECTS)));
    PCollectionTuple notFiles = begin
        .apply("ListEntriesThatAreNotFiles", Create.of(location.entriesThatAreNotFiles())
            .withCoder(StringUtf8Coder.of()))
        .apply("RejectEntriesThatAreNotFiles", ParDo.of(new RejectNotAFileFn())
            .withOutputTags(REJECTS, TupleTagList.of(INPUTS)));
    PCollection<Reject> rejects = PCollectionList
        .of(read.get(REJECTS).setCoder(AvroCoder.of(Reject.class)))
        .and(unique.get(REJECTS).setCoder(AvroCoder.of(Reject.class)))
        .and(notFiles.get(REJECTS).setCoder(AvroCoder.of(Reject.class)))
        .apply("FlattenReadRejects", Flatten.pCollections());
    return PCollectionTuple
        .of(DOCUMENTS, unique.get(DOCUMENTS).setCoder(DocumentCoders.DecodedDocumentCoder.of()))
        .and(REJECTS, rejects)
        .and(INPUTS, PCollectionList
            .of(read.get(INPUTS).setCoder(DocumentCoders.InputFileInfoCoder.of()))
            .and(notFiles.get(INPUTS).setCoder(DocumentCoders.InputFileInfoCoder.of()))
            .apply("FlattenInputs", Flatten.pCollections()));
  }

  /**
   * The partition of documents that could share this content: a hash of the content id over a
   * fixed number of groups. One group per document would make the DirectRunner's per-key
   * bookkeeping grow faster than the input (its run time was superlinear in the file count).
   */
  static int contentPartition(String articleId) {
    return Math.floorMod(articleId.hashCode(), CONTENT_PARTITIONS);
  }

  /** Turns a listed entry that is not a readable regular file into an unreadable reject. */
  static final class RejectNotAFileFn extends DoFn<String, Reject> {
    @ProcessElement
    public void process(@Element String sourceUri, MultiOutputReceiver out) {
      Metrics.counter(Stage.READ, "input_files").inc();
      Metrics.counter(Stage.READ, "rejected_" + RejectReason.UNREADABLE.code()).inc();
      out.get(INPUTS).output(new InputFileInfo(sourceUri, null, 0));
      out.get(REJECTS).output(Records.reject(Rejection.of(sourceUri, Stage.READ, RejectReason.UNREADABLE,
          "not a readable regular file (a dangling link, pipe, device or unreadable file)")));
    }
  }

  /** Reads one matched file with the reading core. */
  static final class ReadDocumentFn extends DoFn<FileIO.ReadableFile, DecodedDocument> {
    private final String root;
    private final ReadLimits limits;
    private transient DocumentReader reader;
    private transient Path rootPath;

    ReadDocumentFn(String root, ReadLimits limits) {
      this.root = root;
      this.limits = limits;
    }

    @Setup
    public void setup() {
      reader = new DocumentReader(limits);
      rootPath = Paths.get(root);
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      MatchResult.Metadata metadata = file.getMetadata();
      String sourceUri = InputLocation.relativize(rootPath, metadata.resourceId().toString());
      Metrics.counter(Stage.READ, "input_files").inc();
      ReadOutcome outcome;
      try {
        outcome = reader.read(sourceUri, metadata.sizeBytes(), file::readFullyAsBytes);
      } catch (RuntimeException e) {
        // A bug in the reader must not fail the run or lose the file: it becomes a reject.
        outcome = new ReadOutcome(new InputFileInfo(sourceUri, null, metadata.sizeBytes()), null,
            Rejection.of(sourceUri, Stage.READ, RejectReason.INTERNAL_ERROR, e.toString()));
      }
      out.get(INPUTS).output(outcome.file());
      if (outcome.isDecoded()) {
        Metrics.counter(Stage.READ, "documents").inc();
        out.get(DOCUMENTS).output(outcome.document());
      } else {
        Metrics.counter(Stage.READ, "rejected_" + outcome.rejection().reason()).inc();
        out.get(REJECTS).output(Records.reject(outcome.rejection()));
      }
    }
  }

  /** Keeps the document with the smallest source_uri among files with identical bytes. */
  static final class KeepOnePerContentFn extends DoFn<KV<Integer, Iterable<DecodedDocument>>, DecodedDocument> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<DecodedDocument>> partition, MultiOutputReceiver out) {
      Map<String, List<DecodedDocument>> byContent = new TreeMap<>();
      for (DecodedDocument doc : partition.getValue()) {
        byContent.computeIfAbsent(doc.articleId(), id -> new ArrayList<>()).add(doc);
      }
      byContent.values().forEach(copies -> keepFirst(copies, out));
    }

    private static void keepFirst(List<DecodedDocument> copies, MultiOutputReceiver out) {
      copies.sort(Comparator.comparing(DecodedDocument::sourceUri));
      DecodedDocument kept = copies.get(0);
      out.get(DOCUMENTS).output(kept);
      for (DecodedDocument copy : copies.subList(1, copies.size())) {
        Metrics.counter(Stage.READ, "rejected_" + RejectReason.DUPLICATE_CONTENT.code()).inc();
        out.get(REJECTS).output(Records.reject(Rejection.of(copy.sourceUri(), Stage.READ,
            RejectReason.DUPLICATE_CONTENT, "same bytes as " + kept.sourceUri())));
      }
    }
  }
}
