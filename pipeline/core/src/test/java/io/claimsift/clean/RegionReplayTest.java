package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.BitSet;
import org.junit.Test;

/** Replaying the body choice gives what the cleaners give, under any parameters. */
public class RegionReplayTest {

  private static final String HTML = "<html><head><title>Trams</title></head><body>"
      + "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>"
      + "<article><h1>Council expands trams</h1>"
      + "<p>The city council voted on Tuesday to expand the tram network by twelve kilometres,"
      + " a plan that officials say will cost about 300 million euros.</p>"
      + "<p>Short line.</p>"
      + "<p>Supporters argued that the new lines would cut commuting times for tens of thousands"
      + " of residents in the eastern districts.</p></article>"
      + "<aside><h2>Related</h2><p><a href=/a>Another story about buses</a></p></aside>"
      + "</body></html>";

  private static final String TEXT = "Home\nNews\nSport\n\nCouncil expands trams\n\n"
      + "The city council voted on Tuesday to expand the tram network by twelve kilometres, a"
      + " plan that officials say will cost about 300 million euros.\n"
      + "Short line.\n"
      + "Supporters argued that the new lines would cut commuting times for tens of thousands of"
      + " residents in the eastern districts.\n\nRelated\nAnother story about buses\n";

  private static RegionParams withProseLetters(int html, int text) {
    RegionParams p = RegionParams.standard();
    return RegionParams.parse(p.toJson()
        .replaceFirst("\"proseLetters\": 100", "\"proseLetters\": " + text)
        .replaceFirst("\"proseLetters\": 60", "\"proseLetters\": " + html));
  }

  @Test
  public void aReplayKeepsWhatTheCleanersKeep() {
    RegionReplay.Preparer preparer = new RegionReplay.Preparer(CleaningRules.standard());
    for (RegionParams params : new RegionParams[] {
        RegionParams.standard(), withProseLetters(200, 200), withProseLetters(20, 20)}) {
      // Arrange
      ArticleCleaner cleaner =
          new ArticleCleaner(CleaningRules.standard(), CleaningLimits.standard(), params);
      RegionReplay html = preparer.html(HTML);
      RegionReplay text = preparer.text(TEXT);
      // Act
      BitSet htmlKept = html.keep(params);
      BitSet textKept = text.keep(params);
      // Assert
      assertThat(html.cleanText(htmlKept), is(cleaner.cleanHtml(HTML).cleanText()));
      assertThat(text.cleanText(textKept), is(cleaner.cleanText(TEXT).cleanText()));
    }
  }

  @Test
  public void aPageCanBeReplayedManyTimes() {
    // The replay restores the verdicts of the rule passes before each choice.
    RegionReplay text = new RegionReplay.Preparer(CleaningRules.standard()).text(TEXT);
    BitSet first = text.keep(RegionParams.standard());
    text.keep(withProseLetters(20, 1000));
    assertThat(text.keep(RegionParams.standard()), is(first));
  }

  /**
   * A page whose story is in a form holding less than half of the page's words (a hidden block
   * holds more), which the HTML front end removes: its body is an author link, and the sanity
   * check falls back to the text body.
   */
  private static final String AUTHOR_BOX = "<html><head><title>Trams</title></head><body>"
      + "<div><a href=/a>View author archive</a></div>"
      + "<form action=/page.aspx><div>The city council voted on Tuesday to expand the tram"
      + " network by twelve kilometres, a plan that officials say will cost about 300 million"
      + " euros over the next decade.</div><div>Supporters argued that the new lines would cut"
      + " commuting times for tens of thousands of residents in the eastern districts, which"
      + " rely on buses.</div>"
      + "<div>Opponents said the budget left no room for the repairs that older lines need, and"
      + " asked for an independent review of the projected ridership figures.</div></form>"
      + "<div hidden>" + "word ".repeat(120) + "</div></body></html>";

  @Test
  public void theAlternativesAreTheCleanersBodyAndTheTextFrontEndsBody() {
    // Arrange
    RegionParams params = RegionParams.standard();
    ArticleCleaner cleaner =
        new ArticleCleaner(CleaningRules.standard(), CleaningLimits.standard(), params);
    RegionReplay html = new RegionReplay.Preparer(CleaningRules.standard()).html(HTML);
    // Act
    RegionReplay.Alternatives alt = html.alternatives(params);
    // Assert: the HTML body passes the sanity check; the text body is read from the rendered
    // page, menus included, and keeps the story too.
    assertThat(alt.fellBack(), is(false));
    assertThat(html.cleanText(alt.current()), is(cleaner.cleanHtml(HTML).cleanText()));
    assertThat(alt.current(), is(html.keep(params)));
    String text = html.cleanText(alt.text());
    assertThat(text, containsString("The city council voted on Tuesday"));
    assertThat(text, not(containsString("Another story about buses")));
    long htmlKept = alt.html().stream().filter(RegionReplay.Paragraph::kept).count();
    assertThat(htmlKept, is((long) alt.current().cardinality()));
    RegionReplay.Paragraph first = alt.rendered().get(0);
    assertThat(first.text(), is("Home News Sport"));
    assertThat(first.linkDensity(), is(0.0));
  }

  @Test
  public void whenTheSanityCheckFallsBackBothAlternativesAreTheTextBody() {
    // Arrange
    RegionParams params = RegionParams.standard();
    RegionReplay html = new RegionReplay.Preparer(CleaningRules.standard()).html(AUTHOR_BOX);
    ArticleCleaner cleaner =
        new ArticleCleaner(CleaningRules.standard(), CleaningLimits.standard(), params);
    // Act
    RegionReplay.Alternatives alt = html.alternatives(params);
    // Assert
    assertThat(alt.fellBack(), is(true));
    assertThat(alt.text(), is(alt.current()));
    assertThat(html.cleanText(alt.current()), is(cleaner.cleanHtml(AUTHOR_BOX).cleanText()));
  }
}
