package io.claimsift.clean;

import static org.junit.Assert.assertEquals;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

/**
 * The word count of an element's text without the text: for every element of each page it must
 * equal {@code LineText.wordCount(e.text())}, jsoup's own text, on the cases where that text's
 * spaces come from the markup rather than from the page's characters.
 */
public class TextWordsTest {

  private static final List<String> PAGES = List.of(
      // block boundaries join no words; inline ones do; br and td separate
      "<div><p>one two</p><p>three</p>four<span>fi</span>ve<br>six<b>se</b><i>ven</i></div>",
      "<table><tr><td>a</td><td>b</td></tr></table><ul><li>x<li>y</ul>",
      // whitespace that text() normalises: NBSP becomes a space, soft hyphen and zero-width
      // space vanish, a vertical tab is kept (and splits the count's tokens)
      "<p>non\u00A0breaking soft\u00ADhyphen zero\u200Bwidth tab\u000Bbed</p>",
      // pre keeps its whitespace as it is (NBSP included), also in descendants
      "<pre>keep\u00A0this  <b>and\n this</b></pre><p>after</p>",
      // a surrogate pair split across two text nodes, letters outside ASCII, punctuation tokens
      "<p>\uD835<b>\uDC00</b> x</p><p>Ünïcødé — ١٢٣ ... ---</p>",
      "<div>lead<div>block</div>tail<span>in</span><div></div>end</div>",
      "<p>   </p><p> <br> </p><div>a<p>b</p>c</div>");

  @Test
  public void everyElementCountsAsItsText() {
    for (String html : PAGES) {
      // Arrange
      Document doc = OffsetParser.parse(html);

      for (Element e : doc.getAllElements()) {
        // Act
        int words = TextWords.of(e);

        // Assert
        assertEquals(html + " / " + e.tagName(), LineText.wordCount(e.text()), words);
      }
    }
  }

  @Test
  public void markupSeparatesWordsOnlyWhereTextDoes() {
    // Arrange
    Document doc = OffsetParser.parse("<div><p>a</p><p>b</p>c<span>d</span>e</div>");

    // Act
    int words = TextWords.of(doc.selectFirst("div"));

    // Assert: "a b cde"
    assertEquals(3, words);
  }

  /** Every element's summary from its children's, bottom-up, as HtmlCleaner takes them. */
  private static Map<Element, Long> summaries(Document doc) {
    Map<Element, Long> out = new IdentityHashMap<>();
    List<Element> all = doc.getAllElements();
    for (int i = all.size() - 1; i >= 0; i--) { // document order reversed: children first
      out.put(all.get(i), TextWords.summarise(all.get(i), out));
    }
    return out;
  }

  private static void assertSummariesCountAsText(String html) {
    assertSummariesCountAsText(html, false);
  }

  private static void assertSummariesCountAsText(String html, boolean allExact) {
    Document doc = OffsetParser.parse(html);
    Map<Element, Long> summaries = summaries(doc);
    for (Element e : doc.getAllElements()) {
      int words = TextWords.count(summaries.get(e));
      if (allExact || words >= 0) {
        assertEquals(html + " / " + e.tagName(), LineText.wordCount(e.text()), words);
      }
      assertEquals(html + " / " + e.tagName() + " letters", BodyRegion.letters(e.text()),
          TextWords.letters(e));
    }
  }

  @Test
  public void everyElementsSummaryCountsAsItsText() {
    for (String html : PAGES) {
      assertSummariesCountAsText(html);
    }
  }

  @Test
  public void aLoneSurrogateLeavesTheCountToTheWalk() {
    // Arrange: the pair split across two text nodes joins into one letter only in the text
    Document doc = OffsetParser.parse("<p>\uD835<b>\uDC00</b> x</p>");

    // Act
    Map<Element, Long> summaries = summaries(doc);

    // Assert
    assertEquals(TextWords.INEXACT, (long) summaries.get(doc.selectFirst("p")));
    assertEquals(TextWords.INEXACT, (long) summaries.get(doc.selectFirst("b")));
    assertEquals(-1, TextWords.count(TextWords.INEXACT));
  }

  @Test
  public void randomPagesCountAsTheirText() {
    Random random = new Random(11);
    String[] pieces = {"word", " ", "\u00C9t\u00E9", "\u0663", "\uD835\uDC00", "  ",
        "\n", "\u00A0", "\u00AD", "\u200B", "\u000B", "ä",
        "\uD83D\uDE00", "-", "12", "<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>",
        "</b>", "<br>", "<li>", "<td>", "<tr>", "<table>", "</table>", "<pre>", "</pre>",
        "<textarea>", "</textarea>", "<![CDATA[a b]]>", "<!-- c -->", "<img>", "<hr>", "<a>",
        "</a>", "<h2>", "</h2>", "<em>", "</em>", "<code>", "</code>", "<script>x y</script>"};
    for (int round = 0; round < 3000; round++) {
      StringBuilder html = new StringBuilder();
      for (int i = random.nextInt(40); i >= 0; i--) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      assertSummariesCountAsText(html.toString(), true); // no lone surrogate among the pieces
    }
  }
}
