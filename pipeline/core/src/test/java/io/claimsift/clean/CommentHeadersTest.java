package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Readers' comments after a post, told by a run of "NAME DATE at TIME" headers. */
public class CommentHeadersTest {

  private static final String P1 = "The city council voted on Tuesday to extend the tram line to"
      + " the new hospital, after two years of debate about its cost and route.";
  private static final String P2 = "Work on the extension is due to start next spring and the"
      + " first trams should run on it by the end of the following year, officials said.";
  private static final String C1 = "I have been waiting for this for years and I am glad that the"
      + " council finally made up its mind about the route, even if it is late.";
  private static final String C2 = "The cost is far too high for a line that few people will use,"
      + " and the money would have been better spent on buses across the whole city.";
  private static final String C3 = "Does anyone know whether the old depot will be kept, or"
      + " whether it will be pulled down to make room for the new platforms there?";

  private final TextCleaner cleaner = new TextCleaner(CleaningRules.standard());

  @Test
  public void aRunOfDatedHeadersEndsTheBody() {
    // Arrange
    String dump = String.join("\n\n", P1, P2,
        "Anna Berg October 25, 2012 at 12:43 pm", C1,
        "Tom 10.25.12 at 13:05", C2,
        "Mary L. October 26, 2012 at 8:03 AM EDT", C3);
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, containsString("first trams should run"));
    assertThat(text, not(containsString("waiting for this for years")));
    assertThat(text, not(containsString("better spent on buses")));
    assertThat(text, not(containsString("old depot")));
  }

  @Test
  public void twoDatedLinesAreNotACommentSection() {
    // Arrange: an update stamp and one quoted post: fewer than three headers
    String dump = String.join("\n\n", P1, "Updated October 25, 2012 at 12:43 pm", P2,
        "Tom 10.25.12 at 13:05", C1);
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, containsString("waiting for this for years"));
  }

  @Test
  public void postHeadersThatGoOnAfterTheTimeAreNotComments() {
    // Arrange: a listing of posts, each headed "Posted DATE TIME UTC (Day) by NAME"
    List<String> blocks = new ArrayList<>();
    for (String p : List.of(P1, P2, C1, C2)) {
      blocks.add("[News] Posted Mar 5, 2026 15:47 UTC (Thu) by editor");
      blocks.add(p);
    }
    // Act
    String text = cleaner.clean(String.join("\n\n", blocks)).cleanText();
    // Assert
    assertThat(text, containsString("better spent on buses"));
  }

  @Test
  public void sayingHeadersMarkCommentsButQuotedMessagesStay() {
    // Arrange
    String comments = String.join("\n\n", P1, P2, "Kevin said,", C1, "Lea said,", C2,
        "Bruce said,", C3);
    String quotes = String.join("\n\n", P1, "Anna wrote:", C1, "Tom wrote:", C2,
        "Some readers wrote:", C3);
    // Act
    String commentsText = cleaner.clean(comments).cleanText();
    String quotesText = cleaner.clean(quotes).cleanText();
    // Assert
    assertThat(commentsText, not(containsString("better spent on buses")));
    assertThat(quotesText, containsString("better spent on buses"));
  }
}
