package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.clean.ArticleCleaner;
import io.claimsift.output.Dataset;
import io.claimsift.read.Hashing;
import io.claimsift.schema.Article;
import io.claimsift.schema.Reject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A crawl of the sample articles as a WET file, a WARC file of HTML pages, and a mirror WARC with
 * one record cut in half, plus a loose copy of one article: one run reads them all.
 */
public class WarcInputPipelineTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  private static final String WET = "crawl/text.warc.wet.gz";
  private static final String PAGES = "crawl/pages.warc.gz";
  private static final String MIRROR = "crawl/mirror.warc.gz";

  private static List<CrawlFiles.Page> texts;
  private static List<CrawlFiles.Page> pages;
  private static CrawlFiles.Crawl wet;
  private static CrawlFiles.Crawl warc;
  private static CrawlFiles.Crawl mirror;
  private static int cutRecord;
  private static Path in;
  private static Path out;
  private static RunSummary summary;
  private static Map<String, Article> articles;
  private static Map<String, Reject> rejects;

  @BeforeClass
  public static void runOnACrawl() throws Exception {
    in = TMP.newFolder("in").toPath();
    Files.createDirectories(in.resolve("crawl"));
    Files.createDirectories(in.resolve("loose"));
    texts = CrawlFiles.samplePages("news.example.org");
    List<CrawlFiles.Page> wetPages = new ArrayList<>(texts);
    // the first article again at the end of the file: a duplicate, and offsets that sort differently as strings
    CrawlFiles.Page first = texts.get(0);
    wetPages.add(new CrawlFiles.Page(first.name(), first.bytes(), first.url() + "?again", first.fetchedAt()));
    wet = CrawlFiles.wet(wetPages, 3000);
    pages = CrawlFiles.samplePages("www.example.com");
    warc = CrawlFiles.warc(pages, "www.example.com");
    mirror = CrawlFiles.warc(CrawlFiles.samplePages("mirror.example.net"), "mirror.example.net");
    cutRecord = mirror.offsets().indexOf(mirror.offsetsOf("response").get(4)); // the third page's response
    Files.write(in.resolve(WET), wet.bytes());
    Files.write(in.resolve(PAGES), warc.bytes());
    Files.write(in.resolve(MIRROR), mirror.withRecordCut(cutRecord));
    Files.write(in.resolve("loose").resolve(first.name()), first.bytes());
    out = TMP.getRoot().toPath().resolve("out");

    summary = ClaimSiftPipeline.run(PipelineOptionsFactory.fromArgs("--input=" + in, "--output=" + out)
        .as(ClaimSiftOptions.class));

    articles = OutputFiles.avro(out, Dataset.ARTICLES, Article.class).stream()
        .collect(Collectors.toMap(Article::getSourceUri, Function.identity(), (a, b) -> a, TreeMap::new));
    rejects = OutputFiles.avro(out, Dataset.REJECTS, Reject.class).stream()
        .collect(Collectors.toMap(Reject::getSourceUri, Function.identity(), (a, b) -> a, TreeMap::new));
  }

  @Test
  public void wetRecordsBecomeTheSameArticlesAsTheTextFiles() {
    ArticleCleaner cleaner = ArticleCleaner.standard();
    List<Long> offsets = wet.offsetsOf("conversion");
    for (int i = 0; i < texts.size(); i++) {
      CrawlFiles.Page page = texts.get(i);
      Article a = articles.get(WET + "#offset=" + offsets.get(i));
      assertThat(page.name(), a.getFormat(), equalTo("text"));
      assertThat(a.getArticleId(), equalTo(Hashing.sha256Hex(page.bytes())));
      assertThat(a.getCleanText(), equalTo(cleaner.cleanText(page.text()).cleanText()));
      assertThat(a.getTitle(), equalTo(cleaner.cleanText(page.text()).title()));
      assertThat(a.getUrl(), equalTo(page.url()));
      assertThat(a.getFetchedAt(), equalTo(page.fetchedAt()));
      assertThat("the fetch time is not the publication time", a.getPublishedAt(), not(equalTo(a.getFetchedAt())));
    }
  }

  @Test
  public void htmlResponsesBecomeHtmlArticlesWithTheirCaptureUrlAndTime() {
    List<Long> responses = new ArrayList<>(warc.offsetsOf("response"));
    responses.subList(1, 3).clear(); // the image and the 404 follow the first page
    for (int i = 0; i < pages.size(); i++) {
      Article a = articles.get(PAGES + "#offset=" + responses.get(i));
      assertThat(a.getFormat(), equalTo("html"));
      assertThat(a.getUrl(), equalTo(pages.get(i).url()));
      assertThat(a.getFetchedAt(), equalTo(pages.get(i).fetchedAt()));
      assertThat(a.getArticleId(), equalTo(Hashing.sha256Hex(pages.get(i).html("www.example.com"))));
      assertThat(a.getCleanText().isBlank(), is(false));
    }
  }

  @Test
  public void aCutRecordIsOneRejectAndTheRestOfItsFileIsRead() {
    Reject cut = rejects.get(MIRROR + "#offset=" + mirror.offsets().get(cutRecord));
    assertThat(cut.getReason(), equalTo("corrupt_record"));
    assertThat(cut.getStage(), equalTo("read"));
    List<String> mirrorUrls = articles.values().stream().filter(a -> a.getSourceUri().startsWith(MIRROR))
        .map(Article::getUrl).sorted().toList();
    assertThat(mirrorUrls, equalTo(List.of("https://mirror.example.net/000_4dc87a5fd8523e15",
        "https://mirror.example.net/001_c67cc06ef57ab136", "https://mirror.example.net/003_4f0adde976a0fa26",
        "https://mirror.example.net/004_365083c2c57dae54")));
  }

  @Test
  public void duplicateContentKeepsTheFirstRecordByOffset() {
    List<Long> offsets = wet.offsetsOf("conversion");
    String kept = WET + "#offset=" + offsets.get(0);
    String again = WET + "#offset=" + offsets.get(offsets.size() - 1);
    assertThat("string order would have kept the later record", again.compareTo(kept) < 0, is(true));
    assertThat(articles.containsKey(kept), is(true));
    assertThat(rejects.get(again).getReason(), equalTo("duplicate_content"));
    assertThat(rejects.get(again).getDetail(), equalTo("same bytes as " + kept));
    assertThat(rejects.get("loose/" + texts.get(0).name()).getDetail(), equalTo("same bytes as " + kept));
    assertThat(rejects.size(), is(3));
    assertThat(articles.size(), is(14));
  }

  @Test
  public void theManifestCountsRecordsAndTheRunReconciles() throws Exception {
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    Map<String, String> inputs = new TreeMap<>();
    manifest.get("inputs").forEach(f -> inputs.put(f.get("source_uri").asText(), f.get("sha256").asText()));
    assertThat(inputs, equalTo(Map.of(MIRROR, Hashing.sha256Hex(Files.readAllBytes(in.resolve(MIRROR))),
        PAGES, Hashing.sha256Hex(warc.bytes()), WET, Hashing.sha256Hex(wet.bytes()),
        "loose/" + texts.get(0).name(), Hashing.sha256Hex(texts.get(0).bytes()))));
    JsonNode read = manifest.get("counters").get("read");
    Map<String, Long> warcCounters = new TreeMap<>();
    read.fields().forEachRemaining(e -> {
      if (e.getKey().startsWith("warc_")) {
        warcCounters.put(e.getKey(), e.getValue().asLong());
      }
    });
    assertThat(warcCounters, equalTo(new TreeMap<>(Map.of("warc_files", 3L, "warc_records", 44L,
        "warc_documents", 15L, "warc_rejected", 1L, "warc_skipped_warcinfo", 3L, "warc_skipped_request", 10L,
        "warc_skipped_metadata", 10L, "warc_skipped_resource", 1L, "warc_skipped_response_not_html", 2L,
        "warc_skipped_response_not_2xx", 2L))));
    assertThat(read.get("input_files").asLong(), is(4L));
    assertThat(read.get("documents").asLong(), is(16L));
    assertThat(read.get("rejected_corrupt_record").asLong(), is(1L));
    assertThat(summary.reconciles(), is(true));
    assertThat(summary.describe(out.toString()).contains("3 WARC/WET files held 44 records"), is(true));
    assertThat(Jsoup.parse(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8))
        .select("#summary .status").eachAttr("class"), everyItem(equalTo("status ok")));
  }

  @Test
  public void theCsvHasTheCaptureColumnsAfterTheOriginalOnes() throws Exception {
    List<CSVRecord> rows = OutputFiles.csv(out, Dataset.ARTICLES);
    List<String> header = rows.get(0).getParser().getHeaderNames();
    // url and fetched_at were appended after pipeline_version (later additions follow them)
    int after = header.indexOf("pipeline_version");
    assertThat(header.subList(after + 1, after + 3), equalTo(List.of("url", "fetched_at")));
    CSVRecord first = rows.stream()
        .filter(r -> r.get("source_uri").equals(WET + "#offset=" + wet.offsetsOf("conversion").get(0)))
        .findFirst().orElseThrow();
    assertThat(first.get("url"), equalTo(texts.get(0).url()));
    assertThat(first.get("fetched_at"), equalTo("2026-11-02T06:00:00Z"));
  }
}
