package io.claimsift.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages of an extraction DEV folder ({@code ids.txt}, {@code ground-truth.json}, {@code
 * text/ID.txt}, {@code html/ID.html.gz}), in {@code ids.txt}'s order: the one reading of the
 * folder layout that the evaluation and the training commands share.
 */
final class DevPages {

  private DevPages() {}

  /**
   * One page: its folder's source name (the folder's own name), its id, its truth and its URL
   * (empty when the truth has none); its inputs are read when asked, so that a list of pages
   * holds no page in memory.
   */
  record Page(Path dir, String source, String id, String truth, String url) {

    /** The page's text dump. */
    String text() throws IOException {
      return Files.readString(dir.resolve("text").resolve(id + ".txt"), StandardCharsets.UTF_8);
    }

    /** The page's HTML, inflated. */
    String html() throws IOException {
      return ExtractionEval.gunzip(dir.resolve("html").resolve(id + ".html.gz"));
    }

    /** The page's site, the group of the cross-validation ({@link TrainBodyRegion#site}). */
    String site() {
      return TrainBodyRegion.site(source, id, url);
    }
  }

  /** The pages of {@code dir}; blank lines of {@code ids.txt} are skipped. */
  static List<Page> of(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    String source = dir.getFileName().toString();
    List<Page> pages = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("ids.txt"), StandardCharsets.UTF_8)) {
      String id = line.trim();
      if (!id.isEmpty()) {
        JsonNode entry = truth.path(id);
        pages.add(new Page(dir, source, id, entry.path("articleBody").asText(""),
            entry.path("url").asText("")));
      }
    }
    return pages;
  }
}
