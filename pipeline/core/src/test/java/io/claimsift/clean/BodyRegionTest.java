package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The body region: the densest run of prose in a page dump is the article. */
public class BodyRegionTest {

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
  public void menuLinesBeforeAndTeasersAfterTheBodyAreRemoved() {
    // Arrange
    String dump = String.join("\n\n", "Weather", "Traffic", "Local Sports", "Obituaries",
        P1, P2, P3,
        "Storm knocks out power",
        "Thousands of homes were left without electricity on Sunday night.",
        "School board election results",
        "Voters chose three new members for the district school board.");
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, is(P1 + "\n\n" + P2 + "\n\n" + P3));
  }

  @Test
  public void aShortSubheadingBetweenParagraphsStays() {
    // Arrange
    String dump = String.join("\n\n", P1, "What happens next", P2, P3);
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, containsString("What happens next"));
  }

  @Test
  public void aListIntroducedByAColonContinuesTheBody() {
    // Arrange
    String dump = String.join("\n\n", P1, P2, "The new bus lines will run between:",
        "Central Station and the airport", "The university and the harbour",
        "The old town and the hospital", "Contact", "Privacy");
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, containsString("The old town and the hospital"));
    assertThat(text, not(containsString("Privacy")));
  }

  @Test
  public void longerReaderCommentsDoNotReplaceTheArticle() {
    // Arrange
    String comment = "I have lived in this city for thirty years and I have never seen a budget"
        + " that actually delivered what it promised, so forgive me if I doubt this one too."
        + " The bridges were supposed to be repaired ten years ago and nothing happened.";
    String dump = String.join("\n\n", P1, P2, "3 Comments",
        "Pat Smith on May 6, 2024 at 9:15 am said:", comment,
        "Lee Wong on May 6, 2024 at 10:02 am said:", comment + " " + comment);
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, is(P1 + "\n\n" + P2));
  }

  @Test
  public void shoutedPromotionInsideTheBodyIsRemoved() {
    // Arrange
    String dump = String.join("\n\n", P1, "CLICK HERE TO GET OUR NEWS APP", P2, P3);
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, is(P1 + "\n\n" + P2 + "\n\n" + P3));
  }

  @Test
  public void shoutedQuestionsStay() {
    assertThat(BodyRegion.isShoutedHeadline("WHO IS THE FRONT-RUNNER?"), is(false));
    assertThat(BodyRegion.isShoutedHeadline("A LONG HISTORY OF FEUDS"), is(true));
    assertThat(BodyRegion.isShoutedHeadline("Ordinary Title Case Heading"), is(false));
  }
  @Test
  public void aLongParagraphEndingWithAColonOpensTheBody() {
    // Arrange
    String intro = "Shortly after the vote, several council members who had opposed the plan"
        + " explained on social media why they did not trust it, and one of them wrote:";
    String dump = String.join("\n\n", "Weather", "Traffic", "Origin", intro, P1, P2, P3);
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, is(intro + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3));
  }

  @Test
  public void shortJapaneseSentencesCountAsProse() {
    // Arrange
    String j1 = "市議会は月曜日、新しい交通予算を承認しました。";
    String j2 = "予算には三つの新しいバス路線が含まれています。";
    String j3 = "最初の路線の工事は春に始まる予定で、市議会は資金が確保されれば四年以内に計画全体が"
        + "完了すると見込んでいます。";
    String j4 = "市の中心部に向かう交通の大部分を担う橋の修理にも、予算の一部が充てられます。";
    String dump = String.join("\n\n", "ホーム", "ニュース", "スポーツ", j1, j2, j3, j4);
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, is(String.join("\n\n", j1, j2, j3, j4)));
  }

  @Test
  public void denseScriptsWeighTwiceAsMuchAsLatinLetters() {
    assertThat(BodyRegion.weightedLetters("abc 12"), is(5));
    assertThat(BodyRegion.weightedLetters("予算。"), is(4));
    assertThat(BodyRegion.weightedLetters("한국어"), is(6));
  }
  @Test
  public void weightedLettersCountsEveryAsciiLetterAndDigitOnce() {
    StringBuilder ascii = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      ascii.append(c);
    }

    // 26 + 26 letters and 10 digits; '@', '[', '`' and '{' sit beside the letter ranges.
    assertThat(BodyRegion.weightedLetters(ascii.toString()), is(62));
  }
  @Test
  public void aHeadlineRunIntoItsSummaryIsTitleCasedWhileProseOpeningWithNamesIsNot() {
    assertThat(BodyRegion.startsWithHeadline("Customers Leave Without Paying Bill At Steakhouse A"
        + " party of six left the restaurant without paying their bill after a long dinner on"
        + " Friday night, police said on Monday."), is(true));
    assertThat(BodyRegion.startsWithHeadline("Dr. Jane Roe of the State Department of Health and"
        + " Human Services says the risk from the virus continues because there has not been a"
        + " sustained period of freezing temperatures."), is(false));
    assertThat(BodyRegion.startsWithHeadline(
        "Did Mayor Divert Money from Public Transport to Cover Stadium Costs?"), is(true));
  }
  @Test
  public void headlineTokensAreCutLikeASplitOnSpacesIntoSixteenPieces() {
    // Only the first fifteen single-space tokens are words; the sixteenth piece is the rest.
    String fifteenSmallWords = "of the of the of the of the of the of the of the of ";
    assertThat(BodyRegion.startsWithHeadline("A " + fifteenSmallWords.substring(0, 49)
        + "B At C D E F G"), is(false));
    assertThat(BodyRegion.startsWithHeadline("A B At C D E F G " + fifteenSmallWords), is(true));
    // Empty pieces from doubled spaces are skipped; a short block needs no capitalised small word.
    assertThat(BodyRegion.startsWithHeadline("Mayor  Diverts Money From Public Transport Fund"),
        is(true));
    assertThat(BodyRegion.startsWithHeadline(""), is(false));
  }
  @Test
  public void aHeadedListOfFiguresAfterTheBodyContinuesItButAHeadlineListDoesNot() {
    // Arrange
    String dump = String.join("\n\n", P1, P2, P3, "Election results",
        "North ward (turnout 41%): Labour 1,204 votes", "South ward: Greens 988 votes",
        "East ward (turnout 38%): Independent 1,530 votes", "Jane Roe", "More on this story",
        "Mayor Opens New Library In Old Town Hall", "Bridge Repairs Delayed Until Next Summer",
        "Council Names New Head Of Transport");
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, containsString("East ward (turnout 38%): Independent 1,530 votes"));
    assertThat(text, not(containsString("Jane Roe")));
    assertThat(text, not(containsString("Bridge Repairs")));
  }
  @Test
  public void aHeadedListOfHeadlinesAfterTheBodyStaysOut() {
    // Arrange
    String dump = String.join("\n\n", P1, P2, P3, "Elsewhere today",
        "Mayor Opens New Library In Old Town Hall", "Bridge Repairs Delayed Until Next Summer",
        "Council Names New Head Of Transport", "Storm Warning For The Coast Tonight");
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, is(P1 + "\n\n" + P2 + "\n\n" + P3));
  }
  @Test
  public void aLongRunOfShortLinesSeparatesTheArticleFromLaterProse() {
    // Arrange
    String appeal = "Every day our small team answers hundreds of questions from readers, and we"
        + " could not do any of it without the support of people like you who read us.";
    String appeal2 = "Please consider becoming a member today, so that we can keep checking the"
        + " facts for you and for everyone else who is searching for answers online.";
    List<String> blocks = new ArrayList<>(List.of(P1, P2, P3));
    for (String name : List.of("Ann Lee", "Bob Stone", "Cara West", "Dan Fox", "Eve Hart",
        "Finn Ray", "Gus Hale", "Hana Moss", "Ivan Kerr", "Jo Park", "Kim Dale", "Lou Grant",
        "Max Ford", "Ned Price", "Olga Rowe", "Pia Lund")) {
      blocks.add(name);
    }
    blocks.addAll(List.of(appeal, appeal2));
    // Act
    String text = cleaner.clean(String.join("\n\n", blocks)).cleanText();
    // Assert
    assertThat(text, is(P1 + "\n\n" + P2 + "\n\n" + P3));
  }

  private static final List<String> TEASERS = List.of(
      "Storm Knocks Out Power Across the Valley",
      "Thousands of homes were left without electricity on Sunday night after the storm brought"
          + " down power lines, and crews expect repairs to last until the end of the week.",
      "School Board Election Results Are In",
      "Voters chose three new members for the district school board on Tuesday, in an election"
          + " that drew the largest turnout the district has seen in more than ten years.",
      "New Library Opens Its Doors Downtown",
      "The long-awaited library welcomed its first readers with a week of events, and the"
          + " librarians say that more than two thousand people signed up for cards.");

  @Test
  public void aRunOfTeasersAfterTheLastParagraphIsNotBody() {
    // Arrange: each teaser summary is a sentence, so prose; three title-summary pairs in a row
    String p4 = "Critics of the plan said the council had not explained how it would pay for the"
        + " repairs if the state grant that the budget relies on is cut again next year.";
    List<String> blocks = new ArrayList<>(List.of(P1, P2, P3, p4, "More from the city desk"));
    blocks.addAll(TEASERS);
    // Act
    String text = cleaner.clean(String.join("\n\n", blocks)).cleanText();
    // Assert
    assertThat(text, is(String.join("\n\n", P1, P2, P3, p4)));
  }

  @Test
  public void teasersLongerThanTheBodyBeforeThemAreThePagesContent() {
    // Arrange: a listing page, one short paragraph and then the teasers
    List<String> blocks = new ArrayList<>(List.of(P1, P2));
    blocks.addAll(TEASERS);
    // Act
    String text = cleaner.clean(String.join("\n\n", blocks)).cleanText();
    // Assert
    assertThat(text, containsString("The long-awaited library"));
  }

  @Test
  public void sectionsIntroducedByAColonAreNotTeasers() {
    // Arrange: the same shape, introduced by the article's own sentence
    List<String> blocks = new ArrayList<>(List.of(P1, P2,
        "The council listed three projects that the budget will pay for first:"));
    blocks.addAll(TEASERS);
    // Act
    String text = cleaner.clean(String.join("\n\n", blocks)).cleanText();
    // Assert
    assertThat(text, containsString("The long-awaited library"));
  }

  private static final String ABOUT_ME = "Welcome to my little corner of the web! I am a mother"
      + " of three, a teacher and a keen gardener living in Leeds, and this blog is where I share"
      + " my projects, my recipes and my travels with anyone who cares to read them.";

  @Test
  public void aShortPostIsKeptAgainstTheLongerAboutMeParagraph() {
    // Arrange
    String post = "We finally painted the kitchen this weekend, and the new colour makes the"
        + " room feel twice as big.";
    String dump = String.join("\n\n", "Home", "About", "Painting the kitchen", post,
        "Posted by Jo at 9:15 AM", "Archive", "Labels", "Gardening (12)", "Recipes (8)",
        ABOUT_ME, "View my complete profile");
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, containsString(post));
    assertThat(text, not(containsString("keen gardener")));
  }

  @Test
  public void aSelfDescriptionThatIsThePagesOnlyProseStays() {
    // Arrange
    String dump = String.join("\n\n", "Home", "About", "Contact", ABOUT_ME, "Archive");
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, is(ABOUT_ME));
  }

  @Test
  public void anArticleOfSeveralParagraphsKeepsItsFirstPersonParagraph() {
    // Arrange
    String first = "We are in love with the new floors: ripping out the old kitchen floor and"
        + " laying one continuous floor through the house was the best idea we had all year.";
    String dump = String.join("\n\n", "Home", "Projects", first, P2, "Archive",
        "Renovation (4)");
    // Act
    String text = cleaner.clean(dump).cleanText();
    // Assert
    assertThat(text, is(first + "\n\n" + P2));
  }
}
