package io.claimsift.output;

import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.RemovedSegment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/**
 * The rows of an earlier ClaimSift output folder that a continuing release carries over: its
 * articles, claim mentions (with their claim ids) and removed segments, read from its Avro files.
 */
public record PreviousRelease(List<Article> articles, List<ClaimMention> mentions, List<RemovedSegment> removed) {

  /** Reads the Avro shards of {@code folder}; fails when it is not a ClaimSift output with Avro files. */
  public static PreviousRelease read(Path folder) {
    if (!Files.isRegularFile(folder.resolve(OutputFolder.MANIFEST))) {
      throw new IllegalArgumentException("--previous " + folder + " is not a ClaimSift output folder (no "
          + OutputFolder.MANIFEST + ")");
    }
    List<Article> articles = records(folder, Dataset.ARTICLES, Article.class);
    if (articles.isEmpty() && !hasAvro(folder, Dataset.ARTICLES)) {
      throw new IllegalArgumentException("--previous " + folder + " has no Avro articles; it must have been "
          + "written with avro among its --formats");
    }
    return new PreviousRelease(articles, records(folder, Dataset.CLAIM_MENTIONS, ClaimMention.class),
        records(folder, Dataset.REMOVED_SEGMENTS, RemovedSegment.class));
  }

  /** True when every previous article was made by {@code version}, so its rows may be reused as they are. */
  public boolean madeBy(String version) {
    return articles.stream().allMatch(a -> version.equals(a.getPipelineVersion()));
  }

  /** The distinct pipeline versions of the previous articles, for the manifest. */
  public List<String> versions() {
    return articles.stream().map(Article::getPipelineVersion).distinct().sorted().toList();
  }

  private static boolean hasAvro(Path folder, Dataset dataset) {
    return !avroFiles(folder, dataset).isEmpty();
  }

  private static List<Path> avroFiles(Path folder, Dataset dataset) {
    Path dir = folder.resolve(dataset.folder());
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".avro")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T extends SpecificRecord> List<T> records(Path folder, Dataset dataset, Class<T> type) {
    List<T> rows = new ArrayList<>();
    for (Path file : avroFiles(folder, dataset)) {
      // read with the current schema: older files resolve through the fields' defaults
      try (DataFileReader<T> reader = new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(type))) {
        reader.forEach(rows::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return rows;
  }
}
