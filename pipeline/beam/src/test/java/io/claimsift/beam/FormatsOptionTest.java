package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.output.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** --formats: only the listed formats are delivered, and the manifest and report follow. */
public class FormatsOptionTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void aParquetOnlyRunDeliversParquetAndCountsItsRecords() throws Exception {
    Path output = tmp.getRoot().toPath().resolve("out");
    RunSummary summary = ClaimSiftPipeline.run(PipelineOptionsFactory
        .fromArgs("--input=input/", "--output=" + output, "--formats=parquet").as(ClaimSiftOptions.class));
    JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());

    assertThat(OutputFiles.tree(output), everyItem(not(endsWith(".avro"))));
    assertThat(OutputFiles.tree(output), everyItem(not(endsWith(".csv"))));
    assertThat(manifest.get("options").get("formats").asText(), equalTo("parquet"));
    assertThat(summary.count(Dataset.CLAIMS), greaterThan(0L));
    for (Dataset dataset : Dataset.values()) {
      JsonNode json = manifest.get("datasets").get(dataset.folder());
      assertThat(dataset.folder(), json.get("records").asLong(), equalTo(summary.count(dataset)));
      List<String> files = new ArrayList<>();
      json.get("files").forEach(f -> files.add(f.get("path").asText()));
      assertThat(files, equalTo(List.of(dataset.folder() + "/" + dataset.fileName(0, 1, "parquet"))));
    }
    Document report = Jsoup.parse(Files.readString(output.resolve("report.html"), StandardCharsets.UTF_8));
    assertThat(report.select("#datasets a").eachAttr("href"), everyItem(endsWith(".parquet")));
    assertThat(report.select("#datasets a").size(), equalTo(Dataset.values().length));
  }

  @Test
  public void anUnknownFormatIsAUsageErrorWithAnExactMessage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = ClaimSiftPipeline.execute(new String[] {"--formats=avro,orc"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status, equalTo(2));
    assertThat(err.toString(StandardCharsets.UTF_8), containsString(
        "claimsift: --formats must list one or more of avro, csv, parquet, separated by commas, got \"avro,orc\""));
  }
}
