package io.claimsift.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.read.Hashing;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.RemovedSegment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/**
 * The rows of an earlier ClaimSift output folder that a continuing release carries over: its
 * articles, claim mentions (with their claim ids) and removed segments, read from its Avro files;
 * and what the new release's ids and first_seen_release values come from.
 *
 * @param releaseId its manifest's release_id; null when it was written before releases had ids
 * @param manifestSha256 SHA-256 of its manifest.json, which stands for a missing release id
 * @param claimFirstSeen first_seen_release (null when it has none) of each of its claim ids
 */
public record PreviousRelease(List<Article> articles, List<ClaimMention> mentions, List<RemovedSegment> removed,
    String releaseId, String manifestSha256, Map<String, String> claimFirstSeen) {

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
    byte[] manifest = readManifest(folder);
    Map<String, String> claimFirstSeen = new TreeMap<>(); // TreeMap: a value may be null
    for (Claim c : records(folder, Dataset.CLAIMS, Claim.class)) {
      claimFirstSeen.put(c.getClaimId(), c.getFirstSeenRelease());
    }
    return new PreviousRelease(articles, records(folder, Dataset.CLAIM_MENTIONS, ClaimMention.class),
        records(folder, Dataset.REMOVED_SEGMENTS, RemovedSegment.class), releaseId(manifest, folder),
        Hashing.sha256Hex(manifest), claimFirstSeen);
  }

  /**
   * What names this release in the next one's derived id: its release_id, or for a release written
   * before releases had ids, "manifest-" and its manifest's SHA-256.
   */
  public String identity() {
    return releaseId != null ? releaseId : "manifest-" + manifestSha256;
  }

  /** first_seen_release (null when it has none) of each previous article, by article_id. */
  public Map<String, String> articleFirstSeen() {
    Map<String, String> map = new TreeMap<>();
    articles.forEach(a -> map.put(a.getArticleId(), a.getFirstSeenRelease()));
    return map;
  }

  private static byte[] readManifest(Path folder) {
    try {
      return Files.readAllBytes(folder.resolve(OutputFolder.MANIFEST));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + OutputFolder.MANIFEST, e);
    }
  }

  private static String releaseId(byte[] manifest, Path folder) {
    JsonNode id;
    try {
      id = new ObjectMapper().readTree(manifest).get("release_id");
    } catch (IOException e) {
      throw new IllegalArgumentException("--previous " + folder + " has a " + OutputFolder.MANIFEST
          + " that is not JSON: " + e.getMessage());
    }
    return id == null || id.isNull() ? null : id.asText();
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
