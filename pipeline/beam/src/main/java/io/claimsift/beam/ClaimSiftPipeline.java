package io.claimsift.beam;

import io.claimsift.beam.dedup.ClusterClaims;
import io.claimsift.claims.CandidateBudget;
import io.claimsift.claims.ClaimLanguages;
import io.claimsift.clean.CleaningLimits;
import io.claimsift.output.Dataset;
import io.claimsift.output.InputsFile;
import io.claimsift.output.Manifest;
import io.claimsift.output.OutputFolder;
import io.claimsift.output.PausePoints;
import io.claimsift.output.PreviousRelease;
import io.claimsift.output.ReleaseIds;
import io.claimsift.read.DecodedDocument;
import io.claimsift.beam.dedup.StableIds;
import io.claimsift.beam.dedup.TrackChanges;
import org.apache.beam.sdk.values.PCollectionView;
import io.claimsift.output.OutputFormat;
import io.claimsift.output.ShardWriter;
import io.claimsift.read.InputFileInfo;
import io.claimsift.read.InputLocation;
import io.claimsift.read.ReadLimits;
import io.claimsift.report.RunInfo;
import io.claimsift.report.RunReport;
import io.claimsift.schema.Reject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * ClaimSift's entry point: reads raw article files, cleans them, extracts claim mentions,
 * deduplicates them into claims, and writes the datasets with a manifest.
 */
public final class ClaimSiftPipeline {
  /** Exit status for options that fail validation. */
  static final int EXIT_USAGE = 2;
  /** Exit status for a run that failed. */
  static final int EXIT_FAILURE = 1;
  /**
   * Largest accepted --maxSentenceChars: the budget exists because the claim engines' work grows
   * faster than a sentence's length, so a far larger cap would be no budget.
   */
  static final int MAX_SENTENCE_CHARS_LIMIT = 100_000;
  /** Largest accepted --maxHtmlDepth: cleaning work grows with the page's elements times its depth. */
  static final int MAX_HTML_DEPTH_LIMIT = 10_000;

  private ClaimSiftPipeline() {}

  public static void main(String[] args) {
    System.exit(execute(ProductionDefaults.apply(args, Runtime.getRuntime().availableProcessors()),
        System.out, System.err));
  }

  /** Parses, validates and runs; returns the process exit status. */
  static int execute(String[] args, PrintStream out, PrintStream err) {
    if (Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h") || a.startsWith("--help="))) {
      printHelp(out);
      return 0;
    }
    ClaimSiftOptions options;
    RunPlan plan;
    try {
      PipelineOptionsFactory.register(ClaimSiftOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ClaimSiftOptions.class);
      plan = RunPlan.validate(options);
    } catch (IllegalArgumentException e) {
      err.println("claimsift: " + e.getMessage());
      err.println("Run with --help to see the options.");
      return EXIT_USAGE;
    }
    try {
      RunSummary summary = run(options, plan);
      out.print(summary.describe(options.getOutput()));
      return summary.reconciles() ? 0 : EXIT_FAILURE;
    } catch (OutputFolder.BusyException e) {
      err.println("claimsift: " + e.getMessage());
      return EXIT_FAILURE;
    } catch (IOException | RuntimeException e) {
      err.println("claimsift: the run failed and the previous output is unchanged: " + FailureCause.oneLine(e));
      return EXIT_FAILURE;
    }
  }

  static void printHelp(PrintStream out) {
    out.println("ClaimSift " + Version.get() + ": news articles in, deduplicated factual claims out.");
    out.println();
    out.println("Usage: java -jar pipeline/target/claimsift.jar [--input=DIR|FILE|GLOB] [--output=DIR] [options]");
    out.println();
    out.println("Writes the datasets articles, claim_mentions, claims, removed_segments, rejects and claim_changes");
    out.println("(Avro, CSV and Parquet each; see --formats), manifest.json, and report.html (a page to");
    out.println("look at the run) under --output. Beam runner options such as --runner and");
    out.println("--targetParallelism are accepted too. On embedded Flink (--runner=FlinkRunner");
    out.println("--flinkMaster=[local]) Flink's managed memory is 256 MB and --parallelism is the number of");
    out.println("cores unless --flinkConfDir or FLINK_CONF_DIR names a Flink configuration.");
    out.println();
    PipelineOptionsFactory.printHelp(out, ClaimSiftOptions.class);
  }

