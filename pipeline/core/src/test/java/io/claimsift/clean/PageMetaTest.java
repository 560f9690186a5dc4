package io.claimsift.clean;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.select.Evaluator;
import org.junit.Test;

/** The metadata elements collected in one walk answer a selector as {@code select} does. */
public class PageMetaTest {

  private static final String PAGE = "<html lang=en><head>"
      + "<meta property=og:title content='OG'><meta name=author content='A'>"
      + "<script type='application/ld+json'>{\"author\":\"B\"}</script>"
      + "<script>var x;</script><link rel=canonical href='https://e.com/a'></head><body>"
      + "<div itemprop=author><span itemprop=name>C</span></div>"
      + "<h1>Title</h1><p><time datetime='2024-01-02'>Jan 2</time></p>"
      + "<span itemprop=datePublished>2024-01-01</span>"
      + "<meta property=article:author content='D'><h1>Second</h1>"
      + "<script type='application/ld+json'>{}</script></body></html>";

  private static final List<String> SELECTORS = List.of(
      "meta[property=og:title]", "meta[property=og:site_name]", "h1", "html",
      "link[rel=canonical]", "meta[name=author], meta[property=article:author]",
      "script[type=application/ld+json]",
      "meta[itemprop=datePublished], [itemprop=datePublished], time[datetime]",
      "[itemprop=dateModified]");

  @Test
  public void answersEachSelectorAsSelectDoes() {
    // Arrange
    Document doc = OffsetParser.parse(PAGE);

    // Act
    PageMeta meta = PageMeta.of(doc);

    // Assert: the same elements in the same (document) order, and the same first one
    for (String selector : SELECTORS) {
      Evaluator e = PageMeta.evaluator(selector);
      assertEquals(selector, doc.select(selector), meta.all(e));
      assertSame(selector, doc.selectFirst(selector), meta.first(e));
    }
    assertEquals(2, meta.all(PageMeta.evaluator("script[type=application/ld+json]")).size());
    // the first in document order, not the first alternative of the selector
    assertEquals("Jan 2",
        meta.first(PageMeta.evaluator("[itemprop=datePublished], time[datetime]")).text());
    assertNull(meta.first(PageMeta.evaluator("meta[property=og:site_name]")));
  }

  @Test
  public void refusesSelectorsItsElementsDoNotCover() {
    // A tag or attribute the walk does not collect, a combinator, a class: select must be used
    for (String selector : List.of("p", "[itemprop=author] [itemprop=name]", "meta > link",
        "div[itemprop=name]", "[class*=author]", "meta.x", "h1:first-child", "[rel=author]")) {
      assertFalse(selector, PageMeta.covered(selector));
      assertThrows(IllegalArgumentException.class, () -> PageMeta.evaluator(selector));
    }
    assertTrue(PageMeta.covered("script[type=application/ld+json]"));
    assertTrue(PageMeta.covered("[itemprop=dateModified]"));
  }
}
