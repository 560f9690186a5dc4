package io.claimsift.claims;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.Test;

public class SentenceFactsJsonTest {

  private final SentenceFactsJson facts = SentenceFactsJson.english();
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode run(String input) throws Exception {
    return json.readTree(json.writeValueAsString(facts.line(input, 7)));
  }

  @Test
  public void aSentenceGetsItsQuantitiesDatesAndClaimerWithOffsetsIntoItsText() throws Exception {
    String text = "Sales rose by more than 5% to $2.3 billion in March 2019, the company said.";

    JsonNode out = run("{\"id\": \"s1\", \"text\": " + json.writeValueAsString(text) + "}");

    assertEquals("s1", out.get("id").asText());
    JsonNode percent = out.get("quantities").get(0);
    assertEquals("5%", percent.get("text").asText());
    assertEquals("5%", text.substring(percent.get("start").asInt(), percent.get("end").asInt()));
    assertEquals(">", percent.get("bound").asText());
    assertEquals("up", percent.get("change").asText());
    JsonNode money = out.get("quantities").get(1);
    assertEquals("USD", money.get("currency").asText());
    assertEquals(2.3e9, money.get("normalized_value").asDouble(), 1);
    assertEquals("=", money.get("bound").asText());
    assertTrue(money.get("change").isNull());
    JsonNode date = out.get("dates").get(0);
    assertEquals("2019-03-01", date.get("start").asText());
    assertEquals("2019-03-31", date.get("end").asText());
    assertEquals("the company", out.get("attribution").asText());
    assertEquals("the company", text.substring(out.get("attribution_start").asInt(), out.get("attribution_end").asInt()));
  }

  @Test
  public void relativeDatesNeedTheOptionalDate() throws Exception {
    String line = "{\"id\": 1, \"text\": \"The plant closed last week after a fire.\"%s}";

    assertEquals(0, run(String.format(line, "")).get("dates").size());
    assertEquals(1, run(String.format(line, ", \"date\": \"2020-03-11\"")).get("dates").size());
  }

  @Test
  public void badLinesGiveAnErrorObjectWithTheirIdAndLineNumber() throws Exception {
    assertEquals(7, run("not json").get("line").asInt());
    assertTrue(run("not json").get("error").asText().startsWith("invalid JSON"));
    assertEquals("x", run("{\"id\": \"x\"}").get("id").asText());
    assertTrue(run("{\"id\": \"x\"}").get("error").asText().contains("missing text"));
    assertTrue(run("{\"id\": \"x\", \"text\": 5}").has("error"));
    assertTrue(run("[1, 2]").has("error"));
    assertTrue(run("").has("error"));
    assertTrue(run("{\"id\": 2, \"text\": \"a\", \"date\": \"March\"}").has("error"));
  }

  @Test
  public void everyInputLineGivesOneOutputLineInInputOrder() throws Exception {
    String input = "{\"id\": \"a\", \"text\": \"It cost $5.\"}\nbroken\n{\"id\": \"c\", \"text\": \"No numbers.\"}\n";
    StringWriter out = new StringWriter();

    long errors = facts.process(new BufferedReader(new StringReader(input)), out);

    String[] lines = out.toString().split("\n");
    assertEquals(1, errors);
    assertEquals(3, lines.length);
    assertEquals("a", json.readTree(lines[0]).get("id").asText());
    assertEquals(2, json.readTree(lines[1]).get("line").asInt());
    assertEquals("c", json.readTree(lines[2]).get("id").asText());
  }

  @Test
  public void aSentenceOverTheCandidateCapIsSkippedAndCounted() throws Exception {
    String longSentence = "The figure was 5 ".repeat(200) + "in all.";

    JsonNode out = run("{\"id\": 1, \"text\": " + json.writeValueAsString(longSentence) + "}");

    assertEquals(0, out.get("quantities").size());
    assertEquals(1, out.get("skipped_sentences").asInt());
  }
}
