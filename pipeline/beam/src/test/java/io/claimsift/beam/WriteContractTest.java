package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.claimsift.output.Dataset;
import io.claimsift.output.OutputFormat;
import io.claimsift.read.InputFileInfo;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimChange;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.DateSpan;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The output contract where records are written: values that break it never reach a file. */
public class WriteContractTest {
  /**
   * Without the encodability check: the DirectRunner would clone every element through its coder,
   * and Avro's encoder turns an unpaired surrogate into '?' on the way (as a runner that encodes
   * between stages does), so the broken string would never reach the check.
   */
  @Rule public final transient TestPipeline pipeline = TestPipeline.fromOptions(withoutEncodabilityCheck());
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  private static final String BODY = "Prices rose 5% last year, the bank said.";

  private static PipelineOptions withoutEncodabilityCheck() {
    DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
    options.setRunner(DirectRunner.class);
    options.setEnforceEncodability(false);
    return options;
  }

  private static Article article(String id, Instant published, String text) {
    return Article.newBuilder().setArticleId(id).setSourceUri(id + ".html").setFormat("html")
        .setAuthors(List.of()).setCleanText(text).setRawLength(100).setCleanLength(text.length())
        .setRemovedCount(0).setPublishedAt(published).setPublishedAtSource(published == null ? null : "json_ld")
        .setPipelineVersion("test").build();
  }

  private static ClaimMention mention(String id, String article, double score, LocalDate start) {
    return ClaimMention.newBuilder().setMentionId(id).setArticleId(article).setClaimId("c-" + id)
        .setSentence(BODY).setStart(0).setEnd(BODY.length()).setQuantities(List.of())
        .setDates(List.of(new DateSpan("last year", 15, 24, start, start, "year")))
        .setHedged(false).setScore(score).build();
  }

  private <T extends SpecificRecord> PCollection<T> create(String name, Class<T> type, List<T> records) {
    return pipeline.apply(name, Create.of(records).withCoder(AvroCoder.of(type)));
  }

  /** Records made inside the pipeline: Create would encode them, turning a lone surrogate into '?'. */
  private PCollection<Article> made(String name, SerializableFunction<Integer, List<Article>> make) {
    return pipeline.apply(name, Create.of(0))
        .apply(name + "Made", ParDo.of(new MakeFn(make)))
        .setCoder(AvroCoder.of(Article.class));
  }

  /** Outputs the records a function makes. */
  private static final class MakeFn extends DoFn<Integer, Article> {
    private final SerializableFunction<Integer, List<Article>> make;

    MakeFn(SerializableFunction<Integer, List<Article>> make) {
      this.make = make;
    }

    @ProcessElement
    public void process(@Element Integer seed, OutputReceiver<Article> out) {
      make.apply(seed).forEach(out::output);
    }
  }

  @Test
  public void violatingValuesAreNulledOrTheirRecordsRejectedAndCounted() throws Exception {
    // Arrange
    Path out = tmp.newFolder("staging").toPath();
    SerializableFunction<Integer, List<Article>> articles = seed -> List.of(
        article("good", Instant.parse("2019-11-19T00:00:00Z"), BODY),
        article("zero", Instant.parse("0001-01-01T00:00:00Z"), BODY),
        article("broken", null, "Prices \uD83D rose."));
    List<ClaimMention> mentions = List.of(
        mention("m-good", "good", 0.9, LocalDate.of(2018, 1, 1)),
        mention("m-year0", "good", 0.9, LocalDate.of(0, 1, 1)),
        mention("m-nan", "zero", Double.NaN, LocalDate.of(2018, 1, 1)));
    PCollectionTuple tuple = PCollectionTuple.of(WriteDatasets.INPUTS,
        pipeline.apply("Inputs", Create.empty(SerializableCoder.of(InputFileInfo.class))));
    tuple = WriteDatasets.with(tuple, Dataset.ARTICLES, made("Articles", articles));
    tuple = WriteDatasets.with(tuple, Dataset.CLAIM_MENTIONS, create("Mentions", ClaimMention.class, mentions));
    tuple = WriteDatasets.with(tuple, Dataset.CLAIMS, create("Claims", Claim.class, List.of()));
    tuple = WriteDatasets.with(tuple, Dataset.REMOVED_SEGMENTS,
        create("Removed", RemovedSegment.class, List.of()));
    tuple = WriteDatasets.with(tuple, Dataset.REJECTS, create("Rejects", Reject.class, List.of()));
    tuple = WriteDatasets.with(tuple, Dataset.CLAIM_CHANGES, create("Changes", ClaimChange.class, List.of()));
    tuple.apply(new WriteDatasets(out.toString(), 1, OutputFormat.ALL));

    // Act
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();

    // Assert
    List<Article> written = OutputFiles.avro(out, Dataset.ARTICLES, Article.class);
    assertThat(written.stream().map(Article::getArticleId).toList(), contains("good", "zero"));
    assertThat(written.get(1).getPublishedAt(), nullValue());
    List<ClaimMention> writtenMentions = OutputFiles.avro(out, Dataset.CLAIM_MENTIONS, ClaimMention.class);
    assertThat(writtenMentions.stream().map(ClaimMention::getMentionId).toList(), contains("m-good", "m-year0"));
    assertThat(writtenMentions.get(1).getDates().get(0).getStart(), nullValue());
    List<String> rejects = new ArrayList<>();
    for (Reject r : OutputFiles.avro(out, Dataset.REJECTS, Reject.class)) {
      assertThat(r.getDetail(), containsString("broke the output contract"));
      rejects.add(r.getSourceUri() + ":" + r.getStage() + ":" + r.getReason());
    }
    assertThat(rejects, contains("broken.html:write:contract_violation", "zero.html:write:contract_violation"));
    // zero.published_at, m-year0's start and end, broken.clean_text, m-nan.score: five values.
    assertThat(counter(result, EnforceContract.VIOLATIONS), equalTo(5L));
    assertThat(counter(result, EnforceContract.REJECTED + "articles"), equalTo(1L));
    assertThat(counter(result, EnforceContract.REJECTED + "claim_mentions"), equalTo(1L));
  }

  @Test
  public void relativeDatesAreNotResolvedAgainstAnImplausibleDay() {
    // Arrange: an article whose publication time is Go's zero time, as if a source had let it through.
    PCollection<Article> articles = create("Articles", Article.class,
        List.of(article("zero", Instant.parse("0001-01-01T00:00:00Z"),
            "The port handled 4.2 million containers last year, up 12% from the year before.")));

    // Act
    PCollection<ClaimMention> mentions = articles.apply(new ExtractClaims(0.0));

    // Assert
    PAssert.that(mentions).satisfies(all -> {
      for (ClaimMention m : all) {
        assertThat(m.getDates(), is(empty()));
      }
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  /** A counter's value summed over the steps that report it. */
  private static long counter(PipelineResult result, String name) {
    long sum = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(Stage.WRITE, name)).build()).getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }
}
