package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

public class ReadabilityVoteTest {

  private static final String P1 = "The United Nations said on Monday that the country stole about"
      + " two billion dollars in cryptocurrency over the past five years.";
  private static final String P2 = "Investigators traced the funds through several exchanges, the"
      + " report said, and found that most of them were laundered within days.";
  private static final String P3 = "The government has denied every accusation and called the"
      + " report a fabrication by hostile powers.";
  private static final String PROMO = "Sign up for our weekly newsletter and get the best stories"
      + " delivered to your inbox every Friday.";

  private final ReadabilityVote vote = ReadabilityVote.standard();

  private static List<LineClassifier.Block> blocks(String... texts) {
    List<LineClassifier.Block> out = new ArrayList<>();
    int pos = 0;
    for (String t : texts) {
      out.add(new LineClassifier.Block(t, pos, pos + t.length(), null));
      pos += t.length() + 2;
    }
    return out;
  }

  @Test
  public void aParagraphBothOtherExtractorsLeaveOutIsOutvoted() {
    // Arrange: the HTML front end keeps all four; the text front end and Readability drop PROMO
    List<LineClassifier.Block> blocks = blocks(P1, P2, PROMO, P3);
    RemovalReason[] reasons = new RemovalReason[4];
    Set<String> textKept = Set.of(P1, P2, P3);
    String readability = P1 + " " + P2 + " " + P3;
    // Act
    RemovalReason[] voted = vote.apply(blocks, reasons, textKept, readability);
    // Assert
    assertThat(voted[2], is(RemovalReason.OUTVOTED));
    assertThat(voted[0], nullValue());
    assertThat(voted[1], nullValue());
    assertThat(voted[3], nullValue());
    assertThat(reasons[2], nullValue());
  }

  @Test
  public void aParagraphReadabilityKeepsStays() {
    // Arrange: the text front end drops PROMO, but Readability's article holds it
    List<LineClassifier.Block> blocks = blocks(P1, P2, PROMO, P3);
    RemovalReason[] reasons = new RemovalReason[4];
    String readability = P1 + " " + P2 + " " + PROMO + " " + P3;
    // Act
    RemovalReason[] voted = vote.apply(blocks, reasons, Set.of(P1, P2, P3), readability);
    // Assert
    assertThat(voted, sameInstance(reasons));
  }

  @Test
  public void aParagraphTheTextFrontEndKeepsStays() {
    // Arrange: Readability drops PROMO, the text front end keeps it: one vote against, not two
    List<LineClassifier.Block> blocks = blocks(P1, P2, PROMO, P3);
    RemovalReason[] reasons = new RemovalReason[4];
    // Act
    RemovalReason[] voted =
        vote.apply(blocks, reasons, Set.of(P1, P2, PROMO, P3), P1 + " " + P2 + " " + P3);
    // Assert
    assertThat(voted, sameInstance(reasons));
  }

  @Test
  public void readabilityThatReadAnotherRegionHasNoVote() {
    // Arrange: Readability's article is a sidebar; it holds one of the three agreed paragraphs
    List<LineClassifier.Block> blocks = blocks(P1, P2, PROMO, P3);
    RemovalReason[] reasons = new RemovalReason[4];
    String sidebar = "Most read: the ten best phones of the year, ranked by our editors. " + P3;
    // Act
    RemovalReason[] voted = vote.apply(blocks, reasons, Set.of(P1, P2, P3), sidebar);
    // Assert
    assertThat(voted, sameInstance(reasons));
  }

  @Test
  public void paragraphsOfFewerThanFourWordsAreNotPutToTheVote() {
    // Arrange: a three-word subheading neither other extractor keeps
    List<LineClassifier.Block> blocks = blocks(P1, "What happens next", P2, P3);
    RemovalReason[] reasons = new RemovalReason[4];
    // Act
    RemovalReason[] voted =
        vote.apply(blocks, reasons, Set.of(P1, P2, P3), P1 + " " + P2 + " " + P3);
    // Assert
    assertThat(voted, sameInstance(reasons));
  }

  @Test
  public void noReadabilityArticleMeansNoVote() {
    List<LineClassifier.Block> blocks = blocks(P1, P2, PROMO, P3);
    RemovalReason[] reasons = new RemovalReason[4];
    assertThat(vote.apply(blocks, reasons, Set.of(P1, P2, P3), null), sameInstance(reasons));
  }

