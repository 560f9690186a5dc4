package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The HTML extraction's sanity check and the text front end's fallback. */
public class TextFallbackTest {

  private static final List<String> STORY = List.of(
      "The city council voted on Tuesday to expand the tram network by twelve kilometres, a plan"
          + " that officials say will cost about 300 million euros over the next decade.",
      "Supporters argued that the new lines would cut commuting times for tens of thousands of"
          + " residents in the eastern districts, which today rely on crowded buses.",
      "Opponents on the council said the budget left no room for the repairs that older lines"
          + " need, and asked for an independent review of the projected ridership figures.",
      "Construction of the first section is due to start next spring, the transport department"
          + " said in a statement published after the vote.");

  private final TextFallback fallback =
      new TextFallback(new LineClassifier(CleaningRules.standard(),
          new BodyRegion(RegionParams.standard().text())), RegionParams.standard().fallback());

  private static List<LineClassifier.Block> blocks(List<String> lines) {
    List<LineClassifier.Block> out = new ArrayList<>();
    int pos = 0;
    for (String line : lines) {
      out.add(new LineClassifier.Block(line, pos, pos + line.length(), null));
      pos += line.length() + 1;
    }
    return out;
  }

  private static RemovalReason reasonOf(CleanedArticle a, String textStart) {
    return a.removed().stream().filter(s -> s.text().startsWith(textStart))
        .map(RemovedSpan::reason).findFirst().orElse(null);
  }

  private static LineClassifier.Result allKept(int n) {
    return new LineClassifier.Result(new RemovalReason[n], null, List.of(), null, null);
  }

  @Test
  public void anHtmlBodyOfAuthorLinksFallsBackToTheTextFrontEnd() {
    // Arrange: the HTML front end kept an author box; the page's rendered text has the story.
    List<String> authorBox = List.of("View author archive", "Get author RSS feed", "Enlarge Image");
    List<String> page = new ArrayList<>(authorBox);
    page.addAll(STORY);
    // Act
    TextFallback.Outcome outcome =
        fallback.judge(blocks(authorBox), allKept(3), blocks(page), "Council expands trams");
    // Assert
    assertThat(outcome, is(notNullValue()));
    for (int i = 3; i < page.size(); i++) {
      assertThat(page.get(i), outcome.result().reasons()[i], is(nullValue()));
    }
    RemovedSpan marker = outcome.marker(17);
    assertThat(marker.start(), is(17));
    assertThat(marker.end(), is(17));
    assertThat(marker.reason(), is(RemovalReason.TEXT_FALLBACK));
  }

  @Test
  public void anHtmlBodyOfSentencesIsKeptEvenWhenTheTextFrontEndKeepsMore() {
    // Arrange: two story paragraphs (over 250 letters of sentences) against a page of four.
    List<String> html = STORY.subList(0, 2);
    // Act
    TextFallback.Outcome outcome =
        fallback.judge(blocks(html), allKept(2), blocks(STORY), "Council expands trams");
    // Assert
    assertThat(fallback.plausible(blocks(html), allKept(2)), is(true));
    assertThat(outcome, is(nullValue()));
  }

  @Test
  public void aShortHtmlBodyIsKeptWhenThePageHasLittleMoreText() {
    // Arrange: a short note is the whole page; the HTML body has no sentence-like paragraph.
    List<String> note = List.of("Closed on Monday", "Back on Tuesday at nine");
    List<String> page = List.of("Closed on Monday", "Back on Tuesday at nine", "Home");
    // Act
    TextFallback.Outcome outcome = fallback.judge(blocks(note), allKept(2), blocks(page), null);
    // Assert
    assertThat(fallback.plausible(blocks(note), allKept(2)), is(false));
    assertThat(outcome, is(nullValue()));
  }

  @Test
  public void htmlCleanerUsesTheTextFrontEndWhenItsElementRulesRemoveTheStory() {
    // Arrange: the story sits in a <form> (as ASP.NET pages wrap theirs) that holds less than half
    // of the page's words, so the element rules remove it as a comment form; the menu goes too.
    StringBuilder html = new StringBuilder("<html><head><title>Trams</title></head><body><nav><ul>");
    for (int i = 0; i < 15; i++) {
      html.append("<li><a href=\"/s").append(i).append("\">Section number ").append(i)
          .append(" of the site</a></li>");
    }
    html.append("</ul></nav><form action=\"/page.aspx\">");
    for (String p : STORY) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</form><div hidden>");
    for (int i = 0; i < 100; i++) {
      html.append(" word").append(i);
    }
    html.append("</div><script>var x = 1;</script></body></html>");
    String page = html.toString();
    // Act
    CleanedArticle a = new HtmlCleaner(CleaningRules.standard()).clean(page);
    // Assert
    assertThat(a.cleanText(), containsString(STORY.get(0)));
    assertThat(a.cleanText(), containsString(STORY.get(3)));
    long markers = a.removed().stream()
        .filter(s -> s.reason() == RemovalReason.TEXT_FALLBACK).count();
    assertThat(markers, is(1L));
    for (RemovedSpan s : a.removed()) {
      // Every removed span lies in the page; only the fallback's marker is empty.
      assertThat(s.toString(), s.end() <= page.length(), is(true));
      assertThat(s.toString(), s.end() > s.start(), is(s.reason() != RemovalReason.TEXT_FALLBACK));
    }
    assertThat(reasonOf(a, "Section number 3 of the site"), is(RemovalReason.LAYOUT_RESIDUE));
    assertThat(reasonOf(a, "word0 word1"), is(RemovalReason.MARKUP));
    assertThat(a.cleanText(), not(containsString("word0")));
    RemovedSpan marker = a.removed().stream()
        .filter(s -> s.reason() == RemovalReason.TEXT_FALLBACK).findFirst().get();
    assertThat(marker.start(), is(page.indexOf("<body>")));
    assertThat(new HtmlCleaner(CleaningRules.standard()).clean(page), is(a));
  }
}
