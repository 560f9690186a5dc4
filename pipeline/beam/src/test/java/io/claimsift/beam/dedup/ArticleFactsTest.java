package io.claimsift.beam.dedup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.claimsift.schema.Article;
import java.time.Instant;
import java.util.List;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.Test;

public class ArticleFactsTest {
  private static Article article(Instant published, String outlet) {
    return Article.newBuilder().setArticleId("a1").setSourceUri("news/a1.html").setFormat("html")
        .setAuthors(List.of()).setCleanText("Text.").setRawLength(10).setCleanLength(5).setRemovedCount(0)
        .setPublishedAt(published).setOutlet(outlet).setPipelineVersion("test").build();
  }

  private static ArticleFacts roundTrip(ArticleFacts facts) throws Exception {
    return CoderUtils.decodeFromByteArray(ArticleFacts.coder(), CoderUtils.encodeToByteArray(ArticleFacts.coder(), facts));
  }

  @Test
  public void keepsEveryFactThroughTheCoder() throws Exception {
    ArticleFacts decoded = roundTrip(ArticleFacts.of(article(Instant.parse("2025-03-04T05:06:07.089Z"), "example.org")));

    assertEquals(Long.valueOf(Instant.parse("2025-03-04T05:06:07.089Z").toEpochMilli()), decoded.publishedAtMillis);
    assertEquals("news/a1.html", decoded.sourceUri);
    assertEquals("example.org", decoded.outlet);
  }

  @Test
  public void keepsMissingFactsMissing() throws Exception {
    ArticleFacts decoded = roundTrip(ArticleFacts.NONE);

    assertNull(decoded.publishedAtMillis);
    assertNull(decoded.sourceUri);
    assertNull(decoded.outlet);
  }
}
