package io.claimsift.beam;

import io.claimsift.output.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a run's output back with the Avro reader and a CSV parser, as a user would. */
final class OutputFiles {
  private OutputFiles() {}

  static <T extends SpecificRecord> List<T> avro(Path output, Dataset dataset, Class<T> type) throws IOException {
    List<T> records = new ArrayList<>();
    for (Path file : files(output, dataset, ".avro")) {
      try (InputStream in = Files.newInputStream(file);
          DataFileStream<T> stream = new DataFileStream<>(in, new SpecificDatumReader<>(type))) {
        stream.forEach(records::add);
      }
    }
    return records;
  }

  static List<CSVRecord> csv(Path output, Dataset dataset) throws IOException {
    List<CSVRecord> rows = new ArrayList<>();
    for (Path file : files(output, dataset, ".csv")) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(reader,
              CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
        rows.addAll(parser.getRecords());
      }
    }
    return rows;
  }

  static List<Path> files(Path output, Dataset dataset, String extension) throws IOException {
    try (Stream<Path> list = Files.list(output.resolve(dataset.folder()))) {
      return list.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  /** Every file under the folder, relative, sorted. */
  static List<String> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }
}
