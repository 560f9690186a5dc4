package io.claimsift.eval.extraction;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.claimsift.clean.ReadabilityVote;
import io.claimsift.eval.SharedEvalData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.Test;

/**
 * The vote's Readability leaves out work the library wastes (serialising the page, debug
 * messages, whole-subtree texts to test emptiness); on real pages it must find the library's own
 * article (read with fresh child lists, {@link ReadabilityVote#libraryArticle}).
 */
public class ReadabilityAsLibraryTest {

  @Test
  public void theVotesReadabilityFindsTheLibrarysArticleOnEveryDevPage() throws Exception {
    // Arrange
    Path dev = SharedEvalData.require("extraction/dev");
    List<String> ids = Files.readAllLines(dev.resolve("ids.txt"), StandardCharsets.UTF_8);
    int articles = 0;
    for (String id : ids) {
      String html = ExtractionEval.gunzip(dev.resolve("html").resolve(id.trim() + ".html.gz"));
      // Act
      String ours = ReadabilityVote.read(Jsoup.parse(html));
      // Assert
      assertThat(id, ours, is(ReadabilityVote.libraryArticle(Jsoup.parse(html))));
      articles += ours == null ? 0 : 1;
    }
    assertThat("pages with an article", articles, greaterThan(ids.size() / 2));
  }
}
