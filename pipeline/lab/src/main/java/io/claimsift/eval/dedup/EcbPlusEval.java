package io.claimsift.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.beam.ClaimSiftOptions;
import io.claimsift.beam.ClaimSiftPipeline;
import io.claimsift.eval.ResultLine;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs the whole pipeline on each ECB+ topic's articles (two similar but different events per
 * topic) and counts the claims whose supporting articles span both events (cross-event merges,
 * which must be 0) and the claims that merge two or more articles of one event.
 *
 * <p>Usage: {@code EcbPlusEval <ecbplus folder> [<work folder>]} (the work folder receives one
 * pipeline output per topic; default: a temporary folder).
 */
public final class EcbPlusEval {
  private EcbPlusEval() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: EcbPlusEval <ecbplus folder> [<work folder>]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("claimsift-ecbplus");
    Map<String, String> eventOf = new TreeMap<>();
    Map<String, Set<String>> topics = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(folder.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode doc = json.readTree(line);
      String docId = doc.get("doc_id").asText();
      eventOf.put(docId + ".txt", doc.get("cluster").asText());
      topics.computeIfAbsent(doc.get("topic").asText(), t -> new TreeSet<>()).add(docId);
    }
    long crossEvent = 0;
    long sameEvent = 0;
    long claims = 0;
    for (String topic : topics.keySet()) {
      Path out = work.resolve("topic-" + topic);
      ClaimSiftOptions options = PipelineOptionsFactory.fromArgs(
              "--input=" + folder.resolve("articles") + "/" + topic + "_*.txt", "--output=" + out)
          .as(ClaimSiftOptions.class);
      ClaimSiftPipeline.run(options);
      for (Claim c : readClaims(out.resolve("claims"))) {
        claims++;
        Set<String> events = new TreeSet<>();
        for (String uri : c.sourceUris) {
          events.add(eventOf.getOrDefault(Path.of(uri).getFileName().toString(), "unknown"));
        }
        if (events.size() > 1) {
          crossEvent++;
          System.out.println("cross-event claim (topic " + topic + ", " + c.sourceUris + "): " + c.text);
        } else if (c.sourceUris.size() > 1) {
          sameEvent++;
        }
      }
    }
    System.out.println(
        ResultLine.of("dedup-ecbplus")
            .put("topics", topics.size())
            .put("claims", claims)
            .put("cross_event_merges", crossEvent)
            .put("same_event_merges", sameEvent));
  }

  private record Claim(String text, List<String> sourceUris) {}

  private static List<Claim> readClaims(Path dir) throws Exception {
    List<Claim> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (var files = Files.list(dir)) {
      for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
          for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            List<String> uris = new ArrayList<>();
            for (JsonNode u : json.readTree(rec.get("source_uris"))) {
              uris.add(u.asText());
            }
            out.add(new Claim(rec.get("text"), uris));
          }
        }
      }
    }
    return out;
  }
}
