package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.RemovedSegment;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;

public class RemoveSiteTemplatesTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static final String TEASER = "The governor's budget would close 14 rural hospitals by 2022, critics say.";
  private static final String SIDEBAR = "He did not leak those concerns to the press, he said.\n\n" + TEASER
      + "\n\nSign up for our morning newsletter and get the day's 10 top stories in your inbox.";
  private static final String[] OWN = {
      "The city council voted on Tuesday to delay the new bus lanes for another year. Supporters of the "
          + "plan were furious, and the transit agency said the delay would cost $4 million in grants.",
      "Our schools are short of 300 teachers this autumn. Starting salaries have not kept up with rents, "
          + "which rose 40% in five years, and young teachers leave for the suburbs.",
      "Soybean exports fell 20% in the third quarter, the farm bureau reported on Monday. Farmers say "
          + "the federal aid payments do not cover their losses this year.",
      "Steel importers in Ohio have laid off 1,200 workers since the summer. Buyers have turned to "
          + "suppliers in Vietnam and Mexico to avoid the duties.",
      "Hospital mergers in the state have cut 900 beds since 2015, a study found. Rural patients now "
          + "drive an hour on average to reach an emergency room."};

  /** Each page's own prose: its lead, and a closing paragraph of its own (pages are longer than their sidebar). */
  private static String text(int i) {
    return OWN[i] + "\n\nOfficials will publish a full report on the matter in " + (2020 + i) + ", and a public "
        + "hearing is planned for the week after, where residents may speak for " + (3 + i) + " minutes each. "
        + "The " + (12 + i) + " members of the committee have not said how they will vote on the plan.\n\n"
        + SIDEBAR;
  }

  private static Article article(String id, int i, String outlet) {
    String text = text(i);
    return Article.newBuilder().setArticleId(id).setSourceUri(id + ".html").setFormat("html")
        .setAuthors(List.of()).setCleanText(text).setRawLength(text.length()).setCleanLength(text.length())
        .setRemovedCount(2).setPipelineVersion("test").setOutlet(outlet).build();
  }

  private static ClaimMention mention(String articleId, int i, String sentence) {
    int start = text(i).indexOf(sentence);
    return ClaimMention.newBuilder().setMentionId(articleId + ":" + start).setArticleId(articleId).setClaimId("")
        .setSentence(sentence).setStart(start).setEnd(start + sentence.length())
        .setQuantities(List.of()).setDates(List.of()).setHedged(false).setScore(0.9).build();
  }

  @Test
  public void aSidebarRepeatedWithinOneOutletGoesButNeverAcrossOutletsOrForUnknownOnes() {
    // a and b: one site; c: another site; d and e: no site named, each its own outlet
    String[][] pages = {{"a", "0", "example-news.com"}, {"b", "1", "example-news.com"},
        {"c", "2", "other-paper.co.uk"}, {"d", "3", "article:d"}, {"e", "4", "article:e"}};
    List<Article> articles = new java.util.ArrayList<>();
    List<ClaimMention> mentions = new java.util.ArrayList<>();
    for (String[] p : pages) {
      int i = Integer.parseInt(p[1]);
      articles.add(article(p[0], i, p[2]));
      mentions.add(mention(p[0], i, TEASER));
      mentions.add(mention(p[0], i, OWN[i].substring(0, OWN[i].indexOf('.') + 1)));
    }
    PCollection<Article> articleInput = pipeline.apply("Articles", Create.of(articles))
        .setCoder(AvroCoder.of(Article.class));
    PCollection<ClaimMention> mentionInput = pipeline.apply("Mentions", Create.of(mentions))
        .setCoder(AvroCoder.of(ClaimMention.class));

    PCollectionTuple out = mentionInput.apply(new RemoveSiteTemplates(articleInput));

    PAssert.that(out.get(RemoveSiteTemplates.REMOVED)).satisfies(segments -> {
      Map<String, Integer> perArticle = new TreeMap<>();
      for (RemovedSegment s : segments) {
        perArticle.merge(s.getArticleId(), 1, Integer::sum);
        assertThat(s.getReason(), equalTo("site_template"));
        int i = s.getArticleId().equals("a") ? 0 : 1;
        assertThat(text(i).substring(s.getStart(), s.getEnd()), equalTo(s.getText()));
      }
      assertThat(perArticle, equalTo(Map.of("a", 3, "b", 3)));
      return null;
    });
    PAssert.that(out.get(RemoveSiteTemplates.MENTIONS)).satisfies(kept -> {
      TreeSet<String> teaserKeptIn = new TreeSet<>();
      int own = 0;
      for (ClaimMention m : kept) {
        if (m.getSentence().equals(TEASER)) {
          teaserKeptIn.add(m.getArticleId());
        } else {
          own++;
        }
      }
      assertThat(teaserKeptIn, equalTo(new TreeSet<>(List.of("c", "d", "e"))));
      assertThat(own, equalTo(5));
      return null;
    });
    PAssert.that(out.get(RemoveSiteTemplates.ARTICLES)).satisfies(result -> {
      Map<String, Integer> removed = new TreeMap<>();
      result.forEach(a -> removed.put(a.getArticleId(), a.getRemovedCount()));
      assertThat(removed, equalTo(Map.of("a", 5, "b", 5, "c", 2, "d", 2, "e", 2)));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aCopyLosesItsMentionsToTheFirstCopyOfItsOutletButNeverToAnotherOutlet() {
    // a and b: one page printed twice by one site; c: the same page printed by another site
    List<Article> articles = List.of(article("b", 0, "example-news.com"), article("a", 0, "example-news.com"),
        article("c", 0, "other-paper.co.uk"));
    String lead = OWN[0].substring(0, OWN[0].indexOf('.') + 1);
    PCollection<Article> articleInput = pipeline.apply("Articles", Create.of(articles))
        .setCoder(AvroCoder.of(Article.class));
    PCollection<ClaimMention> mentionInput = pipeline.apply("Mentions", Create.of(
        mention("a", 0, lead), mention("b", 0, lead), mention("c", 0, lead))).setCoder(AvroCoder.of(ClaimMention.class));

    PCollectionTuple out = mentionInput.apply(new RemoveSiteTemplates(articleInput));

    PAssert.that(out.get(RemoveSiteTemplates.REMOVED)).satisfies(segments -> {
      TreeSet<String> removedFrom = new TreeSet<>();
      segments.forEach(s -> removedFrom.add(s.getArticleId()));
      assertThat(removedFrom, equalTo(new TreeSet<>(List.of("b"))));
      return null;
    });
    PAssert.that(out.get(RemoveSiteTemplates.MENTIONS)).satisfies(kept -> {
      TreeSet<String> keptIn = new TreeSet<>();
      kept.forEach(m -> keptIn.add(m.getArticleId()));
      assertThat(keptIn, equalTo(new TreeSet<>(List.of("a", "c"))));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void anOutletOverTheCapIsComparedOnItsArticlesWithTheSmallestIds() {
    // three articles of one site, a cap of two: c (the largest id) is not compared and keeps its sidebar
    List<Article> articles = List.of(article("c", 2, "example-news.com"), article("a", 0, "example-news.com"),
        article("b", 1, "example-news.com"));
    PCollection<Article> articleInput = pipeline.apply("Articles", Create.of(articles))
        .setCoder(AvroCoder.of(Article.class));
    PCollection<ClaimMention> mentionInput = pipeline.apply("Mentions", Create.of(mention("c", 2, TEASER)))
        .setCoder(AvroCoder.of(ClaimMention.class));

    PCollectionTuple out = mentionInput.apply(new RemoveSiteTemplates(articleInput, 2));

    PAssert.that(out.get(RemoveSiteTemplates.REMOVED)).satisfies(segments -> {
      Map<String, Integer> perArticle = new TreeMap<>();
      segments.forEach(s -> perArticle.merge(s.getArticleId(), 1, Integer::sum));
      assertThat(perArticle, equalTo(Map.of("a", 3, "b", 3)));
      return null;
    });
    PAssert.that(out.get(RemoveSiteTemplates.MENTIONS)).satisfies(kept -> {
      assertThat(kept.iterator().next().getArticleId(), equalTo("c"));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void theClaimStagesSentencesFindTheSameTemplatesAsSplittingAgain() {
    // a and b share the sidebar within one outlet; c is alone in its outlet
    List<Article> articles = List.of(article("a", 0, "example-news.com"), article("b", 1, "example-news.com"),
        article("c", 2, "other-paper.co.uk"));
    PCollection<Article> articleInput = pipeline.apply("Articles", Create.of(articles))
        .setCoder(AvroCoder.of(Article.class));
    PCollectionTuple extracted = articleInput.apply(new ExtractClaims(0.0).withOutletPages());

    PCollectionTuple carried = extracted.get(ExtractClaims.MENTIONS).apply("Carried",
        new RemoveSiteTemplates(articleInput, extracted.get(ExtractClaims.OUTLET_PAGES)));
    PCollectionTuple splitAgain = extracted.get(ExtractClaims.MENTIONS).apply("SplitAgain",
        new RemoveSiteTemplates(articleInput));

    for (PCollectionTuple out : List.of(carried, splitAgain)) {
      PAssert.that(out.get(RemoveSiteTemplates.REMOVED)).satisfies(segments -> {
        TreeSet<String> spans = new TreeSet<>();
        for (RemovedSegment s : segments) {
          int i = s.getArticleId().equals("a") ? 0 : 1;
          assertThat(text(i).substring(s.getStart(), s.getEnd()), equalTo(s.getText()));
          spans.add(s.getArticleId() + ":" + s.getText());
        }
        // the sidebar's three sentences, in each page of the shared outlet
        assertThat(spans.size(), equalTo(6));
        assertThat(spans.first(), equalTo("a:" + SIDEBAR.substring(0, SIDEBAR.indexOf('\n'))));
        return null;
      });
    }
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void anOutletPageSurvivesItsCoder() throws Exception {
    String text = "One sentence here. Another one there.";
    OutletPage page = OutletPage.of("id", text, null, SentenceSplitter.english().split(text));

    byte[] bytes = CoderUtils.encodeToByteArray(new OutletPage.Coder(), page);
    OutletPage back = CoderUtils.decodeFromByteArray(new OutletPage.Coder(), bytes);

    assertThat(back.articleId(), equalTo("id"));
    assertThat(back.title(), equalTo(null));
    assertThat(back.sentences(), equalTo(List.of(new Sentence(0, 18, "One sentence here."),
        new Sentence(19, 37, "Another one there."))));
  }

  @Test
  public void anOutletPageKeepsItsHeadlineThroughItsCoder() throws Exception {
    String text = "One sentence here.";
    OutletPage page = OutletPage.of("id", text, "Council delays the bus lanes", SentenceSplitter.english().split(text));

    OutletPage back = CoderUtils.decodeFromByteArray(new OutletPage.Coder(),
        CoderUtils.encodeToByteArray(new OutletPage.Coder(), page));

    assertThat(back.title(), equalTo("Council delays the bus lanes"));
    assertThat(back.cleanText(), equalTo(text));
  }
}
