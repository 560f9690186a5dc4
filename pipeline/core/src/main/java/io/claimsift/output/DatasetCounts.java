package io.claimsift.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;

/** Counts the records of an Avro file from its block headers. */
public final class DatasetCounts {
  private DatasetCounts() {}

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
