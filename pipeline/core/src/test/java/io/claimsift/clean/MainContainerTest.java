package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.junit.Test;

/** {@link HtmlCleaner#isMainContainer} answers as jsoup's selector does, for every element. */
public class MainContainerTest {
  private static final String PAGE = "<html><head><title>t</title></head><body>"
      + "<div class=\"wrap\"><ARTICLE id=\"a\"><p>x</p></ARTICLE></div>"
      + "<main></main><Main class=\"m\"></Main>"
      + "<div role=\"main\">a</div><div ROLE=\" Main \">b</div><div role=\"mainly\">c</div>"
      + "<div role=\"\">d</div><section role>e</section>"
      + "<div itemprop=\"articleBody\">f</div><div ITEMPROP=\"ARTICLEBODY\">g</div>"
      + "<div itemprop=\"articleBody author\">h</div><span itemprop=\" articlebody\t\">i</span>"
      + "<div data-role=\"main\">j</div><div class=\"main article\">k</div>"
      + "<articles>l</articles><div><div><p role=\"main\"><b>deep</b></p></div></div>"
      + "<svg><article>m</article></svg><table><tr><td itemprop=articleBody>n</td></tr></table>"
      + "</body></html>";

  @Test
  public void everyElementIsJudgedAsTheSelectorJudgesIt() {
    Document doc = Jsoup.parse(PAGE);
    var selector = QueryParser.parse("article, main, [role=main], [itemprop=articleBody]");
    int matches = 0;
    for (Element e : doc.getAllElements()) {
      boolean expected = e.is(selector);
      assertThat(e.cssSelector(), HtmlCleaner.isMainContainer(e), equalTo(expected));
      matches += expected ? 1 : 0;
    }
    // The page is built to hold matches of every alternative, and near misses of each.
    assertThat(matches, greaterThan(9));
  }

  @Test
  public void anElementWhoseAttributesWereAllRemovedIsJudgedByItsTag() {
    Document doc = Jsoup.parse("<div role=main id=x>a</div><main lang=en>b</main>");
    Element div = doc.selectFirst("div");
    Element main = doc.selectFirst("main");
    div.removeAttr("role");
    div.removeAttr("id");
    main.removeAttr("lang");
    assertThat(HtmlCleaner.isMainContainer(div), equalTo(false));
    assertThat(HtmlCleaner.isMainContainer(main), equalTo(true));
  }
}