  @Test
  public void theVoteRunsOnlyOnABodyThatReadsAsProse() {
    // Arrange: one body of sentences, one of short label lines (a product page's)
    List<LineClassifier.Block> prose = blocks(P1, P2, "Related stories", P3);
    List<LineClassifier.Block> labels = blocks("Color: black and white stripes",
        "Size: small, medium, large or extra large", "Care instructions: machine wash cold",
        "Short note.");
    // Act / Assert
    assertThat(vote.applies(prose, new RemovalReason[4]), is(true));
    assertThat(vote.applies(labels, new RemovalReason[4]), is(false));
  }

  @Test
  public void candidatesAreKeptParagraphsTheTextFrontEndDrops() {
    List<LineClassifier.Block> blocks = blocks(P1, P2, PROMO, P3);
    RemovalReason[] reasons = new RemovalReason[4];
    assertThat(vote.hasCandidates(blocks, reasons, Set.of(P1, P2, P3)), is(true));
    assertThat(vote.hasCandidates(blocks, reasons, Set.of(P1, P2, PROMO, P3)), is(false));
    reasons[2] = RemovalReason.SUBSCRIBE_PROMPT;
    assertThat(vote.hasCandidates(blocks, reasons, Set.of(P1, P2, P3)), is(false));
  }

  @Test
  public void readabilityReadsTheArticleAndLeavesOutTheSidebar() {
    // Arrange: a real-shaped page: an article of five paragraphs, a sidebar of teasers
    StringBuilder article = new StringBuilder();
    for (String p : List.of(P1, P2, P3, P1.replace("Monday", "Tuesday"),
        P2.replace("several", "three"))) {
      article.append("<p>").append(p).append(" ").append(p).append("</p>");
    }
    String html = "<html><head><title>Report</title></head><body>"
        + "<div class=\"sidebar\"><ul><li><a href=\"/a\">Ten phones ranked by our editors</a></li>"
        + "<li><a href=\"/b\">Weather: rain all week, again</a></li></ul></div>"
        + "<article class=\"post-content\"><h1>Report</h1>" + article + "</article>"
        + "<footer class=\"footer\">Copyright 2026 Example News. All rights reserved.</footer>"
        + "</body></html>";
    // Act
    String text = ReadabilityVote.read(Jsoup.parse(html));
    // Assert
    assertThat(text, containsString("stole about two billion dollars"));
    assertThat(text, not(containsString("Ten phones ranked")));
    assertThat(text, not(containsString("All rights reserved")));
  }

  @Test
  public void theVotesReadabilityFindsTheLibrarysArticleOnAPageItReadsAtOnce() {
    // Arrange: a long article beside a sidebar and an empty wrapper (the emptiness test)
    StringBuilder article = new StringBuilder();
    for (String p : List.of(P1, P2, P3, PROMO)) {
      article.append("<p>").append(p).append(" ").append(p).append("</p>");
    }
    String html = "<html><head><title>Report</title></head><body>"
        + "<div class=\"ad-slot\"> <span>\u00a0</span><br></div>"
        + "<div id=\"sidebar\"><ul><li><a href=\"/a\">Ten phones ranked</a></li></ul></div>"
        + "<div class=\"story-body\"><div>" + article + "</div><div><br><hr></div></div>"
        + "<div class=\"footer\">Copyright 2026 Example News. All rights reserved.</div>"
        + "</body></html>";
    // Act
    String ours = ReadabilityVote.read(Jsoup.parse(html));
    // Assert
    assertThat(ours, containsString("most of them were laundered"));
    assertThat(ours, is(ReadabilityVote.libraryArticle(Jsoup.parse(html))));
  }

  @Test
  public void theVotesReadabilityFindsTheLibrarysArticleOnAPageItRetries() {
    // Arrange: an article shorter than Readability's 500 characters, its paragraph in a box whose
    // class reads as unlikely: the library retries without that test, then without the class
    // weights, then without the conditional cleaning, each time from the page's first state
    String html = "<html><head><title>Brief</title></head><body>"
        + "<div class=\"related-box\"><p>" + P1 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"comment\"><p>Nice one, thanks for sharing.</p></div>"
        + "</body></html>";
    // Act
    String ours = ReadabilityVote.read(Jsoup.parse(html));
    // Assert
    assertThat(ours, containsString("two billion dollars"));
    assertThat(ours, is(ReadabilityVote.libraryArticle(Jsoup.parse(html))));
  }