  /** Runs the pipeline with validated options and replaces the output folder when it succeeds. */
  public static RunSummary run(ClaimSiftOptions options) throws IOException {
    return run(options, RunPlan.validate(options));
  }

  static RunSummary run(ClaimSiftOptions options, RunPlan plan) throws IOException {
    return run(options, plan, ClusterClaims::new);
  }

  /** How the claim mentions of a run become claims; tests put a reference stage in its place. */
  interface Clustering {
    PTransform<PCollection<io.claimsift.schema.ClaimMention>, PCollectionTuple> of(
        PCollection<io.claimsift.schema.Article> articles);
  }

  static RunSummary run(ClaimSiftOptions options, RunPlan plan, Clustering clustering) throws IOException {
    // One run per output at a time; a killed run's lock goes with its process.
    try (OutputFolder.Lock lock = plan.output().lock()) {
      plan.output().recoverInterruptedSwap();
      return runLocked(options, plan, clustering);
    }
  }

  private static RunSummary runLocked(ClaimSiftOptions options, RunPlan plan, Clustering clustering)
      throws IOException {
    Path staging = plan.output().prepareStaging();
    PausePoints.reach(PausePoints.STAGING_READY);
    try {
      Pipeline pipeline = Pipeline.create(options);
      build(pipeline, plan, options, staging.toString(), clustering);
      PipelineResult result = pipeline.run();
      result.waitUntilFinish();
      PausePoints.reach(PausePoints.DATASETS_WRITTEN);
      SortedMap<String, SortedMap<String, Long>> counters = counters(result);
      // A clean run reports its contract check too: Beam lists only counters that were incremented.
      counters.computeIfAbsent(Stage.WRITE, k -> new TreeMap<>()).putIfAbsent(EnforceContract.VIOLATIONS, 0L);
      ShardWriter.fillEmptyShards(staging, options.getOutputShards(), plan.stagedFormats());

      List<InputFileInfo> inputs = InputsFile.read(staging.resolve(InputsFile.NAME));
      Files.deleteIfExists(staging.resolve(InputsFile.NAME));
      Map<String, Object> outputOptions = manifestOptions(options, plan);
      Map<String, Object> release = releaseEntries(plan, outputOptions, inputs);
      // the report reads the datasets just written; the manifest then lists it with its checksum
      RunReport.write(staging, new RunInfo(Version.get(), outputOptions, inputs.size(), counters, plan.formats()));
      if (!plan.formats().contains(OutputFormat.AVRO)) {
        ShardWriter.removeFiles(staging, OutputFormat.AVRO); // staged for the report only
      }
      Map<Dataset, Long> records = Manifest.write(staging, Version.get(), release, outputOptions, inputs, counters);
      RunSummary summary = new RunSummary(inputs.size(), records, counters, (String) release.get("release_id"),
          (String) release.get("previous_release_id"));
      // (the kept previous articles reconcile against the carried inputs in RunSummary)
      plan.output().promote();
      return summary;
    } catch (IOException | RuntimeException e) {
      try {
        plan.output().discardStaging();
      } catch (IOException | RuntimeException alsoFailed) {
        e.addSuppressed(alsoFailed); // the next run removes what is left; the first error is the one to report
      }
      throw e;
    }
  }

