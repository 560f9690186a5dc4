package io.claimsift.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;

/** Counts the records a dataset folder holds, from its Avro files. */
public final class DatasetCounts {
  private DatasetCounts() {}

  /** The number of records in all Avro shards of a dataset under {@code outputDir}. */
  public static long records(Path outputDir, Dataset dataset) throws IOException {
    Path folder = outputDir.resolve(dataset.folder());
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    List<Path> avroFiles;
    try (Stream<Path> files = Files.list(folder)) {
      avroFiles = files.filter(f -> f.getFileName().toString().endsWith(".avro")).sorted().toList();
    }
    long total = 0;
    for (Path file : avroFiles) {
      total += countAvroRecords(file);
    }
    return total;
  }

  /** Counts records from the Avro block headers, without decoding them. */
  static long countAvroRecords(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        DataFileStream<GenericRecord> stream = new DataFileStream<>(in, new GenericDatumReader<>())) {
      long count = 0;
      while (stream.hasNext()) {
        count += stream.getBlockCount();
        stream.nextBlock();
      }
      return count;
    }
  }
}
