package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import io.claimsift.claims.ClaimExtractor;
import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.RemovedSegment;
import io.claimsift.sentences.Sentence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.Test;

public class RecordCoderTest {
  private static final String TEXT = "Prix : 2 000 € — “ok”. Exports fell 4.5% to $2 billion in March 2024, "
      + "the ministry said on Tuesday. 😀 Ünïcödé 𝔘.";

  private static Article article(String id, String publishedAt) {
    return Article.newBuilder().setArticleId(id).setSourceUri("dir/" + id + ".html").setFormat("html")
        .setCanonicalUrl("https://news.example.org/" + id).setSiteName(null).setTitle("Title")
        .setAuthors(List.of("Ann Lee", "Bo Chen")).setCleanText(TEXT).setRawLength(9_000_000_000L)
        .setCleanLength(TEXT.length()).setRemovedCount(3)
        .setPublishedAt(publishedAt == null ? null : Instant.parse(publishedAt))
        .setUpdatedAt(Instant.parse("2024-03-06T01:02:03.456Z")).setLanguage("en").setPipelineVersion("test")
        .setOutlet("example.org").build();
  }

  /** A mention with quantities, dates and an attribution, as the claim stage makes them. */
  private static ClaimMention mention() {
    int start = TEXT.indexOf("Exports");
    int end = TEXT.indexOf("Tuesday.") + "Tuesday.".length();
    Sentence sentence = new Sentence(start, end, TEXT.substring(start, end));
    return Records.mention("a1", sentence,
        ClaimExtractor.english().analyze(TEXT, List.of(sentence), 0, LocalDate.of(2024, 3, 6)));
  }

  @Test
  public void recordsOfEveryShapeDecodeEqualToWhatWasEncoded() throws Exception {
    ClaimMention mention = mention();
    assertThat("the sample mention has quantities", mention.getQuantities().size(), greaterThan(0));
    assertThat("the sample mention has dates", mention.getDates().size(), greaterThan(0));

    CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(Article.class), article("a1", "2024-03-05T10:00:00.123Z"));
    CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(Article.class), article("a2", null));
    CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(ClaimMention.class), mention);
    CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(RemovedSegment.class),
        new RemovedSegment("a1", 0, 4, null, "Prix", "site_template"));
  }

  @Test
  public void recordsWrittenOneAfterAnotherReadBackInOrder() throws Exception {
    Coder<Article> coder = RecordCoder.of(Article.class);
    List<Article> written = List.of(article("a1", null), article("a2", "2020-01-01T00:00:00Z"), article("a3", null));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    for (Article a : written) {
      coder.encode(a, out);
    }
    ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
    List<Article> read = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      read.add(coder.decode(in));
    }

    assertThat(read, equalTo(written));
    assertThat("nothing left over", in.read(), equalTo(-1));
  }

  @Test
  public void equalRecordsGiveEqualBytesAndDifferentOnesDifferentBytes() throws Exception {
    Coder<Article> coder = RecordCoder.of(Article.class);

    byte[] first = CoderUtils.encodeToByteArray(coder, article("a1", null));
    byte[] again = CoderUtils.encodeToByteArray(coder, article("a1", null));
    byte[] other = CoderUtils.encodeToByteArray(coder, article("a2", null));

    assertThat(again, equalTo(first));
    assertThat(other, not(equalTo(first)));
  }

  @Test
  public void threadsSharingOneCoderEachGetTheirOwnRecordsBack() throws Exception {
    Coder<Article> coder = RecordCoder.of(Article.class);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          int wrong = 0;
          for (int i = 0; i < 500; i++) {
            Article a = article("t" + thread + "-" + i, i % 2 == 0 ? null : "2021-06-0" + (1 + thread) + "T00:00:00Z");
            if (!CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, a)).equals(a)) {
              wrong++;
            }
          }
          return wrong;
        }));
      }
      for (Future<Integer> r : results) {
        assertThat(r.get(), equalTo(0));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void theCoderSurvivesSerialisationAndEqualsItsCopy() throws Exception {
    Coder<ClaimMention> coder = RecordCoder.of(ClaimMention.class);

    CoderProperties.coderSerializable(coder);
    assertThat(org.apache.beam.sdk.util.SerializableUtils.clone(coder), equalTo(coder));
    assertThat(RecordCoder.of(Article.class), not(equalTo((Object) coder)));
  }
}