  /** Wires the stages; each is one composite transform with a stable name. */
  static void build(Pipeline pipeline, RunPlan plan, ClaimSiftOptions options, String stagingDir,
      Clustering clustering) {
    PCollectionTuple read = pipeline.apply("ReadArticles",
        new ReadArticles(plan.input(), ReadLimits.withMaxDocumentBytes(options.getMaxDocumentBytes())));
    PCollection<DecodedDocument> documents = read.get(ReadArticles.DOCUMENTS);
    CarryOver carry = plan.previous() == null || !plan.previous().carries() ? null
        : new CarryOver(plan.previous().release(), plan.previous().mode());
    PCollectionView<List<String>> carriedIds = null;
    if (carry != null) {
      PCollectionTuple split = carry.split(documents);
      documents = split.get(CarryOver.TO_PROCESS);
      carriedIds = CarryOver.view(split.get(CarryOver.CARRIED_IDS));
    }
    PCollectionTuple cleaned = documents.apply("CleanArticles", new CleanArticles(cleaningLimits(options)));
    PCollection<io.claimsift.schema.Article> articles = cleaned.get(CleanArticles.ARTICLES);
    PCollectionTuple extracted = articles.apply("ExtractClaims",
        new ExtractClaims(options.getMinClaimScore(),
            new CandidateBudget(options.getMaxSentenceChars(), options.getMaxCandidateChars()),
            ClaimLanguages.parse(options.getClaimLanguages())).withOutletPages());
    PCollection<io.claimsift.schema.ClaimMention> mentions = extracted.get(ExtractClaims.MENTIONS);
    // template text is found across the articles of each outlet, before claims are clustered,
    // from the sentences the claim stage split
    PCollectionTuple untemplated = mentions.apply("RemoveSiteTemplates",
        new RemoveSiteTemplates(articles, extracted.get(ExtractClaims.OUTLET_PAGES)));
    articles = untemplated.get(RemoveSiteTemplates.ARTICLES);
    mentions = untemplated.get(RemoveSiteTemplates.MENTIONS);
    PCollection<io.claimsift.schema.RemovedSegment> removed = PCollectionList
        .of(cleaned.get(CleanArticles.REMOVED)).and(untemplated.get(RemoveSiteTemplates.REMOVED))
        .apply("AllCleaningRemovals", Flatten.pCollections());
    if (carry != null) {
      articles = PCollectionList.of(articles).and(carry.articles(pipeline, carriedIds))
          .apply("AllArticles", Flatten.pCollections());
      mentions = PCollectionList.of(mentions).and(carry.mentions(pipeline, carriedIds))
          .apply("AllMentions", Flatten.pCollections());
      removed = PCollectionList.of(removed).and(carry.removed(pipeline, carriedIds))
          .apply("AllRemovedSegments", Flatten.pCollections());
    }
    PCollectionTuple clustered = mentions.apply("ClusterClaims", clustering.of(articles));
    if (plan.previous() != null) {
      clustered = clustered.apply("StableClaimIds", new StableIds(plan.previous().claimOfMention()));
    }
    // first_seen_release: the previous value for what the previous release had, else this release's id
    Continuation previous = plan.previous();
    PCollectionView<String> releaseId = FirstSeen.releaseId(pipeline, plan.releaseId(), Version.get(),
        optionsJson(manifestOptions(options, plan)), previous == null ? null : previous.release().identity(),
        read.get(ReadArticles.INPUTS));
    articles = FirstSeen.articles(articles, previous == null ? Map.of() : previous.release().articleFirstSeen(),
        releaseId);
    PCollection<io.claimsift.schema.Claim> claims = FirstSeen.claims(clustered.get(ClusterClaims.CLAIMS),
        previous == null ? Map.of() : previous.release().claimFirstSeen(), releaseId);
    PCollection<Reject> rejects = PCollectionList.of(read.get(ReadArticles.REJECTS))
        .and(cleaned.get(CleanArticles.REJECTS))
        .apply("CollectRejects", Flatten.pCollections())
        .setCoder(RecordCoder.of(Reject.class));

    PCollectionTuple datasets = PCollectionTuple.of(WriteDatasets.INPUTS, read.get(ReadArticles.INPUTS));
    datasets = WriteDatasets.with(datasets, Dataset.ARTICLES, articles);
    datasets = WriteDatasets.with(datasets, Dataset.CLAIM_MENTIONS, clustered.get(ClusterClaims.MENTIONS));
    datasets = WriteDatasets.with(datasets, Dataset.CLAIMS, claims);
    datasets = WriteDatasets.with(datasets, Dataset.REMOVED_SEGMENTS, removed);
    datasets = WriteDatasets.with(datasets, Dataset.REJECTS, rejects);
    datasets = WriteDatasets.with(datasets, Dataset.CLAIM_CHANGES, clustered.get(ClusterClaims.MENTIONS)
        .apply("TrackClaimChanges", new TrackChanges(
            plan.previous() == null ? Map.of() : plan.previous().claimOfMention())));
    datasets.apply("WriteDatasets", new WriteDatasets(stagingDir, options.getOutputShards(), plan.stagedFormats()));
  }

