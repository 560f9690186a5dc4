package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.claimsift.output.Dataset;
import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.RemovedSegment;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** An HTML page (plain and gzipped) goes through the whole pipeline with its metadata. */
public class HtmlInputPipelineTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void htmlPagesKeepTheirMetadataAndLoseTheirBoilerplate() throws Exception {
    String html = Files.readString(Paths.get("pipeline/beam/src/test/resources/pages/report.html"));
    Path in = tmp.newFolder("in").toPath();
    Files.writeString(in.resolve("report.html"), html);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("report-copy.htm.gz")))) {
      gz.write(html.replace("flood-damage", "flood-damage-amp").getBytes(StandardCharsets.UTF_8));
    }
    Path out = tmp.getRoot().toPath().resolve("out");

    ClaimSiftPipeline.run(PipelineOptionsFactory.fromArgs("--input=" + in, "--output=" + out)
        .as(ClaimSiftOptions.class));

    List<Article> articles = OutputFiles.avro(out, Dataset.ARTICLES, Article.class);
    assertThat(articles.size(), equalTo(2));
    Article a = articles.stream().filter(x -> x.getSourceUri().equals("report.html")).findFirst().orElseThrow();
    assertThat(a.getFormat(), equalTo("html"));
    assertThat(a.getCanonicalUrl(), equalTo("https://news.example.org/2024/05/flood-damage"));
    assertThat(a.getSiteName(), equalTo("Example Gazette"));
    assertThat(a.getTitle(), equalTo("Ministry Says Flood Damage Reached $3.4 Billion"));
    assertThat(a.getAuthors(), equalTo(List.of("Dana Whitfield")));
    assertThat(a.getPublishedAt(), equalTo(Instant.parse("2024-05-02T08:30:00Z")));
    assertThat(a.getLanguage(), equalTo("en"));
    assertThat(a.getCleanText(), containsString("damage from the April floods reached $3.4 billion"));
    for (String boilerplate : new String[] {"Share on Facebook", "Related Posts", "Leave a Reply",
        "newsletter", "All rights reserved", "window.dataLayer", "Business"}) {
      assertThat(boilerplate, a.getCleanText(), not(containsString(boilerplate)));
    }
    List<String> reasons = OutputFiles.avro(out, Dataset.REMOVED_SEGMENTS, RemovedSegment.class).stream()
        .filter(s -> s.getArticleId().equals(a.getArticleId())).map(RemovedSegment::getReason).toList();
    for (String reason : new String[] {"navigation", "share_prompt", "related_links", "comment_form"}) {
      assertThat(reasons, hasItem(reason));
    }
    Article gz = articles.stream().filter(x -> x.getSourceUri().equals("report-copy.htm.gz")).findFirst().orElseThrow();
    assertThat(gz.getCanonicalUrl(), equalTo("https://news.example.org/2024/05/flood-damage-amp"));

    // The two copies of the page are one outlet's (news.example.org): the first by article id keeps
    // the sentence, the other copy's is a site_template row (docs/outlets.md, site templates, rule 5).
    Article first = articles.stream().min(Comparator.comparing(Article::getArticleId)).orElseThrow();
    Article copy = articles.stream().max(Comparator.comparing(Article::getArticleId)).orElseThrow();
    List<ClaimMention> mentions = OutputFiles.avro(out, Dataset.CLAIM_MENTIONS, ClaimMention.class);
    ClaimMention damage = mentions.stream().filter(m -> m.getArticleId().equals(first.getArticleId())
        && m.getSentence().contains("$3.4 billion")).findFirst().orElseThrow();
    assertThat(first.getCleanText().substring(damage.getStart(), damage.getEnd()), equalTo(damage.getSentence()));
    assertThat(damage.getQuantities().stream().map(q -> q.getNormalizedValue()).toList(), hasItem(3.4e9));
    String claimId = damage.getClaimId();
    assertThat(mentions.stream().filter(m -> m.getClaimId().equals(claimId)).count(), is(1L));
    assertThat(OutputFiles.avro(out, Dataset.REMOVED_SEGMENTS, RemovedSegment.class).stream()
        .filter(s -> s.getArticleId().equals(copy.getArticleId()) && s.getReason().equals("site_template"))
        .map(RemovedSegment::getText).toList(), hasItem(damage.getSentence()));
  }
}
