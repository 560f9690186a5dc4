package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import org.junit.Test;

/** Small print: a block of referenced footnotes leaves the body, an article's own note stays. */
public class FootnotesTest {

  private static final String P1 = "The new laptop has a brighter display and a battery that lasts"
      + " up to eighteen hours, and it weighs less than the model it replaces.";
  private static final String P2 = "It comes with a year of the streaming service included"
      + " Footnote †, and it can be paid for in monthly instalments Footnote ◊.";
  private static final String P3 = "The screen measures thirteen inches Footnote 1, and the keyboard"
      + " is backlit, with a fingerprint reader built into the power button.";
  private static final String NOTE_DAGGER = "† New and qualified returning subscribers only."
      + " The plan renews automatically at the monthly price until it is cancelled.";
  private static final String NOTE_LOZENGE = "◊ Monthly instalments are a payment option that is"
      + " only available to qualified customers, subject to credit approval.";
  private static final String NOTE_ONE = "1. Screen size is measured diagonally. The display has"
      + " rounded corners at the top, and the viewable area is smaller.";

  private final TextCleaner cleaner = new TextCleaner(CleaningRules.standard());

  @Test
  public void aBlockOfReferencedFootnotesIsRemoved() {
    // Arrange
    String dump = String.join("\n\n", P1, P2, P3, NOTE_DAGGER, NOTE_LOZENGE, NOTE_ONE);
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, containsString("fingerprint reader"));
    assertThat(text, not(containsString("qualified returning subscribers")));
    assertThat(text, not(containsString("credit approval")));
    assertThat(text, not(containsString("measured diagonally")));
  }

  @Test
  public void anArticlesSingleNoteStays() {
    // Arrange: one marker only, as in "*Note: ..." under a chart
    String dump = String.join("\n\n", P1, "The market grew by a fifth last year, analysts say*.",
        P3, "*Note: The market size does not include chatbots and other applications built on"
            + " the models.");
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, containsString("*Note: The market size"));
  }

  @Test
  public void numberedLinesWithoutAFootnoteReferenceAreAListNotNotes() {
    // Arrange: symbol notes are referenced, but no "Footnote 2" names the numbered lines
    List<String> blocks = List.of(P1, P2, NOTE_DAGGER.replace("†", "2."),
        "3. Press the power button for ten seconds, then wait for the logo to appear.",
        "4. Sign in with your account and choose which files to bring over from the old one.");
    // Act
    String text = cleaner.clean(String.join("\n\n", blocks)).cleanText();
    // Assert
    assertThat(text, containsString("Sign in with your account"));
  }
}
