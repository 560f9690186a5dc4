package io.claimsift.report;

import io.claimsift.output.Dataset;
import io.claimsift.output.FastReaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.specific.SpecificRecord;

/** Reads a dataset back from a run's folder, one record at a time, as any Avro user would. */
final class DatasetFiles {
  private DatasetFiles() {}

  /** The dataset's files with the extension, by name; paths relative to the run's folder. */
  static List<String> names(Path outputDir, Dataset dataset, String extension) throws IOException {
    Path folder = outputDir.resolve(dataset.folder());
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(extension))
          .sorted()
          .map(name -> dataset.folder() + "/" + name)
          .toList();
    }
  }

  /** Streams every record of the dataset, file by file, to {@code sink}. */
  static <T extends SpecificRecord> void forEach(Path outputDir, Dataset dataset, Class<T> type, Consumer<? super T> sink)
      throws IOException {
    for (String name : names(outputDir, dataset, ".avro")) {
      try (InputStream in = Files.newInputStream(outputDir.resolve(name));
          DataFileStream<T> records = new DataFileStream<>(in, FastReaders.of(type))) {
        while (records.hasNext()) {
          sink.accept(records.next());
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
