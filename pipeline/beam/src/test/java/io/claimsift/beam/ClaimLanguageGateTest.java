package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.claimsift.claims.CandidateBudget;
import io.claimsift.claims.ClaimLanguages;
import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

public class ClaimLanguageGateTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static final String ENGLISH = "North Korea has stolen $2 billion from banks and cryptocurrency "
      + "exchanges, according to a United Nations report. The report counts 35 attacks in 17 countries.";
  private static final String INDONESIAN = "Pelaku diancam hukuman 10 tahun penjara atau denda Rp 2 miliar, "
      + "kata polisi kepada wartawan. Sebanyak 35 orang telah diperiksa di 17 kota.";

  private static Article article(String id, String body, String language) {
    return Article.newBuilder().setArticleId(id).setSourceUri(id + ".txt").setFormat("text")
        .setAuthors(List.of()).setCleanText(body).setRawLength(body.length()).setLanguage(language)
        .setCleanLength(body.length()).setRemovedCount(0).setPipelineVersion("test").build();
  }

  private PCollection<Article> articles() {
    return pipeline.apply(Create.of(article("en1", ENGLISH, "en"), article("id1", INDONESIAN, "id"),
            article("de1", ENGLISH, "de"), article("none", ENGLISH, null)))
        .setCoder(AvroCoder.of(Article.class));
  }

  @Test
  public void onlyArticlesInAClaimLanguageGiveMentionsAndTheOthersAreCounted() {
    PCollection<ClaimMention> mentions = articles()
        .apply(new ExtractClaims(0.0, CandidateBudget.standard(), ClaimLanguages.english()));

    PAssert.that(mentions).satisfies(all -> {
      TreeSet<String> from = new TreeSet<>();
      all.forEach(m -> from.add(m.getArticleId()));
      assertThat(from, equalTo(new TreeSet<>(List.of("en1"))));
      return null;
    });
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertThat(counter(result, ExtractClaims.LANGUAGE_SKIPPED_ARTICLES), equalTo(3L));
    assertThat(counter(result, ExtractClaims.LANGUAGE_SKIPPED_SENTENCES), equalTo(6L));
    assertThat(counter(result, "sentences"), equalTo(2L));
  }

  @Test
  public void unknownAdmitsArticlesWithoutADetectedLanguage() {
    PCollection<ClaimMention> mentions = articles()
        .apply(new ExtractClaims(0.0, CandidateBudget.standard(), ClaimLanguages.parse("en,unknown")));

    PAssert.that(mentions).satisfies(all -> {
      TreeSet<String> from = new TreeSet<>();
      all.forEach(m -> from.add(m.getArticleId()));
      assertThat(from, equalTo(new TreeSet<>(List.of("en1", "none"))));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  private static long counter(PipelineResult result, String name) {
    long sum = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(Stage.CLAIMS, name)).build()).getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }
}
