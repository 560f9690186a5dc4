package io.claimsift.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes N synthetic articles of one format into a folder (1,000 per subfolder), or reuses the
 * folder when an earlier call wrote the same corpus (the FOLDER.synthesis file beside it says so).
 */
final class SyntheticCorpus {
  static final String MARKER_SUFFIX = ".synthesis";
  private static final int PER_FOLDER = 1000;
  static final int MAX_ATTEMPTS = 4;

  private SyntheticCorpus() {}

  /** Makes sure {@code target} holds the corpus; returns true when it had to be written. */
  static boolean ensure(Path sourceData, InputFormat format, int articles, Path target) throws IOException {
    List<SourcePage> pages = load(sourceData.resolve(format.folder()), format);
    String description = "format=" + format.label() + " articles=" + articles + " sources=" + pages.size()
        + " swap=" + ArticleSynthesizer.SWAP_RATE + " rewrite=" + ArticleSynthesizer.REWRITE_RATE + "\n";
    // Beside the folder, not in it: the pipeline reads every file in the folder.
    Path marker = target.resolveSibling(target.getFileName() + MARKER_SUFFIX);
    if (Files.exists(marker) && Files.readString(marker).equals(description)) {
      return false;
    }
    Files.deleteIfExists(marker);
    deleteTree(target);
    Files.createDirectories(target);
    ArticleSynthesizer synthesizer = new ArticleSynthesizer(pages);
    int[] chosen = uniqueVariants(synthesizer, articles);
    IntStream.range(0, articles).parallel()
        .forEach(i -> write(variant(synthesizer, i, chosen[i]), format, i, target));
    Files.writeString(marker, description);
    return true;
  }

  /**
   * The variant of each article: the first that no article of a smaller index has. Identical
   * bytes would become duplicate_content rejects, not articles. Decided in index order, never by
   * which thread comes first, so that every call writes the same corpus.
   */
  static int[] uniqueVariants(ArticleSynthesizer synthesizer, int articles) {
    String[] firstHash = new String[articles];
    IntStream.range(0, articles).parallel().forEach(i -> firstHash[i] = sha256(variant(synthesizer, i, 0)));
    int[] chosen = new int[articles];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < articles; i++) {
      int attempt = 0;
      for (String hash = firstHash[i]; !seen.add(hash); ) {
        attempt++;
        hash = sha256(variant(synthesizer, i, attempt));
      }
      chosen[i] = attempt;
    }
    return chosen;
  }

  /** The attempt-th variant of the index-th article; past the synthesizer's variants, padded with paragraphs. */
  static String variant(ArticleSynthesizer synthesizer, int index, int attempt) {
    return attempt < MAX_ATTEMPTS
        ? synthesizer.article(index, attempt)
        : variant(synthesizer, index, attempt - 1) + "\n\n" + synthesizer.extraParagraph(index + attempt) + "\n";
  }

  private static void write(String article, InputFormat format, int index, Path target) {
    Path file = target.resolve(String.format("part-%03d", index / PER_FOLDER))
        .resolve(String.format("article-%06d%s", index, format.extension()));
    byte[] bytes = article.getBytes(StandardCharsets.ISO_8859_1);
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = format.gzipped()
          ? new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)
          : Files.newOutputStream(file)) {
        out.write(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The source pages of one format, sorted by file name so the corpus is reproducible. */
  static List<SourcePage> load(Path folder, InputFormat format) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no " + format.folder() + "/ folder of source pages in " + folder.getParent());
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    List<SourcePage> pages = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes;
      try (InputStream in = file.toString().endsWith(".gz")
          ? new GZIPInputStream(Files.newInputStream(file))
          : Files.newInputStream(file)) {
        bytes = in.readAllBytes();
      }
      String content = new String(bytes, StandardCharsets.ISO_8859_1);
      pages.add(format == InputFormat.HTML ? SourcePage.html(content) : SourcePage.text(content));
    }
    return pages;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.ISO_8859_1)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
