package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
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

  private static final String P4 =
      "Residents will be able to comment on the routes at a series of public meetings, the first"
          + " of which is planned for the town hall at the end of the month.";

  private static final String P5 =
      "Officials expect the remaining details of the plan, including the fares, to be settled"
          + " by the council before the first of the new lines opens to passengers.";

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
  @Test
  public void aLoneByAndTheNameLineAfterItAreTheByline() {
    // Arrange
    String dump = String.join("\n\n", "By", "Jane Doe", P1, P2, P3);
    // Act
    CleanedArticle article = cleaner.clean(dump);
    // Assert
    assertThat(article.cleanText(), is(P1 + "\n\n" + P2 + "\n\n" + P3));
    assertThat(article.authors(), contains("Jane Doe"));
  }

  @Test
  public void repeatedSectionsOfAPlanStayWhileAnIsolatedRepeatGoes() {
    // Arrange
    String quote = "The mayor said the plan was the most ambitious in the history of the city.";
    List<String> monday = List.of("Monday", "Eat every 2 to 3 hours", "1 cup of oats with milk",
        "Drink water before bed", "Walk for 30 minutes");
    List<String> tuesday = List.of("Tuesday", "Eat every 2 to 3 hours", "1 cup of rice with beans",
        "Drink water before bed", "Walk for 30 minutes");
    List<String> blocks = new ArrayList<>(List.of(P1, quote));
    blocks.addAll(monday);
    blocks.add(P2);
    blocks.addAll(tuesday);
    blocks.addAll(List.of(P3, P4, quote, P5));
    // Act
    String text = cleaner.clean(String.join("\n\n", blocks)).cleanText();
    // Assert
    List<String> expected = new ArrayList<>(List.of(P1, quote));
    expected.addAll(monday);
    expected.add(P2);
    expected.addAll(tuesday);
    expected.addAll(List.of(P3, P4, P5));
    assertThat(text, is(String.join("\n\n", expected)));
  }
}
