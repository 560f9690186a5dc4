package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

/**
 * The walk that takes the subtree facts also finds the page's bylines: the same elements, in the
 * same order, as {@code body.select(AUTHOR_ELEMENTS)}.
 */
public class PageBylinesTest {
  private static List<String> ids(List<Element> els) {
    List<String> out = new ArrayList<>();
    for (Element e : els) {
      out.add(e.id());
    }
    return out;
  }

  @Test
  public void theWalkFindsWhatTheSelectorFinds() {
    Document doc = Jsoup.parse("<html><body class=\"page\">"
        + "<a id=\"a1\" rel=\"author\" href=\"/x\">A</a><a id=\"n1\" rel=\"authors\">no</a>"
        + "<span id=\"a2\" itemprop=\"author\"><span id=\"a3\" itemprop=\"name\">B</span></span>"
        + "<span id=\"n2\" itemprop=\"name\">not below an author</span>"
        + "<div id=\"a4\" class=\"post-Author-box\">C</div><div id=\"a5\" class=\"BYLINE\">D</div>"
        + "<p id=\"a6-byline\">E</p><p id=\"n3\" data-class=\"author\">no</p>"
        + "<div itemprop=\"author\" id=\"a7\"><div><b id=\"a8\" itemprop=\"NAME\">F</b></div></div>"
        + "<div id=\"n4\"><div id=\"n5\" title=\"author\">no</div></div>"
        + "</body></html>");
    Element body = doc.body();

    List<Element> walked = HtmlCleaner.pageBylines(body);

    assertThat(walked, equalTo(new ArrayList<>(body.select(HtmlCleaner.AUTHOR_ELEMENTS))));
    assertThat(ids(walked), contains("a1", "a2", "a3", "a4", "a5", "a6-byline", "a7", "a8"));
  }

  @Test
  public void theBodyItselfCanBeAByline() {
    Document doc = Jsoup.parse("<body class=\"author-page\" itemprop=\"name\"><p>x</p></body>");
    Element body = doc.body();

    assertThat(HtmlCleaner.pageBylines(body), equalTo(new ArrayList<>(body.select(HtmlCleaner.AUTHOR_ELEMENTS))));
    assertThat(HtmlCleaner.pageBylines(body), contains(body));
  }
}