  @Test
  public void aRetryRestoresTheBodyFromTheWholeDocumentAsTheLibraryDoes() {
    // Arrange: a short article straight in the body, so that Readability takes the whole body;
    // after a retry the library's body holds the head's title too (it restores the body from the
    // whole document's HTML), and so does its article
    String html = "<html><head><title>Brief from the wires</title></head><body>"
        + "<p>" + P1 + "</p><p>" + P3 + "</p></body></html>";
    // Act
    String ours = ReadabilityVote.read(Jsoup.parse(html));
    // Assert
    assertThat(ours, containsString("Brief from the wires"));
    assertThat(ours, is(ReadabilityVote.libraryArticle(Jsoup.parse(html))));
  }

  @Test
  public void forgottenChildListsShowAReplacedChild() {
    // Arrange: jsoup caches a parent's child elements and keeps the list when a child is replaced
    Document page = Jsoup.parse("<div id=\"box\"><div id=\"wrap\"><p>Lone paragraph.</p></div>"
        + "<p>Next.</p></div>");
    Element box = page.getElementById("box");
    assertThat(box.children().get(0).id(), is("wrap"));
    Element lone = box.children().get(0).child(0);
    box.children().get(0).replaceWith(lone);
    // Act
    ReadabilityVote.forgetChildLists(page);
    // Assert: the walk and the lists see the paragraph that took the wrapper's place
    assertThat(box.children().get(0), sameInstance(lone));
    assertThat(ReadabilityVote.nextNode(lone, false).text(), is("Next."));
    assertThat(ReadabilityVote.nextNode(box, false), sameInstance(lone));
  }

  @Test
  public void blankTextIsWhatTheLibrarysEmptinessTestReads() {
    // Arrange: Kotlin's blank (Unicode space characters too) of jsoup's text, which drops a zero
    // width space and a soft hyphen except where white space is kept as written
    String[][] cases = {
        {"<div> \u00a0<span>\u2007</span><br></div>", "true"},
        {"<div><span></span><!-- a comment --></div>", "true"},
        {"<div>\u200b<span>\u00ad</span></div>", "true"},
        {"<div><pre>\u200b</pre></div>", "false"},
        {"<div> <b> </b><i>x</i></div>", "false"},
        {"<div><script>var a = 1;</script></div>", "true"},
        {"<div>&#1;<br></div>", "true"},
        {"<div>a&#1;</div>", "false"},
    };
    for (String[] c : cases) {
      Element div = Jsoup.parseBodyFragment(c[0]).body().child(0);
      // Act
      boolean blank = ReadabilityVote.blankText(div);
      // Assert
      assertThat(c[0], blank, is(Boolean.parseBoolean(c[1])));
      assertThat(c[0], blank, is(kotlin.text.StringsKt.isBlank(div.text())));
    }
  }

  @Test
  public void blankTextAgreesWithTheLibraryOnEveryCharacter() {
    // Arrange: each character of the basic plane alone, beside a zero width space, and under <pre>
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = String.valueOf(c);
      for (String html : new String[] {"<div>" + s + "</div>", "<div> \u200b" + s + "</div>",
          "<div><pre>" + s + "</pre></div>"}) {
        Element div = Jsoup.parseBodyFragment("").body().appendElement("div");
        div.html(html.substring(5, html.length() - 6));
        // Act
        boolean blank = ReadabilityVote.blankText(div);
        // Assert
        if (blank != kotlin.text.StringsKt.isBlank(div.text())) {
          throw new AssertionError("U+" + Integer.toHexString(c) + " in " + html);
        }
      }
    }
  }

  @Test
  public void readabilityFindsNothingOnAnEmptyPage() {
    assertThat(ReadabilityVote.read(Jsoup.parse("<html><body></body></html>")), nullValue());
  }

  @Test
  public void wordsAreRunsOfLettersAndDigits() {
    assertThat(ReadabilityVote.words("It's $2.5bn, (the UN) said_so."),
        is(List.of("It", "s", "2", "5bn", "the", "UN", "said_so")));
  }
}
