package io.claimsift.eval;

import io.claimsift.outlets.Outlets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;

/** Reads the Avro records of a pipeline output folder, for the evaluations of a run's output. */
public final class OutputRecords {
  private OutputRecords() {}

  /** Every record of the Avro files of one dataset folder, in file-name order. */
  public static void read(Path folder, Consumer<GenericRecord> each) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".avro")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no Avro files in " + folder + " (run with --formats including avro)");
    }
    for (Path file : files) {
      try (DataFileReader<GenericRecord> reader =
          new DataFileReader<>(file.toFile(), new GenericDatumReader<>())) {
        reader.forEach(each);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  /** A field as text; null when the value is null or the record's schema (an older release) has no such field. */
  public static String field(GenericRecord record, String name) {
    if (record.getSchema().getField(name) == null) {
      return null;
    }
    Object value = record.get(name);
    return value == null ? null : value.toString();
  }

  /** The article's outlet field, or for an output written before it, the current rule's outlet. */
  public static String outletOf(GenericRecord article, String articleId) {
    String outlet = field(article, "outlet");
    return outlet != null ? outlet
        : Outlets.of(field(article, "canonical_url"), field(article, "url"), field(article, "site_name"), articleId);
  }
}
