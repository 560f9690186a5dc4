package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.Test;

/** Document-level decisions of the shared block classifier, seen through the text front end. */
public class LineClassifierTest {

  private static final String P1 =
      "The city council approved the new transport budget on Monday after a long debate, with"
          + " most members saying the plan would cut travel times for commuters.";
  private static final String P2 =
      "The budget sets aside money for three new bus lines and for repairs to the bridges that"
          + " carry most of the traffic into the centre of the city.";
  private static final String P3 =
      "Work on the first line is due to start in the spring, and the council expects the whole"
          + " programme to be finished within four years if funding holds.";

  private final TextCleaner cleaner = new TextCleaner(CleaningRules.standard());

  @Test
  public void aBlockRepeatingSeveralParagraphsIsACopyOfTheBody() {
    // Arrange
    String copy = P1 + " " + P2 + " " + P3;
    String dump = String.join("\n\n", "Weather", P1, P2, P3, "Share", copy, "Contact");
    // Act
    CleanedArticle article = cleaner.clean(dump);
    // Assert
    assertThat(article.cleanText(), is(P1 + "\n\n" + P2 + "\n\n" + P3));
    assertThat(article.removed().stream()
        .anyMatch(s -> s.text().equals(copy) && s.reason() == RemovalReason.DUPLICATE), is(true));
  }

  @Test
  public void aLongParagraphQuotingOneOtherParagraphStays() {
    // Arrange
    String summary = P1 + " Opponents of the plan said they would keep campaigning against it"
        + " until the next election, which is due in the autumn of next year.";
    String dump = String.join("\n\n", summary, P1, P2, P3);
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, is(String.join("\n\n", summary, P1, P2, P3)));
  }
}
