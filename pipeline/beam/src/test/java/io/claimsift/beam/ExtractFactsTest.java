package io.claimsift.beam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ExtractFactsTest {

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ExtractFacts.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  public void writesOneLinePerInputLineInOrderAndSurvivesBadLines() throws Exception {
    Path in = tmp.getRoot().toPath().resolve("in.jsonl");
    Path out = tmp.getRoot().toPath().resolve("out.jsonl");
    Files.writeString(in, "{\"id\": \"a\", \"text\": \"Exports fell 4% to $2 billion.\"}\n"
        + "{\"id\": \"b\"}\n"
        + "{\"id\": \"c\", \"text\": \"About 300 people attended.\"}\n");

    int status = run(in.toString(), out.toString());

    assertEquals(0, status);
    List<String> lines = Files.readAllLines(out);
    assertEquals(3, lines.size());
    ObjectMapper json = new ObjectMapper();
    JsonNode a = json.readTree(lines.get(0));
    assertEquals("a", a.get("id").asText());
    assertEquals("down", a.get("quantities").get(0).get("change").asText());
    assertTrue(json.readTree(lines.get(1)).has("error"));
    assertEquals("~", json.readTree(lines.get(2)).get("quantities").get(0).get("bound").asText());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 input line(s)"));
  }

  @Test
  public void rerunningGivesTheSameBytes() throws Exception {
    Path in = tmp.getRoot().toPath().resolve("in.jsonl");
    Files.writeString(in, "{\"id\": 1, \"text\": \"Some 35 attacks hit 17 countries in 2019, officials said.\"}\n");
    Path first = tmp.getRoot().toPath().resolve("1.jsonl");
    Path second = tmp.getRoot().toPath().resolve("2.jsonl");

    run(in.toString(), first.toString());
    run(in.toString(), second.toString());

    assertEquals(Files.readString(first), Files.readString(second));
  }

  @Test
  public void wrongArgumentsExitTwoAndAMissingFileOne() {
    assertEquals(2, run("only-one"));
    assertEquals(1, run(tmp.getRoot().toPath().resolve("missing.jsonl").toString(),
        tmp.getRoot().toPath().resolve("out.jsonl").toString()));
  }
}
