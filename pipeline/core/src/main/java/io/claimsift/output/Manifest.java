package io.claimsift.output;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.read.Hashing;
import io.claimsift.read.InputFileInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Builds manifest.json: version, release id, output-affecting options, input files, datasets with their
 * files, record counts and schema fingerprints, the report page's checksum, and the run's counters. Keys keep a fixed order
 * and nothing depends on the clock or the machine, so equal runs give equal bytes.
 */
public final class Manifest {
  private Manifest() {}

  /** Writes the manifest for the datasets staged under {@code outputDir}; returns each dataset's record count. */
  public static Map<Dataset, Long> write(
      Path outputDir,
      String pipelineVersion,
      Map<String, Object> options,
      List<InputFileInfo> inputs,
      SortedMap<String, SortedMap<String, Long>> counters)
      throws IOException {
    return write(outputDir, pipelineVersion, Map.of(), options, inputs, counters);
  }

  /**
   * Writes the manifest, with {@code release} (release_id, and previous_release_id when the
   * release continues another) right after the pipeline version.
   */
  public static Map<Dataset, Long> write(
      Path outputDir,
      String pipelineVersion,
      Map<String, Object> release,
      Map<String, Object> options,
      List<InputFileInfo> inputs,
      SortedMap<String, SortedMap<String, Long>> counters)
      throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("pipeline_version", pipelineVersion);
    root.putAll(release);
    root.put("options", options);
    root.put("inputs", inputsJson(inputs));
    Map<String, Object> datasets = new LinkedHashMap<>();
    Map<Dataset, Long> records = new EnumMap<>(Dataset.class);
    for (Dataset dataset : Dataset.values()) {
      Map<String, Object> json = datasetJson(outputDir, dataset);
      datasets.put(dataset.folder(), json);
      records.put(dataset, (Long) json.get("records"));
    }
    root.put("datasets", datasets);
    Map<String, Object> report = reportJson(outputDir);
    if (report != null) {
      root.put("report", report);
    }
    root.put("counters", counters);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    byte[] json = new ObjectMapper().writer(printer).writeValueAsBytes(root);
    Files.write(outputDir.resolve(OutputFolder.MANIFEST), appendNewline(json));
    return records;
  }

  private static List<Object> inputsJson(List<InputFileInfo> inputs) {
    List<Object> list = new ArrayList<>();
    inputs.stream().sorted(Comparator.comparing(InputFileInfo::sourceUri)).forEach(f -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("source_uri", f.sourceUri());
      entry.put("sha256", f.sha256());
      entry.put("bytes", f.bytes());
      list.add(entry);
    });
    return list;
  }

  private static Map<String, Object> datasetJson(Path outputDir, Dataset dataset) throws IOException {
    Path folder = outputDir.resolve(dataset.folder());
    List<Object> files = new ArrayList<>();
    long records = 0;
    List<Path> paths;
    try (Stream<Path> listing = Files.list(folder)) {
      paths = listing.sorted().toList();
    }
    OutputFormat counted = countedFormat(paths);
    for (Path file : paths) {
      byte[] bytes = Files.readAllBytes(file);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("path", dataset.folder() + "/" + file.getFileName());
      entry.put("sha256", Hashing.sha256Hex(bytes));
      entry.put("bytes", (long) bytes.length);
      files.add(entry);
      if (counted != null && file.getFileName().toString().endsWith("." + counted.extension())) {
        records += DatasetCounts.count(counted, file);
      }
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("records", records);
    json.put("schema", "schemas/" + dataset.recordClass().getSimpleName() + ".avsc");
    json.put("schema_fingerprint", dataset.schemaFingerprint());
    json.put("files", files);
    return json;
  }

  /**
   * The format whose files give the record count: Avro (block headers), else Parquet (footers),
   * else CSV (parsed); every format holds the same records, so any one of them will do.
   */
  private static OutputFormat countedFormat(List<Path> files) {
    for (OutputFormat format : List.of(OutputFormat.AVRO, OutputFormat.PARQUET, OutputFormat.CSV)) {
      if (files.stream().anyMatch(f -> f.getFileName().toString().endsWith("." + format.extension()))) {
        return format;
      }
    }
    return null;
  }

  /** The report page's path, checksum and size; null when the run wrote none. */
  private static Map<String, Object> reportJson(Path outputDir) throws IOException {
    Path file = outputDir.resolve(OutputFolder.REPORT);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    byte[] bytes = Files.readAllBytes(file);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("path", OutputFolder.REPORT);
    json.put("sha256", Hashing.sha256Hex(bytes));
    json.put("bytes", (long) bytes.length);
    return json;
  }

  private static byte[] appendNewline(byte[] json) {
    byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
    withNewline[json.length] = '\n';
    return withNewline;
  }
}
