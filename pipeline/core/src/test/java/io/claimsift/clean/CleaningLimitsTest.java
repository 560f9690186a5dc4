package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.junit.Test;

/** The cleaner's work caps: elements too deep are removed, pages and texts too big are refused. */
public class CleaningLimitsTest {
  private static final String PROSE = "The council approved a budget of four million dollars on Tuesday after a long "
      + "debate about roads, schools and the new library, officials said.";

  private static String nested(int depth, String inside) {
    return "<div>".repeat(depth) + inside + "</div>".repeat(depth);
  }

  @Test
  public void elementsBelowTheDepthLimitAreRemovedAsTooDeepAndTheRestIsCleaned() {
    String page = "<html><body>" + nested(3, "<p>" + PROSE + "</p>")
        + nested(12, "<p>Deep down: prices rose 5% in 2023.</p>") + "</body></html>";

    CleanedArticle clean = new HtmlCleaner(CleaningRules.standard(), new CleaningLimits(10, 1000, 1000)).clean(page);

    assertThat(clean.cleanText(), equalTo(PROSE));
    List<RemovedSpan> deep = clean.removed().stream().filter(s -> s.reason() == RemovalReason.TOO_DEEP).toList();
    assertThat(deep.size(), equalTo(1));
    assertThat(deep.get(0).text(), equalTo("Deep down: prices rose 5% in 2023."));
    // the segment is the outermost element past the limit: the 11th div, whose source it spans
    assertThat(page.substring(deep.get(0).start(), deep.get(0).end()),
        equalTo(nested(2, "<p>Deep down: prices rose 5% in 2023.</p>")));
  }

  @Test
  public void aPageNestedFarBeyondTheLimitIsCleanedWithoutOverflowingTheStack() {
    String page = "<html><body><p>" + PROSE + "</p>" + nested(100_000, "<p>lost</p>") + "</body></html>";

    CleanedArticle clean = ArticleCleaner.standard().cleanHtml(page);

    assertThat(clean.cleanText(), equalTo(PROSE));
    assertThat(clean.cleanText(), not(containsString("lost")));
  }

  @Test
  public void pagesAndTextsOverTheirLimitsAreTooComplex() {
    CleaningLimits limits = new CleaningLimits(10, 100, 50);
    ArticleCleaner cleaner = ArticleCleaner.standard(limits);

    DocumentTooComplexException html = assertThrows(DocumentTooComplexException.class,
        () -> cleaner.cleanHtml("<html><body>" + "<p>a</p>".repeat(98) + "</body></html>"));
    DocumentTooComplexException text = assertThrows(DocumentTooComplexException.class,
        () -> cleaner.cleanText("line\n\n".repeat(51)));

    assertThat(html.getMessage(), equalTo("the page has 101 HTML elements, more than the limit of 100 (--maxHtmlElements)"));
    assertThat(text.getMessage(), equalTo("the text has 51 non-blank lines, more than the limit of 50 (--maxTextLines)"));
    // at the limit, both are cleaned
    cleaner.cleanHtml("<html><body>" + "<p>a</p>".repeat(97) + "</body></html>");
    cleaner.cleanText("line\n\n".repeat(50));
  }

  @Test
  public void aPageWithMoreThanThreeTimesTheElementLimitInTagsIsRefusedBeforeItIsParsed() {
    ArticleCleaner cleaner = ArticleCleaner.standard(new CleaningLimits(10, 100, 50));
    // "</b>" counts like "<b>"; "a < b" and "<3" are text, not tags
    String overThrice = "<b>".repeat(250) + "a < b, <3 " + "</b>".repeat(51);
    String atThrice = "<b>".repeat(250) + "a < b, <3 " + "</b>".repeat(50);

    DocumentTooComplexException unparsed = assertThrows(DocumentTooComplexException.class,
        () -> cleaner.cleanHtml(overThrice));
    DocumentTooComplexException counted = assertThrows(DocumentTooComplexException.class,
        () -> cleaner.cleanHtml(atThrice));

    assertThat(unparsed.getMessage(), equalTo("the page has more than 300 tags, three times the limit of 100 HTML "
        + "elements (--maxHtmlElements); it was not parsed"));
    // at three times the limit the page is parsed and its elements counted: 250 <b>, html, head, body
    assertThat(counted.getMessage(), equalTo("the page has 253 HTML elements, more than the limit of 100 "
        + "(--maxHtmlElements)"));
  }

  @Test
  public void fiftyMegabytesOfOneTagAreRefusedWithoutExhaustingTheHeap() {
    // parsed, these 16.7 million nested elements needed more than 6 GB of heap and ended the run
    String page = "<b>".repeat(50_000_000 / 3);

    DocumentTooComplexException e = assertThrows(DocumentTooComplexException.class,
        () -> ArticleCleaner.standard().cleanHtml(page));

    assertThat(e.getMessage(), containsString("it was not parsed"));
  }
}
