package io.claimsift.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimsift.claims.attribution.Attribution;
import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The facts of any text, as JSON lines: reads {@code {"id": ..., "text": ..., "date": ...}} per
 * line and writes, per line and in the same order, {@code {"id", "quantities", "dates",
 * "attribution", "attribution_start", "attribution_end"}} with the field names of
 * {@code claim_mentions} (see docs/facts.md).
 *
 * <p>The text is split into sentences; each sentence within the claim-candidate budget ({@link
 * CandidateBudget#standard()}) goes through the same {@link ClaimExtractor} as the pipeline, so
 * offsets index into {@code text}. The optional {@code date} (ISO day) resolves relative dates
 * ("last week"); without it they are skipped, as for an article with no date. A line that is not a
 * JSON object with a string {@code text} gives {@code {"id", "line", "error"}} instead: no input
 * line stops the others. Thread-safe; reads no file but its input.
 */
public final class SentenceFactsJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ClaimExtractor extractor;
  private final SentenceSplitter splitter;
  private final CandidateBudget budget;

  private SentenceFactsJson(ClaimExtractor extractor, SentenceSplitter splitter, CandidateBudget budget) {
    this.extractor = extractor;
    this.splitter = splitter;
    this.budget = budget;
  }

  /** The English extractors, the standard budget. */
  public static SentenceFactsJson english() {
    return new SentenceFactsJson(ClaimExtractor.english(), SentenceSplitter.english(), CandidateBudget.standard());
  }

  /** Reads every line of {@code in} and writes one output line per input line; returns the number of error lines. */
  public long process(BufferedReader in, Writer out) throws IOException {
    long errors = 0;
    long number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      ObjectNode result = line(line, number);
      errors += result.has("error") ? 1 : 0;
      out.write(JSON.writeValueAsString(result));
      out.write('\n');
    }
    return errors;
  }

  /** The output object for one input line ({@code number} counts from 1). */
  public ObjectNode line(String line, long number) {
    if (line.isBlank()) {
      return error(null, number, "empty line");
    }
    JsonNode input;
    try {
      input = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return error(null, number, "invalid JSON: " + firstLine(e.getOriginalMessage()));
    }
    if (input == null || !input.isObject()) {
      return error(null, number, "not a JSON object");
    }
    JsonNode id = input.get("id");
    JsonNode text = input.get("text");
    if (text == null || !text.isTextual()) {
      return error(id, number, "missing text (a string)");
    }
    LocalDate date = null;
    JsonNode dateField = input.get("date");
    if (dateField != null && !dateField.isNull()) {
      try {
        date = LocalDate.parse(dateField.asText());
      } catch (DateTimeParseException e) {
        return error(id, number, "date is not an ISO day (YYYY-MM-DD): " + dateField.asText());
      }
    }
    try {
      return facts(id, text.asText(), date);
    } catch (RuntimeException | StackOverflowError bug) {
      return error(id, number, "extraction failed: " + bug.getClass().getSimpleName());
    }
  }

  private ObjectNode facts(JsonNode id, String text, LocalDate date) {
    List<Sentence> sentences = splitter.split(text);
    CandidateBudget.Verdict[] verdicts = budget.judge(sentences);
    ArrayNode quantities = NODES.arrayNode();
    ArrayNode dates = NODES.arrayNode();
    Attribution claimer = null;
    int skipped = 0;
    for (int i = 0; i < sentences.size(); i++) {
      if (verdicts[i] != CandidateBudget.Verdict.CANDIDATE) {
        skipped++;
        continue;
      }
      ClaimFacts facts = extractor.analyze(text, sentences, i, date);
      facts.quantities().forEach(q -> quantities.add(quantity(q)));
      facts.dates().forEach(d -> dates.add(date(d)));
      if (claimer == null) {
        claimer = facts.claimer();
      }
    }
    ObjectNode out = NODES.objectNode();
    out.set("id", id == null ? NODES.nullNode() : id);
    out.set("quantities", quantities);
    out.set("dates", dates);
    out.put("attribution", claimer == null ? null : claimer.text());
    out.put("attribution_start", claimer == null ? null : claimer.start());
    out.put("attribution_end", claimer == null ? null : claimer.end());
    if (skipped > 0) {
      out.put("skipped_sentences", skipped);
    }
    return out;
  }

  private static ObjectNode quantity(QuantityMention q) {
    ObjectNode o = NODES.objectNode();
    o.put("text", q.text());
    o.put("start", q.start());
    o.put("end", q.end());
    o.put("kind", q.kind().code());
    putNumber(o, "value", q.value());
    o.put("unit", q.unit());
    o.put("currency", q.currency());
    putNumber(o, "normalized_value", q.normalizedValue());
    putNumber(o, "low", q.low());
    putNumber(o, "high", q.high());
    o.put("bound", q.bound());
    o.put("change", q.change());
    return o;
  }

  private static ObjectNode date(DateMention d) {
    ObjectNode o = NODES.objectNode();
    o.put("text", d.text());
    o.put("start_offset", d.start());
    o.put("end_offset", d.end());
    o.put("start", d.first() == null ? null : d.first().toString());
    o.put("end", d.last() == null ? null : d.last().toString());
    o.put("granularity", d.granularity().code());
    return o;
  }

  /** JSON has no NaN or infinity: such a number is written null. */
  private static void putNumber(ObjectNode o, String key, Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      o.putNull(key);
    } else {
      o.put(key, value.doubleValue());
    }
  }

  private static ObjectNode error(JsonNode id, long number, String message) {
    ObjectNode o = NODES.objectNode();
    o.set("id", id == null ? NODES.nullNode() : id);
    o.put("line", number);
    o.put("error", message);
    return o;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
