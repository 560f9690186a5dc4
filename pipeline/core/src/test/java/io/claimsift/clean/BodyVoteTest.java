package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The vote of the text front end on the link lines inside the HTML body. */
public class BodyVoteTest {

  private static final String PROSE_1 =
      "The city council voted on Tuesday to expand the tram network by twelve kilometres.";
  private static final String PROSE_2 =
      "Construction of the first section is due to start next spring, the department said.";
  private static final String INLINE_LINK = "Read the council's full statement on the tram plan";
  private static final String TEASER = "Five things to know about the new bus timetable";

  private final BodyVote vote = new BodyVote(RegionParams.standard().html());

  /** A paragraph with its link density: 0 for prose, 1 for a line that is one link. */
  private static LineClassifier.Block block(String text, double linkDensity, int start) {
    return new LineClassifier.Block(text, start, start + text.length(), null, linkDensity, 1);
  }

  private static List<LineClassifier.Block> page(Object... textsAndDensities) {
    List<LineClassifier.Block> out = new ArrayList<>();
    int pos = 0;
    for (int i = 0; i < textsAndDensities.length; i += 2) {
      String text = (String) textsAndDensities[i];
      out.add(block(text, (Double) textsAndDensities[i + 1], pos));
      pos += text.length() + 1;
    }
    return out;
  }

  @Test
  public void aLinkLineInsideTheBodyIsKeptWhenTheTextFrontEndKeepsIt() {
    // Arrange: prose, a linked sentence the HTML front end removed, prose, a teaser after the body.
    List<LineClassifier.Block> blocks =
        page(PROSE_1, 0.0, INLINE_LINK, 1.0, PROSE_2, 0.0, TEASER, 1.0);
    RemovalReason[] html = {null, RemovalReason.NAVIGATION, null, RemovalReason.NAVIGATION};
    RemovalReason[] text = new RemovalReason[4]; // the text front end keeps all four
    // Act
    RemovalReason[] voted = vote.apply(blocks, html, blocks, text);
    // Assert: the line inside the body is kept; the teaser after the body's last paragraph is not.
    assertThat(vote.hasCandidates(blocks, html), is(true));
    assertThat(voted[1], is(nullValue()));
    assertThat(voted[3], is(RemovalReason.NAVIGATION));
    assertThat(html[1], is(RemovalReason.NAVIGATION)); // the input is not changed
  }

  @Test
  public void aLinkLineTheTextFrontEndRemovesStaysRemoved() {
    // Arrange
    List<LineClassifier.Block> blocks = page(PROSE_1, 0.0, INLINE_LINK, 1.0, PROSE_2, 0.0);
    RemovalReason[] html = {null, RemovalReason.NAVIGATION, null};
    RemovalReason[] text = {null, RemovalReason.LAYOUT_RESIDUE, null};
    // Act
    RemovalReason[] voted = vote.apply(blocks, html, blocks, text);
    // Assert
    assertThat(voted, is(sameInstance(html)));
  }

  @Test
  public void aRemovalThatIsNotForLinksIsNotPutToTheVote() {
    // Arrange: a share prompt without links inside the body; the text verdicts keep it anyway.
    List<LineClassifier.Block> blocks =
        page(PROSE_1, 0.0, "Share this article", 0.0, PROSE_2, 0.0);
    RemovalReason[] html = {null, RemovalReason.SHARE_PROMPT, null};
    RemovalReason[] text = new RemovalReason[3];
    // Act
    RemovalReason[] voted = vote.apply(blocks, html, blocks, text);
    // Assert
    assertThat(vote.hasCandidates(blocks, html), is(false));
    assertThat(voted[1], is(RemovalReason.SHARE_PROMPT));
  }

  @Test
  public void aLinkLineWhoseTextIsAlreadyKeptIsNotKeptTwice() {
    // Arrange: the same linked line twice inside the body; the first copy is kept already.
    List<LineClassifier.Block> blocks =
        page(PROSE_1, 0.0, INLINE_LINK, 1.0, PROSE_2, 0.0, INLINE_LINK, 1.0, PROSE_1, 0.0);
    RemovalReason[] html = {null, null, null, RemovalReason.DUPLICATE, null};
    RemovalReason[] text = new RemovalReason[5];
    // Act
    RemovalReason[] voted = vote.apply(blocks, html, blocks, text);
    // Assert
    assertThat(voted[3], is(RemovalReason.DUPLICATE));
  }

  @Test
  public void aPageWithNoKeptParagraphHasNoCandidates() {
    // Arrange
    List<LineClassifier.Block> blocks = page(INLINE_LINK, 1.0, TEASER, 1.0);
    RemovalReason[] html = {RemovalReason.NAVIGATION, RemovalReason.NAVIGATION};
    // Act and Assert
    assertThat(vote.hasCandidates(blocks, html), is(false));
    assertThat(vote.apply(blocks, html, blocks, new RemovalReason[2]), is(sameInstance(html)));
  }

  @Test
  public void htmlCleanerKeepsALinkedSentenceInsideTheStoryButNotTheMenu() {
    // Arrange: a story whose third paragraph is one link, then a list of teaser links.
    String story = "<p>The city council voted on Tuesday to expand the tram network by twelve"
        + " kilometres, a plan that officials say will cost about 300 million euros.</p>"
        + "<p>Supporters argued that the new lines would cut commuting times for tens of thousands"
        + " of residents in the eastern districts, which today rely on crowded buses.</p>"
        + "<p><a href=\"/statement\">The council published its full statement on the tram"
        + " plan.</a></p>"
        + "<p>Opponents said the budget left no room for the repairs that older lines need, and"
        + " asked for an independent review of the projected ridership figures.</p>"
        + "<p>Construction of the first section is due to start next spring, the transport"
        + " department said in a statement published after the vote.</p>";
    StringBuilder teasers = new StringBuilder("<ul>");
    for (int i = 0; i < 6; i++) {
      teasers.append("<li><a href=\"/t").append(i).append("\">Teaser story number ").append(i)
          .append("</a></li>");
    }
    teasers.append("</ul>");
    String page = "<html><head><title>Trams</title></head><body><div class=\"story\">" + story
        + "</div>" + teasers + "</body></html>";
    // Act
    CleanedArticle a = new HtmlCleaner(CleaningRules.standard()).clean(page);
    // Assert
    assertThat(a.cleanText(), containsString("full statement on the tram plan."));
    assertThat(a.cleanText(), containsString("Construction of the first section"));
    assertThat(a.cleanText(), not(containsString("Teaser story number 3")));
    assertThat(new HtmlCleaner(CleaningRules.standard()).clean(page), is(a));
  }
}
