package io.claimsift.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** Counts the records of a dataset file, from what the file itself states. */
public final class DatasetCounts {
  private DatasetCounts() {}

  /** Counts the records of one file of the format. */
  static long count(OutputFormat format, Path file) throws IOException {
    switch (format) {
      case AVRO:
        return countAvroRecords(file);
      case PARQUET:
        return ParquetFooter.rowCount(file);
      case CSV:
        return countCsvRecords(file);
      default:
        throw new AssertionError(format);
    }
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

  /** Counts the CSV records after the header (a quoted cell may span lines). */
  static long countCsvRecords(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader,
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      long count = 0;
      for (var ignored : parser) {
        count++;
      }
      return count;
    }
  }
}
