package io.claimsift.beam;

import io.claimsift.output.Dataset;
import io.claimsift.output.InputsFile;
import io.claimsift.output.OutputFormat;
import io.claimsift.output.ShardWriter;
import io.claimsift.output.SpillingSort;
import io.claimsift.beam.dedup.OnePassCoGroupByKey;
import io.claimsift.read.InputFileInfo;
import io.claimsift.schema.Article;
import io.claimsift.schema.Reject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes every dataset into the staging folder: records are spread over a fixed number of shards
 * by a hash of their key, sorted within each shard, and written in each format with fixed names.
 * Every record is first held to the output contract ({@link EnforceContract}); the records it keeps
 * out join the rejects. Also hands the list of input files to the manifest.
 */
public final class WriteDatasets extends PTransform<PCollectionTuple, PDone> {
  /** The tag of the input files in the tuple this transform writes. */
  public static final TupleTag<InputFileInfo> INPUTS = new TupleTag<>("inputs") {};
  /** The tag of the records the contract keeps out of their dataset. */
  private static final TupleTag<Reject> WRITE_REJECTS = new TupleTag<>("write rejects") {};
  /** The tag of the rejects that still need their article's source_uri, keyed by article id. */
  private static final TupleTag<KV<String, Reject>> REJECTS_BY_ARTICLE = new TupleTag<>("write rejects by article") {};

  /**
   * Encoded bytes of records a shard writer holds before it spills a sorted run to disk: small next
   * to a 2 GB heap even with several shards written at once.
   */
  static final long SORT_MEMORY_BYTES = 64L * 1024 * 1024;

  private final String stagingDir;
  private final int shards;
  private final Set<OutputFormat> formats;

  public WriteDatasets(String stagingDir, int shards, Set<OutputFormat> formats) {
    this.stagingDir = stagingDir;
    this.shards = shards;
    this.formats = EnumSet.copyOf(formats);
  }

  /** The tag a dataset's records carry in the tuple this transform writes. */
  public static TupleTag<SpecificRecord> tag(Dataset dataset) {
    return new TupleTag<>(dataset.folder());
  }

  /** Adds a dataset's collection to a tuple for this transform. */
  @SuppressWarnings("unchecked")
  public static PCollectionTuple with(PCollectionTuple tuple, Dataset dataset, PCollection<? extends SpecificRecord> records) {
    return tuple.and(tag(dataset), (PCollection<SpecificRecord>) records);
  }

  @Override
  public PDone expand(PCollectionTuple datasets) {
    Map<Dataset, PCollection<SpecificRecord>> checked = new EnumMap<>(Dataset.class);
    List<PCollection<Reject>> writeRejects = new ArrayList<>();
    List<PCollection<KV<String, Reject>>> rejectsByArticle = new ArrayList<>();
    for (Dataset dataset : Dataset.values()) {
      if (dataset == Dataset.REJECTS) {
        continue; // checked last, with the rejects of the other datasets
      }
      PCollectionTuple out = enforce(datasets.get(tag(dataset)), dataset);
      checked.put(dataset, out.get(EnforceContract.records(dataset)));
      writeRejects.add(out.get(WRITE_REJECTS));
      rejectsByArticle.add(out.get(REJECTS_BY_ARTICLE));
    }
    writeRejects.add(withSourceUris(PCollectionList.of(rejectsByArticle)
        .apply("CollectRejectsByArticle", Flatten.pCollections())
        .setCoder(KvCoder.of(StringUtf8Coder.of(), RecordCoder.of(Reject.class))),
        datasets.get(tag(Dataset.ARTICLES))));
    @SuppressWarnings("unchecked")
    PCollection<Reject> rejects = (PCollection<Reject>) (PCollection<?>) datasets.get(tag(Dataset.REJECTS));
    PCollection<SpecificRecord> allRejects = PCollectionList.of(rejects).and(writeRejects)
        .apply("CollectWriteRejects", Flatten.pCollections())
        .setCoder(RecordCoder.of(Reject.class))
        .apply("AsRecords", MapElements.into(new TypeDescriptor<SpecificRecord>() {}).via((Reject r) -> r))
        .setCoder(coder(Dataset.REJECTS));
    checked.put(Dataset.REJECTS, enforce(allRejects, Dataset.REJECTS)
        .get(EnforceContract.records(Dataset.REJECTS)));
    for (Dataset dataset : Dataset.values()) {
      Coder<SpecificRecord> coder = coder(dataset);
      String name = dataset.folder();
      checked.get(dataset)
          .apply("Shard " + name, WithKeys.of((SpecificRecord r) -> ShardWriter.shardOf(dataset, r, shards))
              .withKeyType(TypeDescriptors.integers()))
          .setCoder(KvCoder.of(VarIntCoder.of(), coder))
          .apply("GroupShard " + name, GroupByKey.create())
          .apply("WriteShard " + name, ParDo.of(new WriteShardFn(dataset, stagingDir, shards, formats)));
    }
    datasets.get(INPUTS)
        .apply("KeyInputs", WithKeys.<Integer, InputFileInfo>of(0).withKeyType(TypeDescriptors.integers()))
        .apply("GroupInputs", GroupByKey.create())
        .apply("WriteInputList", ParDo.of(new WriteInputsFn(stagingDir)));
    return PDone.in(datasets.getPipeline());
  }

