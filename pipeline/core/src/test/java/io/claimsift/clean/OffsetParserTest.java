package io.claimsift.clean;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.Test;

/** The offsets-only parse: jsoup's tree and offsets, without its line index. */
public class OffsetParserTest {

  private static final String PAGE = "<html>\n<head><title>T</title></head>\n<body>\n"
      + "<div class=\"a\">\n  <p>First\nparagraph</p>\r\n  <p>Second</p>\n</div>\n"
      + "<pre>keep\n  this</pre>\n</body>\n</html>\n";

  @Test
  public void offsetsTreeAndTextAreJsoupsOwn() {
    // Arrange
    Document full = Jsoup.parse(PAGE, "", Parser.htmlParser().setTrackPosition(true));

    // Act
    Document offsets = OffsetParser.parse(PAGE);

    // Assert
    assertEquals(full.outerHtml(), offsets.outerHtml());
    List<Element> expected = full.getAllElements();
    List<Element> actual = offsets.getAllElements();
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).sourceRange().startPos(), actual.get(i).sourceRange().startPos());
      assertEquals(expected.get(i).sourceRange().endPos(), actual.get(i).sourceRange().endPos());
      assertEquals(expected.get(i).endSourceRange().startPos(),
          actual.get(i).endSourceRange().startPos());
      assertEquals(expected.get(i).endSourceRange().endPos(),
          actual.get(i).endSourceRange().endPos());
    }
  }

  @Test
  public void noLineIsLookedUp() {
    // Arrange: the second paragraph starts on line 6

    // Act
    Element second = OffsetParser.parse(PAGE).select("p").get(1);

    // Assert: without the newline index jsoup reports every position on line 1
    assertEquals(1, second.sourceRange().start().lineNumber());
    assertEquals(second.sourceRange().startPos() + 1, second.sourceRange().start().columnNumber());
  }

  @Test
  public void attributeRangesAreNotTrackedButElementRangesAre() {
    // Arrange: jsoup's full tracking records where each attribute's name and value lie
    Element tracked = Jsoup.parse(PAGE, "", Parser.htmlParser().setTrackPosition(true))
        .selectFirst("div");
    assertEquals(true, tracked.attributes().sourceRange("class").nameRange().isTracked());

    // Act
    Element div = OffsetParser.parse(PAGE).selectFirst("div");

    // Assert: the attribute keeps its value but has no range; the element's own range stays
    assertEquals("a", div.attr("class"));
    assertEquals(false, div.attributes().sourceRange("class").nameRange().isTracked());
    assertEquals(PAGE.indexOf("<div"), div.sourceRange().startPos());
    assertEquals(PAGE.indexOf("</div>") + "</div>".length(), div.endSourceRange().endPos());
  }
}
