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

  @Test
  public void theFallbackLeavesOutTheSidebarsProfileAndReadsTheShortPost() {
    // Arrange: a short Blogger post (the element rules remove its "widget Blog" and the
    // classifier its short lines) next to a sidebar whose profile widget says more than the post.
    String post = "No matter how long I stare at this, I still cannot believe it is a pencil drawing"
        + " by a young artist from Lyon.";
    String about = "Paul is a prolific blogger, maker, writer and ukulele player living in Durham"
        + " with four dogs and a lawn that makes his neighbours want to call the authorities. He"
        + " delights in the unusual and can often be found in his tiny studio making things out of"
        + " scraps of wood, old records and whatever else the neighbours throw away. He started"
        + " this blog in 2008 to share the crafts of men who make things with their hands, and he"
        + " still answers every letter that readers send him about their own projects, however"
        + " strange they may be. When he is not writing he teaches a weekly workshop at the public"
        + " library for anyone who wants to learn.";
    StringBuilder archive = new StringBuilder();
    for (int year = 2012; year >= 2010; year--) {
      for (int month = 1; month <= 10; month++) {
        archive.append("<li><a href='/").append(year).append('/').append(month).append("'>Month ")
            .append(month).append(' ').append(year).append(" (").append(month + 2)
            .append(" posts)</a></li>");
      }
    }
    String page = "<html><head><title>DudeCraft: This is Not a Photograph</title></head><body>"
        + "<div id='outer-wrapper'><div id='header-wrapper'><h1><a href='/'>DudeCraft</a></h1>"
        + "<p>Crafts for men who make things</p></div>"
        + "<div id='main-wrapper'><div class='main section' id='main'>"
        + "<div class='widget Blog' id='Blog1'><h2 class='date-header'>Monday, October 22, 2012</h2>"
        + "<div class='post'><h3 class='post-title'>This is Not a Photograph</h3>"
        + "<div class='post-body'>" + post + "<br/>Artwork and photos by the artist, shown here with"
        + " her kind permission.</div><div class='post-footer'>Posted by Paul at 6:35 AM</div>"
        + "</div></div></div></div>"
        + "<div id='sidebar-wrapper'><div class='sidebar section' id='sidebar'>"
        + "<div class='widget Profile' id='Profile1'><h2>Who is the Dude behind DudeCraft?</h2>"
        + "<span class='caption'>" + about + "</span></div>"
        + "<div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2><ul>" + archive
        + "</ul></div></div></div></div></body></html>";
    // Act
    CleanedArticle a = new HtmlCleaner(CleaningRules.standard()).clean(page);
    // Assert: the fallback ran, kept the post, and the sidebar is a removed segment, not lost.
    assertThat(a.cleanText(), containsString(post));
    assertThat(a.cleanText(), not(containsString("prolific blogger")));
    long markers = a.removed().stream()
        .filter(s -> s.reason() == RemovalReason.TEXT_FALLBACK).count();
    assertThat(markers, is(1L));
    RemovedSpan sidebar = a.removed().stream()
        .filter(s -> s.text().contains("prolific blogger")).findFirst().get();
    assertThat(sidebar.reason(), is(RemovalReason.LAYOUT_RESIDUE));
    assertThat(sidebar.start(), is(page.indexOf("<div id='sidebar-wrapper'>")));
  }
}
