package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.output.Dataset;
import io.claimsift.schema.Article;
import io.claimsift.schema.Reject;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVRecord;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

/**
 * A folder of odd entries (a named pipe, a device, link loops, odd names, gzip inside gzip, a
 * gzipped program) gives a complete run: every entry is an article or a reject, and none hangs it.
 */
public class OddInputPipelineTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();
  /** Reading the named pipe or /dev/zero would never end; the rule turns a hang into a failure. */
  @Rule public final Timeout timeout = Timeout.seconds(600);

  @Test
  public void everyOddEntryIsAccountedForAndTheGoodFilesBecomeArticles() throws Exception {
    Path in = tmp.newFolder("in").toPath();
    Path out = tmp.getRoot().toPath().resolve("out");
    Map<String, String> expected = OddInputFiles.write(in);
    Map<String, String> expectedRejects = new TreeMap<>(expected);
    expectedRejects.values().removeIf(v -> v == null);
    Set<String> expectedArticles = new TreeSet<>(expected.keySet());
    expectedArticles.removeAll(expectedRejects.keySet());

    RunSummary summary = ClaimSiftPipeline.run(PipelineOptionsFactory.fromArgs("--input=" + in, "--output=" + out)
        .as(ClaimSiftOptions.class));

    Map<String, String> rejects = new TreeMap<>();
    for (Reject r : OutputFiles.avro(out, Dataset.REJECTS, Reject.class)) {
      rejects.put(r.getSourceUri(), r.getReason());
    }
    assertThat(rejects, equalTo(expectedRejects));
    Set<String> articles = new TreeSet<>();
    OutputFiles.avro(out, Dataset.ARTICLES, Article.class).forEach(a -> articles.add(a.getSourceUri()));
    assertThat(articles, equalTo(expectedArticles));
    assertThat(summary.inputs(), equalTo((long) expected.size()));
    assertThat(summary.reconciles(), is(true));
    assertThat(summary.counters().get(Stage.READ).get("skipped_folder_link_cycles"), equalTo(1L));

    // The escaped names are plain strings in every format: the manifest is valid JSON and the CSV
    // parses back to the same source_uri values.
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    Set<String> listed = new TreeSet<>();
    manifest.get("inputs").forEach(i -> listed.add(i.get("source_uri").asText()));
    assertThat(listed, equalTo(new TreeSet<>(expected.keySet())));
    Set<String> csvArticles = new TreeSet<>();
    for (CSVRecord row : OutputFiles.csv(out, Dataset.ARTICLES)) {
      csvArticles.add(row.get("source_uri"));
    }
    assertThat(csvArticles, equalTo(expectedArticles));
  }
}
