package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.claimsift.claims.ClaimExtractor;
import io.claimsift.claims.ClaimFacts;
import io.claimsift.clean.ArticleCleaner;
import io.claimsift.clean.CleanedArticle;
import io.claimsift.clean.PlausibleDates;
import io.claimsift.output.Dataset;
import io.claimsift.output.Manifest;
import io.claimsift.output.OutputContract;
import io.claimsift.output.OutputFormat;
import io.claimsift.output.ShardWriter;
import io.claimsift.read.DocumentFormat;
import io.claimsift.read.DocumentReader;
import io.claimsift.read.ReadLimits;
import io.claimsift.read.ReadOutcome;
import io.claimsift.schema.Article;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Every DEV page set of the shared evaluation data (the scrapinghub pages and the four extra
 * sources: 1,273 HTML pages of news, blogs, forums and shops in several languages) through the
 * pipeline's stages, its records and its writer, read back with Avro's generic reader and DuckDB:
 * every article and mention keeps the output contract. Skipped when the data is not beside the
 * repository.
 *
 * <p>The stages run as the pipeline's DoFns call them (read, clean, {@link Records#article},
 * split, extract, {@link Records#mention}), with the pipeline's contract check and writer, but
 * without Beam and without deduplication: one Beam run over these pages takes over ten minutes of
 * CPU (the DirectRunner's own bookkeeping, mostly), this test about 80 seconds; and the claims
 * dataset only copies values that the mentions and articles already hold.
 */
public class DevPagesContractTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private static final Path EVAL = Paths.get("../shared/eval/extraction");

  @Test
  public void everyArticleAndMentionOfTheDevPagesKeepsTheContract() throws Exception {
    Assume.assumeTrue("skipped: no DEV pages at " + EVAL.toAbsolutePath().normalize()
        + " (the shared evaluation data beside the repository)", Files.isDirectory(EVAL.resolve("dev/html")));
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(EVAL)) {
      walk.filter(p -> p.getParent().getFileName().toString().equals("html"))
          .filter(p -> p.toString().endsWith(".html.gz")).sorted().forEach(pages::add);
    }
    ClaimSiftOptions defaults = PipelineOptionsFactory.as(ClaimSiftOptions.class);
    DocumentReader reader = new DocumentReader(ReadLimits.withMaxDocumentBytes(defaults.getMaxDocumentBytes()));
    ArticleCleaner cleaner = ArticleCleaner.standard();
    SentenceSplitter splitter = SentenceSplitter.english();
    ClaimExtractor extractor = ClaimExtractor.english();
    Map<Dataset, List<SpecificRecord>> records = new EnumMap<>(Dataset.class);
    for (Dataset dataset : Dataset.values()) {
      records.put(dataset, new ArrayList<>());
    }
    List<String> violations = new ArrayList<>();

    for (Path page : pages) {
      String uri = EVAL.relativize(page).toString();
      ReadOutcome read = reader.read(uri, Files.size(page), () -> Files.readAllBytes(page));
      if (!read.isDecoded()) {
        continue;
      }
      CleanedArticle clean = read.document().format() == DocumentFormat.HTML
          ? cleaner.cleanHtml(read.document().text()) : cleaner.cleanText(read.document().text());
      if (clean.cleanText().isBlank()) {
        continue;
      }
      Article article = Records.article(read.document(), clean, "test");
      check(Dataset.ARTICLES, article, records, violations);
      LocalDate day = PlausibleDates.isPlausible(article.getPublishedAt())
          ? article.getPublishedAt().atZone(ZoneOffset.UTC).toLocalDate() : null;
      List<Sentence> sentences = splitter.split(article.getCleanText());
      for (int i = 0; i < sentences.size(); i++) {
        ClaimFacts facts = extractor.analyze(article.getCleanText(), sentences, i, day);
        if (facts.score() >= defaults.getMinClaimScore()) {
          check(Dataset.CLAIM_MENTIONS, Records.mention(article.getArticleId(), sentences.get(i), facts),
              records, violations);
        }
      }
    }
    Path out = tmp.newFolder("out").toPath();
    for (Dataset dataset : Dataset.values()) {
      Files.createDirectories(out.resolve(dataset.folder()));
      try (OutputStream avro = Files.newOutputStream(out.resolve(dataset.folder()).resolve(dataset.fileName(0, 1, "avro")));
          OutputStream csv = Files.newOutputStream(out.resolve(dataset.folder()).resolve(dataset.fileName(0, 1, "csv")))) {
        List<SpecificRecord> sorted = ShardWriter.sorted(dataset, records.getOrDefault(dataset, List.of()));
        ShardWriter.write(dataset, sorted, OutputFormat.AVRO, avro);
        ShardWriter.write(dataset, sorted, OutputFormat.CSV, csv);
      }
    }
    Manifest.write(out, "test", Map.of(), List.of(), new TreeMap<>());

    assertThat(violations, is(empty()));
    Map<Dataset, List<GenericRecord>> written = LoaderChecks.read(out);
    assertThat(written.get(Dataset.ARTICLES).size(), greaterThan(1200));
    assertThat(written.get(Dataset.CLAIM_MENTIONS).size(), greaterThan(15000));
    assertThat(LoaderChecks.violations(written), is(empty()));
    assertThat(DuckDbChecks.problems(out), is(empty()));
  }

  /** Keeps the record for writing, and every violation the pipeline's contract check finds. */
  private static void check(Dataset dataset, SpecificRecord record, Map<Dataset, List<SpecificRecord>> records,
      List<String> violations) {
    OutputContract.Checked checked = OutputContract.check(dataset, record);
    violations.addAll(checked.violations());
    records.get(dataset).add(record);
  }
}
