package io.claimsift.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads schema.org JSON-LD blocks of a page; malformed blocks are skipped. Thread-safe. */
final class JsonLd {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLd() {}

  /** The longest {@code articleBody} of the page's JSON-LD, or null. */
  static String articleBody(Document doc) {
    String best = null;
    for (JsonNode node : nodes(doc)) {
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
  static java.util.List<String> authors(Document doc) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (JsonNode node : nodes(doc)) {
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

  /** Every parseable JSON-LD block of the page. */
  static java.util.List<JsonNode> nodes(Document doc) {
    java.util.List<JsonNode> out = new java.util.ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
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
