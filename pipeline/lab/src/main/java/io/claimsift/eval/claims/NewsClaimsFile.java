package io.claimsift.eval.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.sentences.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a NewsClaims JSONL file (one sentence per line, in document order) into documents whose
 * text is the sentences joined by single spaces, so sentence offsets are known.
 */
final class NewsClaimsFile {

  /** A labelled sentence of a document; {@code claimer} is null when the gold has none. */
  record Item(Sentence sentence, boolean claim, String claimer, boolean claimerInSentence) {}

  /** A document: its text and its sentences in order. */
  record Document(String id, String text, List<Item> items) {}

  private NewsClaimsFile() {}

  static List<Document> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<JsonNode>> byDoc = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode row = json.readTree(line);
        byDoc.computeIfAbsent(row.get("doc_id").asText(), k -> new ArrayList<>()).add(row);
      }
    }
    List<Document> documents = new ArrayList<>();
    byDoc.forEach((id, rows) -> documents.add(document(id, rows)));
    return documents;
  }

  private static Document document(String id, List<JsonNode> rows) {
    StringBuilder text = new StringBuilder();
    List<Item> items = new ArrayList<>();
    for (JsonNode row : rows) {
      if (text.length() > 0) {
        text.append(' ');
      }
      String sentence = row.get("sentence").asText();
      Sentence s = new Sentence(text.length(), text.length() + sentence.length(), sentence);
      text.append(sentence);
      JsonNode claim = row.path("claim");
      boolean hasClaimer = claim.path("has_claimer").asBoolean(false);
      String claimer = hasClaimer && !claim.path("claimer").asText("").isBlank() ? claim.get("claimer").asText() : null;
      items.add(new Item(s, row.path("label").asInt() == 1, claimer, claim.path("claimer_in_sentence").asBoolean(false)));
    }
    return new Document(id, text.toString(), items);
  }
}
