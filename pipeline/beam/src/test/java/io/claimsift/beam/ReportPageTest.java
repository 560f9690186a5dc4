package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.output.Dataset;
import io.claimsift.read.Hashing;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * report.html of a run on the five sample articles, read with jsoup: its counts equal the
 * manifest's, the $2 billion claim leads with its five sources, and the page is self-contained.
 */
public class ReportPageTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  private static Path output;
  private static byte[] bytes;
  private static Document page;
  private static JsonNode manifest;

  @BeforeClass
  public static void runOnSamples() throws Exception {
    output = TMP.getRoot().toPath().resolve("out");
    ClaimSiftPipeline.run(PipelineOptionsFactory.fromArgs("--input=input/", "--output=" + output)
        .as(ClaimSiftOptions.class));
    bytes = Files.readAllBytes(output.resolve("report.html"));
    page = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
  }

  private static long count(String id) {
    return Long.parseLong(page.selectFirst("#count-" + id + " td.num").attr("data-value"));
  }

  private static long records(String dataset) {
    return manifest.get("datasets").get(dataset).get("records").asLong();
  }

  @Test
  public void theManifestListsTheReportWithItsChecksum() {
    JsonNode report = manifest.get("report");
    assertThat(report.get("path").asText(), equalTo("report.html"));
    assertThat(report.get("sha256").asText(), equalTo(Hashing.sha256Hex(bytes)));
    assertThat(report.get("bytes").asLong(), equalTo((long) bytes.length));
  }

  @Test
  public void summaryCountsEqualTheManifestAndAddUp() {
    assertThat(count("input-files"), equalTo((long) manifest.get("inputs").size()));
    assertThat(count("articles"), equalTo(records("articles")));
    assertThat(count("rejects"), equalTo(records("rejects")));
    assertThat(count("removed-segments"), equalTo(records("removed_segments")));
    assertThat(count("sentences"), equalTo(manifest.get("counters").get("claims").get("sentences").asLong()));
    assertThat(count("claim-mentions"), equalTo(records("claim_mentions")));
    assertThat(count("claims"), equalTo(records("claims")));
    assertThat(page.select("#summary .status").eachAttr("class"), everyItem(equalTo("status ok")));

    Map<String, String> options = new java.util.HashMap<>();
    for (Element row : page.select("table.options > tbody > tr")) {
      options.put(row.selectFirst("th code").text(), row.selectFirst("td").text());
    }
    assertThat(options, equalTo(Map.ofEntries(Map.entry("max_document_bytes", "67,108,864"),
        Map.entry("max_html_depth", "256"), Map.entry("max_html_elements", "200,000"),
        Map.entry("max_text_lines", "200,000"), Map.entry("max_readability_elements", "20,000"),
        Map.entry("max_sentence_chars", "2,500"), Map.entry("max_candidate_chars", "500,000"),
        Map.entry("min_claim_score", "0.5"), Map.entry("output_shards", "1"),
        Map.entry("formats", "avro,csv,parquet"), Map.entry("claim_languages", "en"))));
    assertThat(page.select("#datasets tbody tr").eachAttr("id"), equalTo(List.of("dataset-articles",
        "dataset-claim_mentions", "dataset-claims", "dataset-removed_segments", "dataset-rejects",
        "dataset-claim_changes")));
  }

  @Test
  public void theTwoBillionClaimLeadsWithItsFiveSourcesAndMarkedMentions() throws Exception {
    List<Claim> claims = OutputFiles.avro(output, Dataset.CLAIMS, Claim.class);
    Map<String, Article> articles = OutputFiles.avro(output, Dataset.ARTICLES, Article.class).stream()
        .collect(Collectors.toMap(Article::getSourceUri, Function.identity()));
    Claim top = claims.stream().max(java.util.Comparator.comparingInt(Claim::getSupportCount)).orElseThrow();

    Elements rows = page.select("table.claims > tbody > tr");
    assertThat(rows.size(), equalTo(claims.size()));
    Element first = rows.get(0);
    assertThat(first.id(), equalTo("claim-" + top.getClaimId()));
    assertThat(first.selectFirst("p.text").text(), containsString("$2 billion"));
    assertThat(first.selectFirst(".support-count").text(), equalTo("5"));
    assertThat(first.select("ul.facts .fact").eachText(), equalTo(List.of("$2 billion")));

    Elements sources = first.select("ul.sources > li");
    assertThat(sources.size(), equalTo(5));
    List<String> uris = new ArrayList<>();
    for (Element source : sources) {
      String uri = source.selectFirst("code").text();
      uris.add(uri);
      String title = articles.get(uri).getTitle();
      if (title != null) {
        assertThat(source.text(), startsWith(title));
      }
    }
    assertThat(uris, equalTo(top.getSourceUris()));

    Elements mentions = first.select("details ol.mentions > li");
    assertThat(mentions.size(), equalTo(top.getMentionCount()));
    for (Element mention : mentions) {
      assertThat(mention.select("mark").size(), is(1));
    }
    assertThat(mentions.get(0).selectFirst("mark").text(), equalTo("$2 billion"));
    assertThat(mentions.get(0).selectFirst(".badge").text(), equalTo("representative"));
  }

  @Test
  public void isOneAccessibleSelfContainedFile() {
    assertThat(page.selectFirst("html").attr("lang"), equalTo("en"));
    assertThat(page.selectFirst("meta[charset]").attr("charset"), equalTo("utf-8"));
    assertThat(page.select("meta[name=viewport]").size(), equalTo(1));
    assertThat(page.title(), equalTo("ClaimSift report: 57 claims from 5 articles"));
    assertThat(page.select("main h2").size(), equalTo(6));
    assertThat(page.select("table").stream().filter(t -> t.select("thead th[scope=col]").isEmpty()).toList(), empty());
    assertThat(page.select("svg.chart[role=img] > title").size(), equalTo(2)); // support and cleaning; no rejects here

    assertThat(page.select("link, img, iframe, object, embed, script[src], [style*=url]"), empty());
    for (Element link : page.select("a[href]")) {
      String href = link.attr("href");
      if (!href.startsWith("#")) {
        assertThat(href, Files.isRegularFile(output.resolve(href)), is(true));
      }
    }
    String html = new String(bytes, StandardCharsets.UTF_8);
    assertThat(html, not(containsString("http://")));
    assertThat(html, not(containsString(TMP.getRoot().toString())));
  }
}
