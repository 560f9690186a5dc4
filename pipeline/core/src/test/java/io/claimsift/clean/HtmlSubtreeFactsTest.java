package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import org.junit.Test;

/**
 * Element-removal decisions that read subtree facts computed once per page (prose paragraphs
 * counted bottom-up, nested ones included) and the meta-date walk that stops at the first
 * parsable date.
 */
public class HtmlSubtreeFactsTest {

  private static final String PROSE =
      "The committee reviewed the budget proposal in detail and asked the ministry for revised"
          + " figures before the vote next month.";
  private static final String ARTICLE_PARAGRAPH =
      "Officials said the programme would expand to three more regions next year, adding that"
          + " funding had already been approved by parliament in the spring session.";

  private final HtmlCleaner cleaner = new HtmlCleaner(CleaningRules.standard());

  private static String page(String head, String box) {
    StringBuilder article = new StringBuilder("<article>");
    for (int i = 0; i < 8; i++) {
      article.append("<p>").append(ARTICLE_PARAGRAPH).append("</p>");
    }
    article.append("</article>");
    return "<html lang=\"en\"><head>" + head + "</head><body>" + article + box + "</body></html>";
  }

  /** Segments removed as navigation that hold the box's prose. */
  private static long navigationSegmentsWithProse(CleanedArticle a) {
    return a.removed().stream()
        .filter(s -> s.reason() == RemovalReason.NAVIGATION && s.text().contains("budget proposal"))
        .count();
  }

  @Test
  public void aNavigationClassedBoxWithThreeNestedProseParagraphsIsKept() {
    // Arrange: two paragraphs one level down, a third two levels down.
    String box = "<div class=\"pagination-box\"><section><p>" + PROSE + "</p><p>" + PROSE
        + "</p></section><div><div><p>" + PROSE + "</p></div></div></div>";
    // Act
    CleanedArticle a = cleaner.clean(page("", box));
    // Assert
    assertThat(navigationSegmentsWithProse(a), is(0L));
  }

  @Test
  public void aNavigationClassedBoxWithTwoProseParagraphsIsRemoved() {
    // Arrange: the link's text is no paragraph of its own.
    String box = "<div class=\"pagination-box\"><section><p>" + PROSE + "</p></section><p>"
        + PROSE + "</p><a href=\"/x\">" + PROSE + "</a></div>";
    // Act
    CleanedArticle a = cleaner.clean(page("", box));
    // Assert
    assertThat(navigationSegmentsWithProse(a), is(1L));
    assertThat(a.cleanText().contains(PROSE), is(false));
  }

  @Test
  public void theFirstParsableMetaDateWinsOverLaterOnes() {
    // Arrange: an unparsable first candidate, then a good one, then a later <time>.
    String head = "<meta name=\"date\" content=\"soon\">"
        + "<meta name=\"pubdate\" content=\"2022-06-01T10:00:00Z\">";
    String box = "<p><time datetime=\"2023-01-01\">1 January 2023</time></p>";
    // Act
    CleanedArticle a = cleaner.clean(page(head, box));
    // Assert
    assertThat(a.publishedAt(), is(Instant.parse("2022-06-01T10:00:00Z")));
  }
}
