package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.claimsift.read.DecodedDocument;
import io.claimsift.read.DocumentFormat;
import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

public class CleanAndExtractTransformsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static final String PAGE = String.join("\n",
      "Port Authority Reports Record Cargo Volumes",
      "",
      "By Jane Ortiz",
      "",
      "The port handled 4.2 million containers in 2023, up 12% from the year before, its annual report says.",
      "",
      "Will the growth last?",
      "",
      "Share this article",
      "");

  @Test
  public void cleaningSplitsArticlesRemovalsAndRejects() {
    PCollection<DecodedDocument> docs = pipeline.apply(Create.of(
            new DecodedDocument("port.txt", "id-port", DocumentFormat.TEXT, PAGE),
            new DecodedDocument("menu.html", "id-menu", DocumentFormat.HTML,
                "<html><body><nav><a href='/'>Home</a></nav></body></html>")))
        .setCoder(SerializableCoder.of(DecodedDocument.class));

    PCollectionTuple cleaned = docs.apply(new CleanArticles());

    PAssert.that(cleaned.get(CleanArticles.ARTICLES)).satisfies(articles -> {
      List<Article> list = new ArrayList<>();
      articles.forEach(list::add);
      assertThat(list.size(), equalTo(1));
      assertThat(list.get(0).getTitle(), equalTo("Port Authority Reports Record Cargo Volumes"));
      assertThat(list.get(0).getAuthors(), equalTo(List.of("Jane Ortiz")));
      assertThat(list.get(0).getRemovedCount(), equalTo(3));
      return null;
    });
    PAssert.that(cleaned.get(CleanArticles.REMOVED)
            .apply(MapElements.into(TypeDescriptors.strings()).via(RemovedSegment::getReason)))
        .containsInAnyOrder("title", "byline", "share_prompt");
    PAssert.that(cleaned.get(CleanArticles.REJECTS)
            .apply("RejectReasons", MapElements.into(TypeDescriptors.strings())
                .via((Reject r) -> r.getSourceUri() + ":" + r.getStage() + ":" + r.getReason())))
        .containsInAnyOrder("menu.html:clean:no_body_text");
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void extractionKeepsOnlySentencesAtOrAboveTheThreshold() {
    String body = "The port handled 4.2 million containers in 2023, up 12% from the year before.\n\n"
        + "Will the growth last?";
    Article article = Article.newBuilder().setArticleId("a").setSourceUri("a.txt").setFormat("text")
        .setAuthors(List.of()).setCleanText(body).setRawLength(body.length())
        .setCleanLength(body.length()).setRemovedCount(0).setPipelineVersion("test").setLanguage("en").build();
    PCollection<Article> articles = pipeline.apply(Create.of(article)).setCoder(AvroCoder.of(Article.class));

    PCollection<ClaimMention> mentions = articles.apply(new ExtractClaims(0.5));

    PAssert.that(mentions).satisfies(all -> {
      List<ClaimMention> list = new ArrayList<>();
      all.forEach(list::add);
      assertThat(list.size(), equalTo(1));
      ClaimMention m = list.get(0);
      assertThat(body.substring(m.getStart(), m.getEnd()), equalTo(m.getSentence()));
      assertThat(m.getQuantities().stream().map(q -> q.getKind() + ":" + q.getNormalizedValue()).toList(),
          hasItem("percent:12.0"));
      assertThat(m.getDates().get(0).getText(), equalTo("2023"));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
