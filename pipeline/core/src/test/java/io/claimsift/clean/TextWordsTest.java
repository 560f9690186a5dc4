package io.claimsift.clean;

import static org.junit.Assert.assertEquals;

import java.util.List;
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
}
