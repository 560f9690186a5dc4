package io.claimsift.beam;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.DateSpan;
import io.claimsift.schema.Quantity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.Test;

public class RecordCoderTest {
  private static final String SENTENCE = "Prices rose by 5% to $2 billion in 2025, “officials” said.";

  private static ClaimMention mention(String attribution) {
    Quantity percent = new Quantity("5%", 15, 17, "percent", 5.0, "percent", null, 5.0, null, null, "=", "up");
    Quantity money = new Quantity("$2 billion", 21, 31, "money", 2.0, "USD", "USD", 2e9, 1e9, 3e9, "~", null);
    DateSpan year = new DateSpan("2025", 35, 39, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "year");
    DateSpan open = new DateSpan("since 2020", 0, 10, LocalDate.of(2020, 1, 1), null, "year");
    return ClaimMention.newBuilder().setMentionId("m1").setArticleId("a1").setClaimId("c1").setSentence(SENTENCE)
        .setStart(3).setEnd(3 + SENTENCE.length()).setQuantities(List.of(percent, money)).setDates(List.of(year, open))
        .setAttribution(attribution).setAttributionStart(attribution == null ? null : 45)
        .setAttributionEnd(attribution == null ? null : 54).setAttributionInSentence(attribution == null ? null : true)
        .setHedged(true).setScore(0.73).setSimilarityToRepresentative(0.9125).build();
  }

  private static Article article(Instant published) {
    return Article.newBuilder().setArticleId("a1").setSourceUri("a1.html").setFormat("html").setAuthors(List.of("Ann"))
        .setCleanText(SENTENCE).setRawLength(100).setCleanLength(SENTENCE.length()).setRemovedCount(0)
        .setPublishedAt(published).setPublishedAtSource(published == null ? null : "json_ld")
        .setPipelineVersion("test").build();
  }

  @Test
  public void aMentionWithQuantitiesDatesAndNullsSurvivesEncoding() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(ClaimMention.class), mention("the ministry"));
    CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(ClaimMention.class), mention(null));
  }

  @Test
  public void anArticleKeepsItsPublicationInstantOrNone() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(Article.class), article(Instant.parse("2025-03-04T05:06:07.089Z")));
    CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(Article.class), article(null));
  }

  @Test
  public void writesTheSameBytesAsAvroCoder() throws Exception {
    ClaimMention mention = mention("the ministry");

    byte[] ours = CoderUtils.encodeToByteArray(RecordCoder.of(ClaimMention.class), mention);
    byte[] avro = CoderUtils.encodeToByteArray(AvroCoder.of(ClaimMention.class), mention);

    assertArrayEquals(avro, ours);
  }

  @Test
  public void readsRecordsInsideNestedCodersWithoutReadingPastThem() throws Exception {
    CoderProperties.coderDecodeEncodeEqualInContext(RecordCoder.of(ClaimMention.class),
        org.apache.beam.sdk.coders.Coder.Context.NESTED, mention("x"));
  }

  @Test
  public void survivesJavaSerializationAsRunnersShipIt() throws Exception {
    RecordCoder<Article> coder = RecordCoder.of(Article.class);
    CoderUtils.encodeToByteArray(coder, article(null));

    RecordCoder<Article> shipped = SerializableUtils.clone(coder);

    assertEquals(coder, shipped);
    CoderProperties.coderDecodeEncodeEqual(shipped, article(Instant.EPOCH));
  }
}