  static CleaningLimits cleaningLimits(ClaimSiftOptions options) {
    return new CleaningLimits(options.getMaxHtmlDepth(), options.getMaxHtmlElements(),
        options.getMaxTextLines(), options.getMaxReadabilityElements());
  }

  /** The manifest's options: those that change what is written, and the --previous entry. */
  static Map<String, Object> manifestOptions(ClaimSiftOptions options, RunPlan plan) {
    Map<String, Object> map = outputOptions(options);
    if (plan.previous() != null) {
      map.put("previous", plan.previous().describe());
    }
    return map;
  }

  /** The options as JSON, for the derived release id (Jackson keeps the map's order: same options, same text). */
  static String optionsJson(Map<String, Object> manifestOptions) {
    try {
      return new ObjectMapper().writeValueAsString(manifestOptions);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the options cannot be written as JSON", e);
    }
  }

  /**
   * The manifest's release entries: release_id (given, or derived from the same content as
   * {@link FirstSeen#releaseId} derives it in the pipeline) and, when continuing, previous_release_id (null when the previous
   * release was written before releases had ids).
   */
  static Map<String, Object> releaseEntries(RunPlan plan, Map<String, Object> manifestOptions,
      List<InputFileInfo> inputs) {
    Continuation previous = plan.previous();
    String id = plan.releaseId() != null ? plan.releaseId()
        : ReleaseIds.derive(Version.get(), optionsJson(manifestOptions),
            previous == null ? null : previous.release().identity(),
            inputs.stream().map(ReleaseIds::inputKey).toList());
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("release_id", id);
    if (previous != null) {
      map.put("previous_release_id", previous.release().releaseId());
    }
    return map;
  }

