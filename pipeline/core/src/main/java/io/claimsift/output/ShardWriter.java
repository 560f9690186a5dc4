package io.claimsift.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** Writes one shard of a dataset, as an Avro file and a CSV file of the same records in the same order. */
public final class ShardWriter {
  private ShardWriter() {}

  /** The records sorted by the dataset's total order. */
  public static List<SpecificRecord> sorted(Dataset dataset, Iterable<? extends SpecificRecord> records) {
    List<SpecificRecord> list = new ArrayList<>();
    records.forEach(list::add);
    list.sort(Comparator.comparing(dataset::sortKey));
    return list;
  }

  /** Writes the shard's two files; the streams are not closed. */
  public static void write(Dataset dataset, List<SpecificRecord> sortedRecords, OutputStream avro, OutputStream csv)
      throws IOException {
    AvroDatasetWriter.write(dataset, sortedRecords, avro);
    CsvDatasetWriter.write(dataset, sortedRecords, csv);
  }

  /** The shard's shard number for a record: a stable hash of its sort key. */
  public static int shardOf(Dataset dataset, SpecificRecord record, int shards) {
    return Math.floorMod(dataset.sortKey(record).hashCode(), shards);
  }

  /**
   * Writes empty files (Avro header, CSV header) for every shard that no record reached, so that
   * every run has the same file names whatever the data.
   */
  public static void fillEmptyShards(Path outputDir, int shards) throws IOException {
    for (Dataset dataset : Dataset.values()) {
      Path folder = Files.createDirectories(outputDir.resolve(dataset.folder()));
      for (int shard = 0; shard < shards; shard++) {
        Path avro = folder.resolve(dataset.fileName(shard, shards, "avro"));
        Path csv = folder.resolve(dataset.fileName(shard, shards, "csv"));
        if (Files.exists(avro) && Files.exists(csv)) {
          continue;
        }
        try (OutputStream a = Files.newOutputStream(avro); OutputStream c = Files.newOutputStream(csv)) {
          write(dataset, List.of(), a, c);
        }
      }
    }
  }
}
