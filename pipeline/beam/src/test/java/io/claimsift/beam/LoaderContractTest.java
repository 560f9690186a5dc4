package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.claimsift.output.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Two real readers load a run over real-shaped pages: a page of a large US newspaper network that
 * writes Go's zero time as its JSON-LD dates, pages in German, French, Spanish, Korean and Russian
 * (one with the Unix epoch as its publication date), and a text dump with a dateline.
 */
public class LoaderContractTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  private static final Path PAGES = Paths.get("pipeline/beam/src/test/resources/pages/loader");

  private static Path output;
  private static Map<Dataset, List<GenericRecord>> records;

  @BeforeClass
  public static void runThePipeline() throws Exception {
    Path in = TMP.newFolder("in").toPath();
    try (Stream<Path> pages = Files.list(PAGES)) {
      for (Path page : pages.toList()) {
        Files.copy(page, in.resolve(page.getFileName()));
      }
    }
    output = TMP.getRoot().toPath().resolve("out");
    ClaimSiftPipeline.run(PipelineOptionsFactory.fromArgs("--input=" + in, "--output=" + output)
        .as(ClaimSiftOptions.class));
    records = LoaderChecks.read(output);
  }

  @Test
  public void avrosJavaReaderWithTimeConversionsFindsEveryValueInsideTheContract() throws Exception {
    assertThat(records.get(Dataset.ARTICLES).size(), equalTo(7));
    assertThat(LoaderChecks.violations(records), is(empty()));
    assertThat(LoaderChecks.counter(output, "write", "contract_violations"), equalTo(0L));
  }

  @Test
  public void duckDbLoadsEveryCsvWithTheManifestsRowCountsAndParsesTheDates() throws Exception {
    assertThat(DuckDbChecks.problems(output), is(empty()));
  }

  @Test
  public void theZeroTimePageIsDatedByItsUrlAndItsRelativeDatesByThatDay() {
    GenericRecord page = article("us-network-zero-time.html");
    assertThat(page.get("published_at"), equalTo(Instant.parse("2019-11-19T00:00:00Z")));
    assertThat(page.get("published_at_source").toString(), equalTo("url"));
    assertThat(page.get("updated_at"), nullValue());
    List<String> spans = records.get(Dataset.CLAIM_MENTIONS).stream()
        .filter(m -> m.get("article_id").equals(page.get("article_id")))
        .flatMap(m -> ((List<?>) m.get("dates")).stream())
        .map(d -> ((GenericRecord) d).get("text") + " " + ((GenericRecord) d).get("start") + ".."
            + ((GenericRecord) d).get("end"))
        .toList();
    // Against 0001-01-01 these were 0000-12-26, 0000-01-01..0000-12-31 and -0001-01-01..
    assertThat(spans, hasItem("Tuesday 2019-11-19..2019-11-19"));
    assertThat(spans, hasItem("Last year 2018-01-01..2018-12-31"));
    assertThat(spans, hasItem("past two years 2017-11-19..2019-11-18"));
  }

  @Test
  public void everyPageNamesTheSourceOfItsDate() {
    assertThat(source("de-bundestag.html"), equalTo("meta"));
    assertThat(source("fr-budget.html"), equalTo("json_ld"));
    assertThat(source("es-turismo.html"), equalTo("time"));
    assertThat(source("ko-exports.html"), equalTo("meta"));
    assertThat(source("en-dateline.txt"), equalTo("dateline"));
    // The Unix epoch is "unknown", and the page states no other publication date.
    assertThat(article("ru-inflation.html").get("published_at"), nullValue());
    assertThat(article("ru-inflation.html").get("updated_at"), equalTo(Instant.parse("2024-01-12T16:20:00Z")));
    assertThat(article("es-turismo.html").get("published_at"), equalTo(Instant.parse("2024-02-02T09:45:00Z")));
  }

  @Test
  public void statedDatesReadBackAsLocalDates() {
    GenericRecord mention = records.get(Dataset.CLAIM_MENTIONS).stream()
        .filter(m -> ((List<?>) m.get("dates")).stream()
            .anyMatch(d -> ((GenericRecord) d).get("start") instanceof LocalDate))
        .findFirst().orElseThrow();
    assertThat(mention.get("score") instanceof Double, is(true));
  }

  private static String source(String uri) {
    Object source = article(uri).get("published_at_source");
    return source == null ? null : source.toString();
  }

  private static GenericRecord article(String uri) {
    return records.get(Dataset.ARTICLES).stream()
        .filter(a -> a.get("source_uri").toString().equals(uri)).findFirst().orElseThrow();
  }
}
