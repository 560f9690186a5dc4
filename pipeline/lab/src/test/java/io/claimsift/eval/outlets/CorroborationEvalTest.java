package io.claimsift.eval.outlets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.claimsift.eval.ResultLine;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecordBase;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CorroborationEvalTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private static Article article(String id, String canonicalUrl, String language) {
    return Article.newBuilder().setArticleId(id).setSourceUri(id + ".html").setFormat("html")
        .setCanonicalUrl(canonicalUrl).setAuthors(List.of()).setCleanText("x").setRawLength(1)
        .setCleanLength(1).setRemovedCount(0).setPipelineVersion("test").setLanguage(language).build();
  }

  private static Claim claim(String id, String... articleIds) {
    return Claim.newBuilder().setClaimId(id).setText("t").setRepresentativeMentionId("m")
        .setSupportCount(articleIds.length).setMentionCount(articleIds.length).setArticleIds(List.of(articleIds))
        .setQuantities(List.of()).setDates(List.of()).build();
  }

  private static ClaimMention mention(String id, String articleId) {
    return ClaimMention.newBuilder().setMentionId(id).setArticleId(articleId).setClaimId("c").setSentence("s")
        .setStart(0).setEnd(1).setQuantities(List.of()).setDates(List.of()).setHedged(false).setScore(1).build();
  }

  private <T extends SpecificRecordBase> void write(Path output, String dataset, List<T> records) throws IOException {
    Path folder = Files.createDirectories(output.resolve(dataset));
    try (DataFileWriter<T> writer = new DataFileWriter<>(new SpecificDatumWriter<T>(records.get(0).getSchema()))) {
      writer.create(records.get(0).getSchema(), folder.resolve(dataset + "-00000-of-00001.avro").toFile());
      for (T r : records) {
        writer.append(r);
      }
    }
  }

  @Test
  public void countsOutletsFromTheArticlesAndTheShareOfSingleOutletClaims() throws IOException {
    Path output = tmp.getRoot().toPath();
    // a and b: one site (no outlet field written: derived from canonical_url); c: another; d: unknown
    write(output, "articles", List.of(article("a", "https://www.site.co.uk/1", "en"),
        article("b", "https://news.site.co.uk/2", "en"), article("c", "https://other.com/3", "de"),
        article("d", null, null)));
    write(output, "claims", List.of(claim("c1", "a", "b"), claim("c2", "a", "c"), claim("c3", "a", "b", "c", "d"),
        claim("c4", "d")));
    write(output, "claim_mentions", List.of(mention("m1", "a"), mention("m2", "c"), mention("m3", "d")));

    List<String> lines = CorroborationEval.evaluate(output, "t").stream().map(ResultLine::toString).toList();

    // halves by outlet (SHA-256 of "tc1:" + outlet, computed apart): site.co.uk and article:d are
    // tune, other.com is check; a claim goes with its first outlet: c1, c3 (article:d) and c4 tune, c2 check

    assertThat(lines, equalTo(List.of(
        "RESULT corroboration-support set=t support_1=1 support_2=2 support_3=0 support_4=1 support_5plus=0",
        "RESULT corroboration-outlets set=t outlets_1=2 outlets_2=1 outlets_3=1 outlets_4=0 outlets_5plus=0",
        "RESULT corroboration-single-outlet set=t articles=4 outlets=3 claims=4 multi_article=3 single_outlet=1"
            + " single_outlet_share=0.333 single_outlet_per_100_articles=25.000",
        "RESULT corroboration-single-outlet set=t half=tune articles=3 outlets=2 claims=3 multi_article=2"
            + " single_outlet=1 single_outlet_share=0.500 single_outlet_per_100_articles=33.333",
        "RESULT corroboration-single-outlet set=t half=check articles=1 outlets=1 claims=1 multi_article=1"
            + " single_outlet=0 single_outlet_share=0.000 single_outlet_per_100_articles=0.000",
        "RESULT corroboration-languages set=t mentions_de=1 mentions_en=1 mentions_unknown=1 mentions_outside_en=2")));
  }

  @Test
  public void theNearCopyHistogramCountsTheTuneHalfsArticlesOfOutletsWithSeveral() throws IOException {
    Path output = tmp.getRoot().toPath();
    String story = "The council voted on Tuesday to delay the new bus lanes. The delay will cost the city "
        + "four million dollars in grants. Shop owners said they had not been consulted.";
    String withComment = story + " Supporters of the plan were furious.";
    // site.co.uk is tune, other.com check (see above): only a and b are counted
    write(output, "articles", List.of(withText(article("a", "https://www.site.co.uk/1", "en"), story),
        withText(article("b", "https://www.site.co.uk/2", "en"), withComment),
        withText(article("c", "https://other.com/3", "en"), story),
        withText(article("d", "https://other.com/4", "en"), withComment)));

    ResultLine line = CorroborationEval.nearCopyHistogram(output, "t");

    // a: all of its 30 prose words are in b (1); b: 30 of its 36 are in a (0.83)
    assertThat(line.toString(), equalTo("RESULT corroboration-near-copy set=t half=tune articles=2 share_0=0"
        + " share_1=0 share_2=0 share_3=0 share_4=0 share_5=0 share_6=0 share_7=0 share_8=1 share_9=0 share_10=1"));
  }

  private static Article withText(Article article, String text) {
    article.setCleanText(text);
    article.setCleanLength(text.length());
    return article;
  }
}
