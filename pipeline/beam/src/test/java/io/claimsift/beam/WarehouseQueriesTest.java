package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.Assert.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.output.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The Parquet and CSV files of a run on input/, loaded into an embedded DuckDB as a warehouse
 * would load them (read_parquet and read_csv are built in: nothing is downloaded). The queries of
 * the README's "Querying the output" section are read from the README itself and run here.
 */
public class WarehouseQueriesTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  private static final Path README = Path.of("README.md");

  private static JsonNode manifest;
  private static Connection duckdb;

  @BeforeClass
  public static void runAndConnect() throws Exception {
    // the README's queries name output/…, as seen from the folder the pipeline ran in
    Path root = TMP.newFolder("warehouse").toPath();
    Path output = root.resolve("output");
    ClaimSiftPipeline.run(PipelineOptionsFactory.fromArgs("--input=input/", "--output=" + output)
        .as(ClaimSiftOptions.class));
    manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = duckdb.createStatement()) {
      statement.execute("SET autoinstall_known_extensions = false");
      statement.execute("SET autoload_known_extensions = false");
      statement.execute("SET file_search_path = '" + root.toString().replace("'", "''") + "'");
    }
  }

  @AfterClass
  public static void disconnect() throws SQLException {
    if (duckdb != null) {
      duckdb.close();
    }
  }

  /** Every row of the query, each as its columns' text (NULL as "null"). */
  private static List<List<String>> rows(String sql) throws SQLException {
    try (Statement statement = duckdb.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      List<List<String>> rows = new ArrayList<>();
      while (result.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(String.valueOf(result.getString(i)));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static long count(String sql) throws SQLException {
    return Long.parseLong(rows(sql).get(0).get(0));
  }

  @Test
  public void everyDatasetHasTheManifestsRowCountInParquetAndInCsv() throws SQLException {
    for (Dataset dataset : Dataset.values()) {
      String files = "'output/" + dataset.folder() + "/*.";
      long records = manifest.get("datasets").get(dataset.folder()).get("records").asLong();

      assertThat(dataset.folder(), count("SELECT count(*) FROM read_parquet(" + files + "parquet')"), equalTo(records));
      assertThat(dataset.folder(), count("SELECT count(*) FROM read_csv(" + files + "csv', header = true)"),
          equalTo(records));
    }
  }

  @Test
  public void theTwoBillionClaimJoinsToItsFiveArticlesThroughItsMentions() throws Exception {
    List<List<String>> rows = rows("""
        SELECT c.claim_id, c.support_count, a.source_uri, m.sentence
        FROM read_parquet('output/claims/*.parquet') AS c, unnest(c.article_ids) AS u(article_id)
        JOIN read_parquet('output/claim_mentions/*.parquet') AS m
          ON m.claim_id = c.claim_id AND m.article_id = u.article_id
        JOIN read_parquet('output/articles/*.parquet') AS a ON a.article_id = u.article_id
        WHERE list_contains([q.normalized_value FOR q IN c.quantities IF q.currency = 'USD'], 2.0e9)
          AND c.support_count > 1
        ORDER BY a.source_uri, m.start
        """);

    assertThat(rows.stream().map(r -> r.get(0)).distinct().toList(), hasSize(1));
    assertThat(rows.stream().map(r -> r.get(1)).distinct().toList(), equalTo(List.of("5")));
    assertThat(rows.stream().map(r -> r.get(2)).collect(Collectors.toCollection(TreeSet::new)),
        equalTo(sampleFiles()));
  }

  private static Set<String> sampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("input"))) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  public void theReadmeQueriesRunAndReturnRows() throws Exception {
    List<String> queries = readmeQueries();

    assertThat(queries.size(), greaterThan(2));
    for (String query : queries) {
      assertThat(query, rows(query).size(), greaterThan(0));
    }
  }

  /** The statements of the sql block in the README's "Querying the output" section. */
  static List<String> readmeQueries() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int section = readme.indexOf("### Querying the output");
    assertThat("the README has a Querying the output section", section >= 0, equalTo(true));
    Matcher block = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat("a sql block in that section", block.find(section), equalTo(true));
    List<String> queries = new ArrayList<>();
    for (String statement : block.group(1).split(";\\s*\n")) {
      if (!statement.isBlank()) {
        queries.add(statement.strip());
      }
    }
    return queries;
  }

  @Test
  public void timestampsAndDatesArriveTyped() throws SQLException {
    assertThat(rows("SELECT DISTINCT typeof(published_at), typeof(updated_at) FROM read_parquet('output/articles/*.parquet')"),
        equalTo(List.of(List.of("TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE"))));
    assertThat(rows("SELECT DISTINCT typeof(d.start), typeof(d.\"end\") FROM read_parquet('output/claims/*.parquet') AS c,"
        + " unnest(c.dates) AS u(d)"), equalTo(List.of(List.of("DATE", "DATE"))));
    assertThat(rows("SELECT DISTINCT typeof(article_ids), typeof(first_published_at) FROM read_parquet('output/claims/*.parquet')"),
        equalTo(List.of(List.of("VARCHAR[]", "TIMESTAMP WITH TIME ZONE"))));
  }

  @Test
  public void parquetAndCsvHoldTheSameArticles() throws SQLException {
    assertThat(count("""
        SELECT count(*) FROM (
          SELECT article_id, source_uri, title, updated_at, clean_text, removed_count
          FROM read_parquet('output/articles/*.parquet')
          EXCEPT
          SELECT article_id, source_uri, title, CAST(updated_at AS TIMESTAMPTZ), clean_text, CAST(removed_count AS INTEGER)
          FROM read_csv('output/articles/*.csv', header = true, all_varchar = true))
        """), equalTo(0L));
    assertThat(count("SELECT count(*) FROM read_parquet('output/articles/*.parquet') WHERE updated_at IS NOT NULL"),
        greaterThan(0L));
  }

  @Test
  public void theParquetWasWrittenWithoutHadoopOnTheClasspath() {
    // parquet-avro's Hadoop dependency is compile-time only (pipeline/core/pom.xml): this module's
    // test classpath, like the release jar, has none, and the run above wrote Parquet through it
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.hadoop.conf.Configuration"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.hadoop.fs.Path"));
  }
}
