package io.claimsift.beam;

import io.claimsift.read.DecodedDocument;
import io.claimsift.read.DocumentReader;
import io.claimsift.read.InputEntry;
import io.claimsift.read.InputFileInfo;
import io.claimsift.read.InputListing;
import io.claimsift.read.InputLocation;
import io.claimsift.read.ListedFileBytes;
import io.claimsift.read.ReadLimits;
import io.claimsift.read.ReadOutcome;
import io.claimsift.read.RejectReason;
import io.claimsift.read.Rejection;
import io.claimsift.read.warc.RecordUri;
import io.claimsift.read.warc.WarcFiles;
import io.claimsift.schema.Reject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Lists the input entries and turns each into a decoded document or a reject (a WARC/WET file into
 * one per record, see {@link ReadWarcFile}); documents with the same bytes become one document (the
 * smallest source_uri, records of one file by offset) and duplicate_content rejects. Entries that
 * are not regular files (pipes, devices, broken links) become unreadable rejects without being
 * opened.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<DecodedDocument> DOCUMENTS = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  public static final TupleTag<InputFileInfo> INPUTS = new TupleTag<>() {};
  /** Sources of files whose bytes an earlier source (by source_uri) already has. */
  private static final TupleTag<String> COPIES = new TupleTag<>() {};
  /** (content id, source) of each decoded document, keyed by the content's partition. */
  private static final TupleTag<KV<Integer, KV<String, String>>> CONTENT = new TupleTag<>() {};

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
    PCollection<InputEntry> entries = begin
        .apply("Start", Impulse.create())
        .apply("ListFiles", ParDo.of(new ListFilesFn(location.root().toUri().toString(), location.glob())))
        .setCoder(DocumentCoders.InputEntryCoder.of())
        // Spreads the reading over the workers, as FileIO.match does.
        .apply("SpreadFiles", Reshuffle.viaRandomKey());
    // First pass: every outcome but the documents' text; only (content id, source) pairs are
    // grouped to find copies (shuffling and sorting whole pages was a top cost of a Flink profile).
    PCollectionTuple read = entries
        .apply("ReadAndDecode", ParDo.of(new ReadDocumentFn(limits))
            .withOutputTags(CONTENT, TupleTagList.of(REJECTS).and(INPUTS)));
    PCollectionTuple copies = read.get(CONTENT)
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply("GroupByContent", GroupByKey.create())
        .apply("FindCopies", ParDo.of(new FindCopiesFn())
            .withOutputTags(COPIES, TupleTagList.of(REJECTS)));
    PCollectionView<List<String>> copySources = copies.get(COPIES).setCoder(StringUtf8Coder.of())
        .apply("CopiesView", View.asList());
    // Second pass: the files are read again and their documents go straight on to cleaning. Holding
    // the decoded pages until the copies were known made the runner encode and store every page
    // (6.6% of a Flink profile's CPU in the page coder alone); reading a file again costs less.
    PCollection<DecodedDocument> uniqueDocuments = entries
        .apply("ReadUniqueDocuments", ParDo.of(new ReadUniqueFn(limits, copySources)).withSideInputs(copySources))
        .setCoder(DocumentCoders.DecodedDocumentCoder.of());
    PCollection<Reject> rejects = PCollectionList
        .of(read.get(REJECTS).setCoder(RecordCoder.of(Reject.class)))
        .and(copies.get(REJECTS).setCoder(RecordCoder.of(Reject.class)))
        .apply("FlattenReadRejects", Flatten.pCollections());
    return PCollectionTuple
        .of(DOCUMENTS, uniqueDocuments)
        .and(REJECTS, rejects)
        .and(INPUTS, read.get(INPUTS).setCoder(DocumentCoders.InputFileInfoCoder.of()));
  }

  /**
   * The partition of documents that could share this content: a hash of the content id over a
   * fixed number of groups. One group per document would make the DirectRunner's per-key
   * bookkeeping grow faster than the input (its run time was superlinear in the file count).
   */
  static int contentPartition(String articleId) {
    return Math.floorMod(articleId.hashCode(), CONTENT_PARTITIONS);
  }

  /**
   * Lists the input entries (see {@link InputListing}); links that loop back to a folder being
   * listed are counted and skipped, since their files are listed under their own path.
   */
  static final class ListFilesFn extends DoFn<byte[], InputEntry> {
    private final String rootUri;
    private final String glob;

    ListFilesFn(String rootUri, String glob) {
      this.rootUri = rootUri;
      this.glob = glob;
    }

    @ProcessElement
    public void process(OutputReceiver<InputEntry> out) throws IOException {
      InputLocation location = new InputLocation(Paths.get(URI.create(rootUri)), glob);
      InputListing.forEach(location, entry -> {
        if (entry.kind() == InputEntry.Kind.FOLDER_LINK_CYCLE) {
          Metrics.counter(Stage.READ, "skipped_folder_link_cycles").inc();
        } else {
          out.output(entry);
        }
      });
    }
  }

  /** Where the outcomes of reading one entry go. */
  interface Outcomes {
    /** Increments a read-stage counter. */
    void count(String counter);

    void document(DecodedDocument doc);

    void reject(Reject reject);

    void input(InputFileInfo info);
  }

  /**
   * Reads one listed entry with the reading core (a WARC/WET file record by record); an entry that
   * is not a regular file is never opened. The same entry always gives the same outcomes.
   */
  static void read(InputEntry entry, ReadLimits limits, DocumentReader reader, Outcomes out) {
    String sourceUri = entry.sourceUri();
    out.count("input_files");
    if (entry.kind() == InputEntry.Kind.FILE && WarcFiles.isWarc(sourceUri)) {
      ReadWarcFile.read(entry, limits, out);
      return;
    }
    ReadOutcome outcome;
    if (entry.kind() != InputEntry.Kind.FILE) {
      outcome = new ReadOutcome(new InputFileInfo(sourceUri, null, 0), null,
          Rejection.of(sourceUri, Stage.READ, RejectReason.UNREADABLE, entry.detail()));
    } else {
      try {
        outcome = reader.read(sourceUri, entry.bytes(), new ListedFileBytes(entry));
      } catch (Throwable e) {
        // Whatever the reader meets on one file (a bug, a stack overflow) must not fail the run or
        // lose the file: it becomes a reject. Only a fatal JVM error is rethrown.
        outcome = new ReadOutcome(new InputFileInfo(sourceUri, null, entry.bytes()), null,
            DocumentFailures.rejection(sourceUri, Stage.READ, e));
      }
    }
    out.input(outcome.file());
    if (outcome.isDecoded()) {
      out.count("documents");
      out.document(outcome.document());
    } else {
      out.count("rejected_" + outcome.rejection().reason());
      out.reject(Records.reject(outcome.rejection()));
    }
  }

  /**
   * The first pass: counts, input entries and rejects, and for each decoded document only its
   * content id and source, keyed by the content's partition.
   */
  static final class ReadDocumentFn extends DoFn<InputEntry, KV<Integer, KV<String, String>>> {
    private final ReadLimits limits;
    private transient DocumentReader reader;

    ReadDocumentFn(ReadLimits limits) {
      this.limits = limits;
    }

    @Setup
    public void setup() {
      reader = new DocumentReader(limits);
    }

    @ProcessElement
    public void process(@Element InputEntry entry, MultiOutputReceiver out) {
      read(entry, limits, reader, new Outcomes() {
        @Override
        public void count(String counter) {
          Metrics.counter(Stage.READ, counter).inc();
        }

        @Override
        public void document(DecodedDocument doc) {
          out.get(CONTENT).output(KV.of(contentPartition(doc.articleId()), KV.of(doc.articleId(), doc.sourceUri())));
        }

        @Override
        public void reject(Reject reject) {
          out.get(REJECTS).output(reject);
        }

        @Override
        public void input(InputFileInfo info) {
          out.get(INPUTS).output(info);
        }
      });
    }
  }

  /**
   * The second pass: reads the entries again and emits the decoded documents whose source is not
   * a dropped copy, and nothing else (the first pass counted and emitted the rest).
   */
  static final class ReadUniqueFn extends DoFn<InputEntry, DecodedDocument> {
    private final ReadLimits limits;
    private final PCollectionView<List<String>> copySources;
    private transient DocumentReader reader;
    private transient Set<String> dropped;

    ReadUniqueFn(ReadLimits limits, PCollectionView<List<String>> copySources) {
      this.limits = limits;
      this.copySources = copySources;
    }

    @Setup
    public void setup() {
      reader = new DocumentReader(limits);
    }

    @StartBundle
    public void startBundle() {
      dropped = null;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      if (dropped == null) {
        dropped = new HashSet<>(context.sideInput(copySources));
      }
      read(context.element(), limits, reader, new Outcomes() {
        @Override
        public void count(String counter) {}

        @Override
        public void document(DecodedDocument doc) {
          if (!dropped.contains(doc.sourceUri())) {
            context.output(doc);
          }
        }

        @Override
        public void reject(Reject reject) {}

        @Override
        public void input(InputFileInfo info) {}
      });
    }
  }

  /**
   * Among files with identical bytes, keeps the one with the smallest source_uri: emits the
   * others' sources (to drop) and their duplicate_content rejects.
   */
  static final class FindCopiesFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, String> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> partition, MultiOutputReceiver out) {
      Map<String, List<String>> sourcesByContent = new TreeMap<>();
      for (KV<String, String> doc : partition.getValue()) {
        sourcesByContent.computeIfAbsent(doc.getKey(), id -> new ArrayList<>()).add(doc.getValue());
      }
      for (List<String> sources : sourcesByContent.values()) {
        sources.sort(RecordUri.ORDER);
        String kept = sources.get(0);
        for (String copy : sources.subList(1, sources.size())) {
          Metrics.counter(Stage.READ, "rejected_" + RejectReason.DUPLICATE_CONTENT.code()).inc();
          out.get(COPIES).output(copy);
          out.get(REJECTS).output(Records.reject(Rejection.of(copy, Stage.READ,
              RejectReason.DUPLICATE_CONTENT, "same bytes as " + kept)));
        }
      }
    }
  }
}
