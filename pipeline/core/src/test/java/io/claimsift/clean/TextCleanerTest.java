package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class TextCleanerTest {

  private static final String BODY1 =
      "The central bank raised interest rates by half a point on Tuesday, surprising most"
          + " economists who had expected a smaller move.";
  private static final String BODY2 =
      "Officials said the decision reflected persistent inflation in services and a tight labour"
          + " market that shows few signs of cooling.";
  private static final String BODY3 =
      "Markets reacted calmly, with government bond yields rising only slightly in late trading"
          + " across the main European exchanges.";

  private final TextCleaner cleaner = new TextCleaner(CleaningRules.standard());

  private static String doc(String... lines) {
    return String.join("\n\n", lines);
  }

  private static RemovalReason reasonOf(CleanedArticle a, String text) {
    for (RemovedSpan s : a.removed()) {
      if (s.text().equals(text)) {
        return s.reason();
      }
    }
    return null;
  }

  private static List<RemovalReason> reasonsOf(CleanedArticle a, String text) {
    return a.removed().stream().filter(s -> s.text().equals(text)).map(RemovedSpan::reason).toList();
  }

  private void assertRemoved(String line, RemovalReason expected) {
    // Arrange
    String input = doc("Central Bank Lifts Rates Again", BODY1, line, BODY2, BODY3);
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(line, reasonOf(a, line), is(expected));
    assertThat(a.cleanText(), not(containsString(line)));
  }

  @Test
  public void navigationLines() {
    assertRemoved("Home / Economy / Central Bank Lifts Rates Again", RemovalReason.NAVIGATION);
    assertRemoved("Home › News", RemovalReason.NAVIGATION);
    assertRemoved("Skip to content", RemovalReason.NAVIGATION);
    assertRemoved("Search", RemovalReason.NAVIGATION);
    assertRemoved("Tags: rates, inflation, economy", RemovalReason.NAVIGATION);
  }

  @Test
  public void readingTimeLines() {
    assertRemoved("5 min read", RemovalReason.READING_TIME);
    assertRemoved("Reading time: 3 minutes", RemovalReason.READING_TIME);
    assertRemoved("Last updated: | 2 minute read", RemovalReason.READING_TIME);
  }

  @Test
  public void datelinesAreRemovedAndParsed() {
    // Arrange
    String input =
        doc("Central Bank Lifts Rates Again", "Published: March 1, 2021 10:00 AM EST",
            "Updated 5 March 2021", BODY1, BODY2);
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(reasonOf(a, "Published: March 1, 2021 10:00 AM EST"), is(RemovalReason.DATELINE));
    assertThat(reasonOf(a, "Updated 5 March 2021"), is(RemovalReason.DATELINE));
    assertThat(a.publishedAt(), is(Instant.parse("2021-03-01T15:00:00Z")));
    assertThat(a.updatedAt(), is(Instant.parse("2021-03-05T00:00:00Z")));
  }

  @Test
  public void relativeAndBareDatelines() {
    assertRemoved("Published 3 hours ago", RemovalReason.DATELINE);
    assertRemoved("Jan 5, 2020", RemovalReason.DATELINE);
    assertRemoved("Tuesday, 2020-01-05 14:30", RemovalReason.DATELINE);
  }

  @Test
  public void lastUpdatedWithTimeGoesToUpdatedAtAssumingUtc() {
    // Arrange
    String input = doc("Central Bank Lifts Rates Again", "Last Updated March 4, 2021 2:39 PM", BODY1);
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(a.updatedAt(), is(Instant.parse("2021-03-04T14:39:00Z")));
    assertThat(a.publishedAt(), nullValue());
  }

  @Test
  public void explicitBylineWithTwoAuthors() {
    // Arrange
    String input = doc("Central Bank Lifts Rates Again", "By John Smith and Mary-Jane O’Neil", BODY1, BODY2);
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(reasonOf(a, "By John Smith and Mary-Jane O’Neil"), is(RemovalReason.BYLINE));
    assertThat(a.authors(), contains("John Smith", "Mary-Jane O’Neil"));
    assertThat(a.cleanText(), not(containsString("John Smith")));
  }

  @Test
  public void bylineWithDateAndWrittenBy() {
    // Arrange
    String input =
        doc("Central Bank Lifts Rates Again", "Written by Anna Berg | June 2, 2022", BODY1, BODY2);
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(reasonOf(a, "Written by Anna Berg | June 2, 2022"), is(RemovalReason.BYLINE));
    assertThat(a.authors(), contains("Anna Berg"));
    assertThat(a.publishedAt(), is(Instant.parse("2022-06-02T00:00:00Z")));
  }

  @Test
  public void nameOnlyLineInHeaderIsByline() {
    // Arrange
    String input = doc("Central Bank Lifts Rates Again", "Sofia Marquez", BODY1, BODY2);
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(a.title(), is("Central Bank Lifts Rates Again"));
    assertThat(reasonOf(a, "Sofia Marquez"), is(RemovalReason.BYLINE));
    assertThat(a.authors(), contains("Sofia Marquez"));
  }

  @Test
  public void sentenceStartingWithByIsNotAByline() {
    // Arrange
    String line = "By contrast, smaller lenders kept their rates unchanged for the third month in a row.";
    // Act
    CleanedArticle a = cleaner.clean(doc("Central Bank Lifts Rates Again", BODY1, line, BODY2));
    // Assert
    assertThat(a.cleanText(), containsString(line));
    assertThat(a.authors(), empty());
  }

  @Test
  public void twoWordSubheadingInsideBodyIsKept() {
    // Arrange
    String input = doc("Central Bank Lifts Rates Again", BODY1, "Looking Ahead", BODY2, BODY3);
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(a.cleanText(), containsString("\n\nLooking Ahead\n\n"));
    assertThat(a.authors(), empty());
  }

  @Test
  public void authorBioInTailWithNameLineAndShareIcons() {
    // Arrange
    String bio =
        "Priya Natarajan is a senior reporter covering central banks and has written for"
            + " several financial newspapers over the last decade.";
    String input =
        doc("Central Bank Lifts Rates Again", BODY1, BODY2, "Priya Natarajan",
            "Facebook Twitter LinkedIn", bio);
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(reasonOf(a, bio), is(RemovalReason.AUTHOR_BIO));
    assertThat(reasonOf(a, "Priya Natarajan"), is(RemovalReason.BYLINE));
    assertThat(reasonOf(a, "Facebook Twitter LinkedIn"), is(RemovalReason.SHARE_PROMPT));
    assertThat(a.authors(), contains("Priya Natarajan"));
    assertThat(a.cleanText(), is(BODY1 + "\n\n" + BODY2));
  }

  @Test
  public void aboutTheAuthorSection() {
    // Arrange
    String bio = "Kim Lee covers markets for the paper.";
    String input = doc("Central Bank Lifts Rates Again", BODY1, BODY2, "About the author", bio);
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(reasonOf(a, "About the author"), is(RemovalReason.AUTHOR_BIO));
    assertThat(reasonOf(a, bio), is(RemovalReason.AUTHOR_BIO));
  }

  @Test
  public void imageCredits() {
    assertRemoved("Photo: Getty Images", RemovalReason.IMAGE_CREDIT);
    assertRemoved("Image credit: Shutterstock", RemovalReason.IMAGE_CREDIT);
    assertRemoved("Price chart for the week | Source: Exchange data", RemovalReason.IMAGE_CREDIT);
    assertRemoved("Traders on the floor (Photo: AP)", RemovalReason.IMAGE_CREDIT);
  }

  @Test
  public void captions() {
    assertRemoved("a trader looks at screens", RemovalReason.CAPTION);
    assertRemoved("Figure 2: Rate path since 2019", RemovalReason.CAPTION);
  }

  @Test
  public void immediatelyRepeatedLineIsCaptionThenDuplicate() {
    // Arrange
    String input =
        doc("Central Bank Lifts Rates Again", BODY1, "Bank Headquarters", "Bank Headquarters", BODY2);
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(reasonsOf(a, "Bank Headquarters"),
        contains(RemovalReason.CAPTION, RemovalReason.DUPLICATE));
  }

  @Test
  public void sharePrompts() {
    assertRemoved("Share this article", RemovalReason.SHARE_PROMPT);
    assertRemoved("Facebook Twitter WhatsApp Email Copy link", RemovalReason.SHARE_PROMPT);
    assertRemoved("Follow us on Twitter for more updates", RemovalReason.SHARE_PROMPT);
    assertRemoved("Join our Discord community to discuss the markets", RemovalReason.SHARE_PROMPT);
    assertRemoved("Tweet", RemovalReason.SHARE_PROMPT);
  }

  @Test
  public void subscribePrompts() {
    assertRemoved("Subscribe to our newsletter", RemovalReason.SUBSCRIBE_PROMPT);
    assertRemoved(
        "Get the latest market news delivered straight to your inbox",
        RemovalReason.SUBSCRIBE_PROMPT);
    assertRemoved("Register for free to keep reading", RemovalReason.SUBSCRIBE_PROMPT);
  }

  @Test
  public void commentFormAndEverythingAfterIt() {
    // Arrange
    String input =
        doc("Central Bank Lifts Rates Again", BODY1, BODY2, "Leave a comment",
            "Cancel reply", "Name*", "Email*", "Website", "Save my name, email, and website in"
                + " this browser for the next time I comment.", "Post Comment");
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    for (String line : List.of("Leave a comment", "Cancel reply", "Name*", "Email*", "Website", "Post Comment")) {
      assertThat(line, reasonOf(a, line), is(RemovalReason.COMMENT_FORM));
    }
    assertThat(a.cleanText(), is(BODY1 + "\n\n" + BODY2));
  }

  @Test
  public void commentCountHeading() {
    assertRemoved("3 Comments", RemovalReason.COMMENT_FORM);
  }

  @Test
  public void disclaimers() {
    assertRemoved(
        "Disclaimer: The information provided here is not financial advice and readers should"
            + " do their own research before investing.",
        RemovalReason.DISCLAIMER);
    assertRemoved(
        "The views expressed in this column are the author's own and do not necessarily reflect"
            + " those of the publication.",
        RemovalReason.DISCLAIMER);
    assertRemoved(
        "We may earn a commission when you buy through links on our site.", RemovalReason.DISCLAIMER);
    assertRemoved("Your capital is at risk.", RemovalReason.DISCLAIMER);
  }

  @Test
  public void relatedHeadingRemovesFollowingHeadlines() {
    // Arrange
    String input =
        doc("Central Bank Lifts Rates Again", BODY1, BODY2, "You may also like",
            "Inflation Cools for Second Month", "Why Bond Traders Are Nervous");
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(reasonOf(a, "You may also like"), is(RemovalReason.RELATED_LINKS));
    assertThat(reasonOf(a, "Inflation Cools for Second Month"), is(RemovalReason.RELATED_LINKS));
    assertThat(reasonOf(a, "Why Bond Traders Are Nervous"), is(RemovalReason.RELATED_LINKS));
    assertThat(a.cleanText(), is(BODY1 + "\n\n" + BODY2));
  }

  @Test
  public void inlineRelatedLinkAndReadMore() {
    assertRemoved("Related: Inflation Cools for Second Month", RemovalReason.RELATED_LINKS);
    assertRemoved("Read more", RemovalReason.RELATED_LINKS);
  }

  @Test
  public void layoutResidue() {
    assertRemoved("Advertisement", RemovalReason.LAYOUT_RESIDUE);
    assertRemoved("Back to top", RemovalReason.LAYOUT_RESIDUE);
    assertRemoved("×", RemovalReason.LAYOUT_RESIDUE);
    assertRemoved(
        "We use cookies to improve your experience on our website.", RemovalReason.LAYOUT_RESIDUE);
    assertRemoved("Accept all", RemovalReason.LAYOUT_RESIDUE);
  }

  @Test
  public void duplicates() {
    // Arrange
    String input =
        doc("Central Bank Lifts Rates Again", "Jan 5, 2020", "Share this article", BODY1,
            "Central Bank Lifts Rates Again", BODY2, "Jan 5, 2020", "share this article");
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(reasonsOf(a, "Central Bank Lifts Rates Again"),
        contains(RemovalReason.TITLE, RemovalReason.DUPLICATE));
    assertThat(reasonsOf(a, "Jan 5, 2020"), contains(RemovalReason.DATELINE, RemovalReason.DUPLICATE));
    assertThat(reasonOf(a, "share this article"), is(RemovalReason.SHARE_PROMPT));
    assertThat(a.cleanText(), is(BODY1 + "\n\n" + BODY2));
  }

  @Test
  public void repeatedBodyParagraphIsDuplicate() {
    // Act
    CleanedArticle a = cleaner.clean(doc("Central Bank Lifts Rates Again", BODY1, BODY2, BODY1));
    // Assert
    assertThat(reasonsOf(a, BODY1), contains(RemovalReason.DUPLICATE));
    assertThat(a.cleanText(), is(BODY1 + "\n\n" + BODY2));
  }

  @Test
  public void titleIsFirstHeadlineAfterRemovedHeaderLines() {
    // Arrange
    String input =
        doc("Skip to content", "Home › Economy", "Central Bank Lifts Rates Again", "4 min read", BODY1);
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(a.title(), is("Central Bank Lifts Rates Again"));
    assertThat(reasonOf(a, "Central Bank Lifts Rates Again"), is(RemovalReason.TITLE));
    assertThat(a.cleanText(), is(BODY1));
  }

  @Test
  public void noTitleWhenDocumentStartsWithBody() {
    // Act
    CleanedArticle a = cleaner.clean(doc(BODY1, "Looking Ahead", BODY2));
    // Assert
    assertThat(a.title(), nullValue());
    assertThat(a.cleanText(), is(BODY1 + "\n\nLooking Ahead\n\n" + BODY2));
  }

  @Test
  public void offsetsPointAtTrimmedLineWithLineNumbers() {
    // Arrange
    String input = "  Central Bank Lifts Rates Again  \r\n\r\n\tShare this article\r\n" + BODY1 + "\n";
    // Act
    CleanedArticle a = cleaner.clean(input);
    // Assert
    assertThat(a.removed().size(), is(2));
    RemovedSpan title = a.removed().get(0);
    assertThat(title.line(), is(1));
    assertThat(title.reason(), is(RemovalReason.TITLE));
    RemovedSpan share = a.removed().get(1);
    assertThat(share.line(), is(3));
    for (RemovedSpan s : a.removed()) {
      assertThat(input.substring(s.start(), s.end()), equalTo(s.text()));
    }
  }

  @Test
  public void blankLinesAreNotSegmentsAndWhitespaceIsCollapsed() {
    // Act
    CleanedArticle a = cleaner.clean("\n\n   \nThe   bank\u00A0raised rates   on Tuesday after a long and heated debate among its members.\n\n");
    // Assert
    assertThat(a.removed(), empty());
    assertThat(a.cleanText(),
        is("The bank raised rates on Tuesday after a long and heated debate among its members."));
  }

  @Test
  public void languageGuess() {
    assertThat(cleaner.clean(doc(BODY1, BODY2)).language(), is("en"));
    assertThat(
        cleaner.clean("Die Zentralbank hat die Zinsen am Dienstag deutlich angehoben, sagten Ökonomen heute.")
            .language(),
        is("de"));
    assertThat(cleaner.clean("Kurz.").language(), nullValue());
  }

  @Test
  public void emptyInput() {
    // Act
    CleanedArticle a = cleaner.clean("");
    // Assert
    assertThat(a.cleanText(), is(""));
    assertThat(a.title(), nullValue());
    assertThat(a.removed(), empty());
  }
}
