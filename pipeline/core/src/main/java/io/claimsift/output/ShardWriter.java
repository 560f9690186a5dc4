package io.claimsift.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;

/** Writes one shard of a dataset: one file per format (Avro, CSV, Parquet), the same records in the same order. */
public final class ShardWriter {
  private ShardWriter() {}

  /** The records sorted by the dataset's total order. */
  public static List<SpecificRecord> sorted(Dataset dataset, Iterable<? extends SpecificRecord> records) {
    List<SpecificRecord> list = new ArrayList<>();
    records.forEach(list::add);
    list.sort(Comparator.comparing(dataset::sortKey));
    return list;
  }

  /** Writes the shard's file of one format; the stream is not closed. */
  public static void write(Dataset dataset, Iterable<? extends SpecificRecord> sortedRecords, OutputFormat format,
      OutputStream out) throws IOException {
    format.write(dataset, sortedRecords, out);
  }

  /**
   * Writes the shard's file of one format from a finished {@link SpillingSort}: the same bytes as
   * from the sorted list (Avro's sync marker comes from the sort keys, and its records are the
   * sort's encodings, without decoding or encoding the records).
   */
  public static void write(Dataset dataset, SpillingSort sorted, OutputFormat format, OutputStream out)
      throws IOException {
    if (format == OutputFormat.AVRO) {
      AvroDatasetWriter.writeEncoded(dataset, sorted.encoded(),
          AvroDatasetWriter.syncMarkerOfKeys(dataset, sorted.keys()), out);
    } else {
      format.write(dataset, sorted.records(), out);
    }
  }

  /** The shard's shard number for a record: a stable hash of its sort key. */
  public static int shardOf(Dataset dataset, SpecificRecord record, int shards) {
    return Math.floorMod(dataset.sortKey(record).hashCode(), shards);
  }

  /**
   * Writes empty files (Avro header, CSV header, Parquet schema and footer) for every shard and
   * format that no record reached, so that every run has the same file names whatever the data.
   */
  public static void fillEmptyShards(Path outputDir, int shards, Set<OutputFormat> formats) throws IOException {
    for (Dataset dataset : Dataset.values()) {
      Path folder = Files.createDirectories(outputDir.resolve(dataset.folder()));
      for (int shard = 0; shard < shards; shard++) {
        for (OutputFormat format : formats) {
          Path file = folder.resolve(dataset.fileName(shard, shards, format.extension()));
          if (!Files.exists(file)) {
            try (OutputStream out = Files.newOutputStream(file)) {
              write(dataset, List.of(), format, out);
            }
          }
        }
      }
    }
  }

  /** Deletes every dataset's files of the format (one that was staged but not asked for). */
  public static void removeFiles(Path outputDir, OutputFormat format) throws IOException {
    for (Dataset dataset : Dataset.values()) {
      Path folder = outputDir.resolve(dataset.folder());
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.getFileName().toString().endsWith("." + format.extension())).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