  /** The options that change what is written; paths are left out because they are machine-specific. */
  static Map<String, Object> outputOptions(ClaimSiftOptions options) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("max_document_bytes", options.getMaxDocumentBytes());
    map.put("max_html_depth", options.getMaxHtmlDepth());
    map.put("max_html_elements", options.getMaxHtmlElements());
    map.put("max_text_lines", options.getMaxTextLines());
    map.put("max_readability_elements", options.getMaxReadabilityElements());
    map.put("max_sentence_chars", options.getMaxSentenceChars());
    map.put("max_candidate_chars", options.getMaxCandidateChars());
    map.put("min_claim_score", options.getMinClaimScore());
    map.put("claim_languages", String.join(",", ClaimLanguages.parse(options.getClaimLanguages()).codes()));
    map.put("output_shards", options.getOutputShards());
    map.put("formats", OutputFormat.names(OutputFormat.parse(options.getFormats())));
    return map;
  }

  /** Counter values by stage; committed values where the runner has them, attempted otherwise. */
  static SortedMap<String, SortedMap<String, Long>> counters(PipelineResult result) {
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    SortedMap<String, SortedMap<String, Long>> byStage = new TreeMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      Long value;
      try {
        value = counter.getCommitted();
      } catch (UnsupportedOperationException notSupported) {
        value = counter.getAttempted();
      }
      if (value == null || !Stage.ALL.contains(counter.getName().getNamespace())) {
        continue; // Beam's own counters (e.g. CoGroupByKey's) are not part of ClaimSift's audit.
      }
      byStage.computeIfAbsent(counter.getName().getNamespace(), k -> new TreeMap<>())
          .merge(counter.getName().getName(), value, Long::sum);
    }
    return byStage;
  }

  /** Validated locations and formats of a run. */
  record RunPlan(InputLocation input, OutputFolder output, Set<OutputFormat> formats, Continuation previous,
      String releaseId) {
    /** The formats written to staging: the asked ones, and Avro, which the report reads. */
    Set<OutputFormat> stagedFormats() {
      Set<OutputFormat> staged = EnumSet.copyOf(formats);
      staged.add(OutputFormat.AVRO);
      return staged;
    }

    static RunPlan validate(ClaimSiftOptions options) {
      if (options.getMaxDocumentBytes() <= 0) {
        throw new IllegalArgumentException("--maxDocumentBytes must be positive, got " + options.getMaxDocumentBytes());
      }
      requireBetween("--maxSentenceChars", options.getMaxSentenceChars(), 1, MAX_SENTENCE_CHARS_LIMIT);
      if (options.getMaxCandidateChars() <= 0) {
        throw new IllegalArgumentException("--maxCandidateChars must be positive, got " + options.getMaxCandidateChars());
      }
      requireBetween("--maxHtmlDepth", options.getMaxHtmlDepth(), 1, MAX_HTML_DEPTH_LIMIT);
      if (options.getMaxHtmlElements() <= 0) {
        throw new IllegalArgumentException("--maxHtmlElements must be positive, got " + options.getMaxHtmlElements());
      }
      if (options.getMaxTextLines() <= 0) {
        throw new IllegalArgumentException("--maxTextLines must be positive, got " + options.getMaxTextLines());
      }
      if (options.getMaxReadabilityElements() < 0) {
        throw new IllegalArgumentException("--maxReadabilityElements must be 0 (no vote) or more, got "
            + options.getMaxReadabilityElements());
      }
      double score = options.getMinClaimScore();
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("--minClaimScore must be between 0 and 1, got " + score);
      }
      ClaimLanguages.parse(options.getClaimLanguages()); // throws with the option's name
      if (options.getOutputShards() < 1 || options.getOutputShards() > 1024) {
        throw new IllegalArgumentException("--outputShards must be between 1 and 1024, got " + options.getOutputShards());
      }
      Set<OutputFormat> formats;
      try {
        formats = OutputFormat.parse(options.getFormats());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--formats " + e.getMessage());
      }
      String releaseId = options.getReleaseId() == null || options.getReleaseId().isEmpty() ? null
          : options.getReleaseId();
      if (releaseId != null && !ReleaseIds.isValid(releaseId)) {
        throw new IllegalArgumentException("--releaseId must be 1 to 64 characters from A-Z, a-z, 0-9, '.', '_' "
            + "and '-', got '" + releaseId + "'");
      }
      if (options.getOutput() == null || options.getOutput().isBlank()) {
        throw new IllegalArgumentException("--output is empty: name a folder");
      }
      InputLocation input = InputLocation.resolve(options.getInput());
      OutputFolder output = OutputFolder.validate(Paths.get(options.getOutput()));
      if (output.target().startsWith(input.root())) {
        throw new IllegalArgumentException("--output must not be inside the input folder: the next run would read it");
      }
      if (input.root().startsWith(output.target())) {
        throw new IllegalArgumentException("--input must not be inside --output: a run replaces --output");
      }
      Continuation previous = null;
      if (!options.getPrevious().isBlank()) {
        PreviousMode mode = PreviousMode.parse(options.getPreviousMode());
        try {
          previous = Continuation.of(PreviousRelease.read(Paths.get(options.getPrevious())), mode, Version.get());
        } catch (java.io.UncheckedIOException e) {
          throw new IllegalArgumentException("--previous cannot be read: " + FailureCause.oneLine(e));
        }
      }
      if (releaseId != null && previous != null && releaseId.equals(previous.release().releaseId())) {
        throw new IllegalArgumentException("--releaseId " + releaseId + " is the id of the --previous release: "
            + "a new release needs a new id");
      }
      return new RunPlan(input, output, formats, previous, releaseId);
    }

    private static void requireBetween(String option, int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", got " + value);
      }
    }
  }
}
