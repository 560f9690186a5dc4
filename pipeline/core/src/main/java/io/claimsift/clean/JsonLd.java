package io.claimsift.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/** Reads schema.org JSON-LD blocks of a page; malformed blocks are skipped. Thread-safe. */
final class JsonLd {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The page's JSON-LD blocks (asked of a {@link PageMeta}). */
  static final Evaluator SCRIPTS = PageMeta.evaluator("script[type=application/ld+json]");

  private JsonLd() {}

  /** The longest {@code articleBody} of the page's JSON-LD blocks ({@link #nodes}), or null. */
  static String articleBody(java.util.List<JsonNode> nodes) {
    String best = null;
    for (JsonNode node : nodes) {
      for (JsonNode body : node.findValues("articleBody")) {
        String text = body.asText("");
        if (!text.isBlank() && (best == null || text.length() > best.length())) {
          best = text;
        }
      }
    }
    return best;
  }

  /** Author names of the page's JSON-LD ({@code author} as text, object or list), in order. */
  static java.util.List<String> authors(java.util.List<JsonNode> nodes) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (JsonNode node : nodes) {
      for (JsonNode author : node.findValues("author")) {
        if (author.isArray()) {
          author.forEach(a -> addName(a, out));
        } else {
          addName(author, out);
        }
      }
    }
    return out;
  }

  private static void addName(JsonNode author, java.util.List<String> out) {
    String name = author.isTextual() ? author.asText() : author.path("name").asText("");
    name = name.trim();
    if (!name.isEmpty() && !name.startsWith("http") && !out.contains(name)) {
      out.add(name);
    }
  }

  /** Every parseable block of the page's JSON-LD {@code scripts}, in their order. */
  static java.util.List<JsonNode> nodes(java.util.List<Element> scripts) {
    java.util.List<JsonNode> out = new java.util.ArrayList<>();
    for (Element script : scripts) {
      try {
        JsonNode node = MAPPER.readTree(script.data());
        if (node != null) {
          out.add(node);
        }
      } catch (IOException e) {
        // Broken JSON-LD is common on real pages; it simply gives no signal.
      }
    }
    return out;
  }
}
