package io.claimsift.beam.dedup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.Quantity;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;

public class ClusterClaimsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static Quantity usd(String text, double value) {
    return new Quantity(text, 0, text.length(), "money", value / 1e9, "USD", "USD", value, null, null, "=", null);
  }

  private static ClaimMention mention(String id, String article, String sentence, Quantity q) {
    return ClaimMention.newBuilder().setMentionId(id).setArticleId(article).setClaimId("")
        .setSentence(sentence).setStart(0).setEnd(sentence.length())
        .setQuantities(List.of(q)).setDates(List.of()).setAttribution(null).setHedged(false).setScore(0.9)
        .build();
  }

  private static Article article(String id, String publishedAt) {
    return Article.newBuilder().setArticleId(id).setSourceUri(id + ".txt").setFormat("text")
        .setAuthors(List.of()).setCleanText("x").setRawLength(1).setCleanLength(1).setRemovedCount(0)
        .setPublishedAt(publishedAt == null ? null : Instant.parse(publishedAt)).setPipelineVersion("test")
        .build();
  }

  @Test
  public void sameFigureMergesAcrossArticlesAndADifferentFigureStaysApart() {
    PCollection<ClaimMention> mentions = pipeline.apply("Mentions", Create.of(
        mention("m1", "a1", "North Korea stole $2 billion from crypto exchanges, the UN report says.", usd("$2 billion", 2e9)),
        mention("m2", "a2", "The UN report says North Korea stole $2 billion from cryptocurrency exchanges.", usd("$2 billion", 2e9)),
        mention("m3", "a3", "North Korea stole $2.3 billion from crypto exchanges, the UN report says.", usd("$2.3 billion", 2.3e9))))
        .setCoder(AvroCoder.of(ClaimMention.class));
    PCollection<Article> articles = pipeline.apply("Articles", Create.of(
        article("a1", "2019-08-06T00:00:00Z"), article("a2", "2019-08-05T00:00:00Z"), article("a3", null)))
        .setCoder(AvroCoder.of(Article.class));

    PCollectionTuple clustered = mentions.apply(new ClusterClaims(articles));

    PAssert.that(clustered.get(ClusterClaims.CLAIMS)).satisfies(claims -> {
      Map<Set<String>, Claim> byArticles = new HashMap<>();
      claims.forEach(c -> byArticles.put(new TreeSet<>(c.getArticleIds()), c));
      assertThat(byArticles.keySet(), equalTo(Set.of(Set.of("a1", "a2"), Set.of("a3"))));
      Claim merged = byArticles.get(Set.of("a1", "a2"));
      assertThat(merged.getSupportCount(), equalTo(2));
      assertThat(merged.getFirstPublishedAt(), equalTo(Instant.parse("2019-08-05T00:00:00Z")));
      assertThat(byArticles.get(Set.of("a3")).getFirstPublishedAt(), equalTo(null));
      return null;
    });
    PAssert.that(clustered.get(ClusterClaims.MENTIONS)).satisfies(out -> {
      Map<String, String> claimOf = new HashMap<>();
      out.forEach(m -> claimOf.put(m.getMentionId(), m.getClaimId()));
      assertThat(claimOf.get("m1"), equalTo(claimOf.get("m2")));
      assertThat(claimOf.get("m1").equals(claimOf.get("m3")), equalTo(false));
      assertThat(claimOf.get("m1").length(), equalTo(24));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aClaimCountsItsOutletsAndNamesItsClaimers() {
    ClaimMention m1 = ClaimMention.newBuilder(mention("m1", "a1",
        "North Korea stole $2 billion from crypto exchanges, the UN report says.", usd("$2 billion", 2e9)))
        .setAttribution("the UN report").build();
    ClaimMention m2 = ClaimMention.newBuilder(mention("m2", "a2",
        "The UN report says North Korea stole $2 billion from cryptocurrency exchanges.", usd("$2 billion", 2e9)))
        .setAttribution("The UN  report").build();
    ClaimMention m3 = ClaimMention.newBuilder(mention("m3", "a3",
        "North Korea stole $2 billion from crypto exchanges, Reuters says the UN report says.", usd("$2 billion", 2e9)))
        .setAttribution("Reuters").build();
    PCollection<ClaimMention> mentions = pipeline.apply("Mentions", Create.of(m1, m2, m3))
        .setCoder(AvroCoder.of(ClaimMention.class));
    // a1 and a2: two pages of one site (a syndicated copy would count once per site that printed it)
    PCollection<Article> articles = pipeline.apply("Articles", Create.of(
        Article.newBuilder(article("a1", null)).setOutlet("reuters.com").build(),
        Article.newBuilder(article("a2", null)).setOutlet("reuters.com").build(),
        Article.newBuilder(article("a3", null)).setOutlet("bbc.co.uk").build()))
        .setCoder(AvroCoder.of(Article.class));

    PCollectionTuple clustered = mentions.apply(new ClusterClaims(articles));

    PAssert.that(clustered.get(ClusterClaims.CLAIMS)).satisfies(claims -> {
      List<Claim> all = new java.util.ArrayList<>();
      claims.forEach(all::add);
      assertThat(all.size(), equalTo(1));
      assertThat(all.get(0).getSupportCount(), equalTo(3));
      assertThat(all.get(0).getOutletCount(), equalTo(2));
      assertThat(all.get(0).getOutlets(), equalTo(List.of("bbc.co.uk", "reuters.com")));
      assertThat(all.get(0).getClaimers(), equalTo(List.of("Reuters", "The UN report")));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