  /** Holds a dataset to the output contract: the passing records, and rejects under {@link #WRITE_REJECTS}. */
  private static PCollectionTuple enforce(PCollection<SpecificRecord> records, Dataset dataset) {
    TupleTag<SpecificRecord> passed = EnforceContract.records(dataset);
    PCollectionTuple out = records.apply("Contract " + dataset.folder(),
        ParDo.of(new EnforceContract(dataset, WRITE_REJECTS, REJECTS_BY_ARTICLE))
            .withOutputTags(passed, TupleTagList.of(List.of(WRITE_REJECTS, REJECTS_BY_ARTICLE))));
    out.get(passed).setCoder(coder(dataset));
    out.get(WRITE_REJECTS).setCoder(RecordCoder.of(Reject.class));
    out.get(REJECTS_BY_ARTICLE).setCoder(KvCoder.of(StringUtf8Coder.of(), RecordCoder.of(Reject.class)));
    return out;
  }

  /**
   * The rejects of records that name only their article, with that article's source_uri ("" for an
   * unknown article): a join on article_id, so that no step holds the source_uris of the whole run.
   */
  private static PCollection<Reject> withSourceUris(PCollection<KV<String, Reject>> rejects,
      PCollection<SpecificRecord> articles) {
    TupleTag<Reject> rejectTag = new TupleTag<>("rejects");
    TupleTag<String> uriTag = new TupleTag<>("source_uri");
    return KeyedPCollectionTuple.of(rejectTag, rejects)
        .and(uriTag, articles.apply("SourceUriForRejects", ParDo.of(new SourceUriFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply("JoinSourceUris", OnePassCoGroupByKey.create())
        .apply("NameRejectedInputs", ParDo.of(new NameInputFn(rejectTag, uriTag)))
        .setCoder(RecordCoder.of(Reject.class));
  }

  /** Gives an article's rejects its source_uri (the smallest, were an article id ever repeated). */
  static final class NameInputFn extends DoFn<KV<String, CoGbkResult>, Reject> {
    private final TupleTag<Reject> rejectTag;
    private final TupleTag<String> uriTag;

    NameInputFn(TupleTag<Reject> rejectTag, TupleTag<String> uriTag) {
      this.rejectTag = rejectTag;
      this.uriTag = uriTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> article, OutputReceiver<Reject> out) {
      Iterable<Reject> rejects = article.getValue().getAll(rejectTag);
      if (!rejects.iterator().hasNext()) {
        return;
      }
      String uri = null;
      for (String u : article.getValue().getAll(uriTag)) {
        uri = uri == null || u.compareTo(uri) < 0 ? u : uri;
      }
      for (Reject r : rejects) {
        out.output(Reject.newBuilder(r).setSourceUri(uri == null ? "" : uri).build());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Coder<SpecificRecord> coder(Dataset dataset) {
    return (Coder<SpecificRecord>) (Coder<?>) RecordCoder.of(dataset.recordClass());
  }

  /** source_uri by article id, for the rejects of records that name only their article. */
  static final class SourceUriFn extends DoFn<SpecificRecord, KV<String, String>> {
    @ProcessElement
    public void process(@Element SpecificRecord record, OutputReceiver<KV<String, String>> out) {
      Article article = (Article) record;
      out.output(KV.of(article.getArticleId(), article.getSourceUri()));
    }
  }

  private static OutputStream create(String dir, String... path) throws IOException {
    ResourceId resource = FileSystems.matchNewResource(dir, true);
    for (int i = 0; i < path.length; i++) {
      resource = resource.resolve(path[i], i == path.length - 1
          ? ResolveOptions.StandardResolveOptions.RESOLVE_FILE
          : ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY);
    }
    WritableByteChannel channel = FileSystems.create(resource, MimeTypes.BINARY);
    return Channels.newOutputStream(channel);
  }

  /**
   * Sorts one shard and writes its file in each format. The group is read once and sorted within
   * {@link #SORT_MEMORY_BYTES} ({@link SpillingSort} spills sorted runs to the worker's temporary
   * folder beyond it), so a shard of any size fits in a small heap.
   */
  static final class WriteShardFn extends DoFn<KV<Integer, Iterable<SpecificRecord>>, Void> {
    private final Dataset dataset;
    private final String stagingDir;
    private final int shards;
    private final EnumSet<OutputFormat> formats;

    WriteShardFn(Dataset dataset, String stagingDir, int shards, Set<OutputFormat> formats) {
      this.dataset = dataset;
      this.stagingDir = stagingDir;
      this.shards = shards;
      this.formats = EnumSet.copyOf(formats);
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<SpecificRecord>> shard) throws IOException {
      int number = shard.getKey();
      try (SpillingSort sorted = SpillingSort.of(dataset, shard.getValue(), SORT_MEMORY_BYTES,
          Paths.get(System.getProperty("java.io.tmpdir")))) {
        for (OutputFormat format : formats) {
          try (OutputStream out = create(stagingDir, dataset.folder(), dataset.fileName(number, shards, format.extension()))) {
            ShardWriter.write(dataset, sorted, format, out);
          }
        }
        Metrics.counter(Stage.WRITE, "records_" + dataset.folder()).inc(sorted.size());
      }
    }
  }

  /** Writes the sorted list of input files for the manifest. */
  static final class WriteInputsFn extends DoFn<KV<Integer, Iterable<InputFileInfo>>, Void> {
    private final String stagingDir;

    WriteInputsFn(String stagingDir) {
      this.stagingDir = stagingDir;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<InputFileInfo>> all) throws IOException {
      List<InputFileInfo> inputs = new ArrayList<>();
      all.getValue().forEach(inputs::add);
      inputs.sort(Comparator.comparing(InputFileInfo::sourceUri));
      try (OutputStream out = create(stagingDir, InputsFile.NAME)) {
        InputsFile.write(inputs, out);
      }
    }
  }
}
