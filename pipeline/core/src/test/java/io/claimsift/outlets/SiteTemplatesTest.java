package io.claimsift.outlets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.junit.Test;

/** Real-shaped pages of one site: opinion pieces with their own prose and a shared sidebar. */
public class SiteTemplatesTest {
  private static final String SIDEBAR = "He did not leak those concerns to the press, he said.\n\n"
      + "The governor's budget would close 14 rural hospitals by 2022, critics say.\n\n"
      + "Sign up for our morning newsletter and get the day's 10 top stories in your inbox.";

  private static final String OPINION_1 = "The city council voted on Tuesday to delay the new bus lanes "
      + "for another year. Supporters of the plan were furious.\n\n"
      + "The delay will cost the city $4 million in federal grants, according to the transit agency. "
      + "Council members said they needed more time to consult shop owners.\n\n"
      + "It is hard to see what another year of consultation will add.\n\n" + SIDEBAR;

  private static final String OPINION_2 = "Our schools are short of 300 teachers this autumn, and the "
      + "shortage is worst in mathematics.\n\n"
      + "Starting salaries have not kept up with rents, which rose 40% in five years. Young teachers "
      + "leave for the suburbs after two or three years.\n\n"
      + "The school board must raise pay before the next term begins.\n\n" + SIDEBAR;

  private static final String BACKGROUND = "Tariffs were raised from 10% to 25% in May 2019.";

  private static final String TRADE_1 = "Soybean exports fell 20% in the third quarter, the farm bureau "
      + "reported on Monday, the steepest drop since the trade war began.\n\n"
      + "Shipments to China, once the largest buyer of American soybeans, have nearly stopped. "
      + BACKGROUND + " Farmers say the federal aid payments do not cover their losses.\n\n"
      + "Storage bins across the state are full, and some growers have left their crops in the field. "
      + "Bankers report that more farms are asking to restructure their loans.\n\n"
      + "The bureau expects prices to stay low through the spring planting season.\n\n" + SIDEBAR;

  private static final String TRADE_2 = "Steel importers in Ohio have laid off 1,200 workers since the "
      + "summer, according to a survey by the state's manufacturers' association.\n\n"
      + "The duties fall on the importers, not on the foreign mills that make the steel. "
      + BACKGROUND + " Buyers have turned to suppliers in Vietnam and Mexico to avoid them.\n\n"
      + "Two warehouses near Toledo closed in October, and a third has cut its shifts in half. "
      + "Managers say orders will not recover until the tariffs are lifted.\n\n"
      + "Union leaders will meet the governor next week to ask for retraining funds.\n\n" + SIDEBAR;

  private final SiteTemplates templates = SiteTemplates.english();

  @Test
  public void aSidebarRepeatedOnTwoPagesOfOneSiteIsTemplateText() {
    List<SiteTemplates.Template> found = templates.find(List.of(
        new SiteTemplates.Page("b", OPINION_2), new SiteTemplates.Page("a", OPINION_1)));

    assertThat(found.stream().map(t -> t.articleId() + ": " + t.text()).toList(), equalTo(List.of(
        "a: He did not leak those concerns to the press, he said.",
        "a: The governor's budget would close 14 rural hospitals by 2022, critics say.",
        "a: Sign up for our morning newsletter and get the day's 10 top stories in your inbox.",
        "b: He did not leak those concerns to the press, he said.",
        "b: The governor's budget would close 14 rural hospitals by 2022, critics say.",
        "b: Sign up for our morning newsletter and get the day's 10 top stories in your inbox.")));
    for (SiteTemplates.Template t : found) {
      String text = t.articleId().equals("a") ? OPINION_1 : OPINION_2;
      assertThat(text.substring(t.start(), t.end()), equalTo(t.text()));
    }
  }

  @Test
  public void aBackgroundSentenceInsideTheRunningProseIsKept() {
    List<SiteTemplates.Template> found = templates.find(List.of(
        new SiteTemplates.Page("a", TRADE_1), new SiteTemplates.Page("b", TRADE_2)));

    assertThat(found.stream().filter(t -> t.text().equals(BACKGROUND)).toList(), empty());
    assertThat(found.size(), equalTo(6)); // the sidebar of both pages still goes
  }

  @Test
  public void twoVersionsOfOneStoryKeepEverything() {
    String update = OPINION_1.replace("It is hard to see what another year of consultation will add.",
        "The mayor said on Wednesday that she would veto the delay.");

    assertThat(templates.find(List.of(
        new SiteTemplates.Page("a", OPINION_1), new SiteTemplates.Page("b", update))), empty());
  }

  @Test
  public void aSentenceMatchesWhateverItsCaseSpacingAndPunctuation() {
    String shouted = OPINION_2.replace("Sign up for our morning newsletter",
        "SIGN-UP  for  our morning newsletter").replace("inbox.", "inbox");

    List<SiteTemplates.Template> found = templates.find(List.of(
        new SiteTemplates.Page("a", OPINION_1), new SiteTemplates.Page("b", shouted)));

    assertThat(found.stream().filter(t -> t.articleId().equals("b")).map(SiteTemplates.Template::text).toList(),
        equalTo(List.of("He did not leak those concerns to the press, he said.",
            "The governor's budget would close 14 rural hospitals by 2022, critics say.",
            "SIGN-UP  for  our morning newsletter and get the day's 10 top stories in your inbox")));
  }

  /** A press-release site's "About" paragraph, whose wording drifts from one release to the next. */
  private static final String ABOUT_1 = "About Adwise\n\nAdwise offers an open programmatic white-label "
      + "advertising platform for ad networks, media trading companies and group publishers. The company's "
      + "specialized technology combines the best of what is offered by both traditional and programmatic "
      + "ecosystems, offering the best of both worlds in one holistic solution.";
  private static final String ABOUT_2 = "About Adwise\n\nAdwise offers an open programmatic white label "
      + "advertising platform for ad networks, media trading companies and group publishers. The company's "
      + "specialized technology combines the best of what is offered by both traditional and programmatic "
      + "ecosystems to offer the best of both worlds in one holistic solution.";

  @Test
  public void aNearIdenticalBoilerplateParagraphIsTemplateText() {
    String release1 = TRADE_1.substring(0, TRADE_1.indexOf(SIDEBAR)) + ABOUT_1;
    String release2 = TRADE_2.substring(0, TRADE_2.indexOf(SIDEBAR)) + ABOUT_2;

    List<SiteTemplates.Template> found = templates.find(List.of(
        new SiteTemplates.Page("a", release1), new SiteTemplates.Page("b", release2)));

    assertThat(found.stream().filter(t -> t.articleId().equals("b")).map(SiteTemplates.Template::text).toList(),
        equalTo(List.of("About Adwise", "Adwise offers an open programmatic white label advertising platform for "
            + "ad networks, media trading companies and group publishers.", "The company's specialized technology "
            + "combines the best of what is offered by both traditional and programmatic ecosystems to offer the "
            + "best of both worlds in one holistic solution.")));
    assertThat(found.size(), equalTo(6));
  }

  @Test
  public void aNearIdenticalSentenceWithOtherFiguresIsNotRepeated() {
    // the closing sentence differs only in its figures: two reports of one kind, not one template
    // (their word pairs are alike enough for a near match: 19 of 25 shared)
    String closing1 = "The state unemployment rate was 4.1% in March, the lowest level since the state began "
        + "keeping records, the labor department said on Friday.";
    String closing2 = closing1.replace("4.1%", "3.8%");

    List<SiteTemplates.Template> found = templates.find(List.of(
        new SiteTemplates.Page("a", TRADE_1.replace(SIDEBAR, closing1)),
        new SiteTemplates.Page("b", TRADE_2.replace(SIDEBAR, closing2))));

    assertThat(found, empty());
  }

  /** A columnist's bio that the site prints above each of his posts. */
  private static final String BIO = "Born in 1975, the son of two schoolteachers.\n\n"
      + "Raised in West Baltimore and studied at Howard University for some years in the mid-1990s.\n\n"
      + "Moved up the East Coast with a family, until he reached the shores of Harlem.";

  @Test
  public void aPageHoldingOnlyTheBioThatAnotherPageOpensWithLosesIt() {
    // the cleaner kept only the bio of page b; page a is the bio and a post of its own
    String post = BIO + "\n\n" + OPINION_1.substring(0, OPINION_1.indexOf(SIDEBAR));

    List<SiteTemplates.Template> found = templates.find(List.of(
        new SiteTemplates.Page("a", post), new SiteTemplates.Page("b", BIO)));

    assertThat(found.stream().map(t -> t.articleId() + ": " + t.text()).toList(), equalTo(List.of(
        "b: Born in 1975, the son of two schoolteachers.",
        "b: Raised in West Baltimore and studied at Howard University for some years in the mid-1990s.",
        "b: Moved up the East Coast with a family, until he reached the shores of Harlem.")));
  }

  @Test
  public void aPostLosesTheBioItOpensWithWhenThePageHoldingTheBioHasAnotherHeadline() {
    // b is another post of the columnist, of which the cleaner kept only the bio: the two pages share
    // most of b's text, yet their headlines say they are two stories, so the bio is no prose of a
    String post = BIO + "\n\n" + OPINION_1.substring(0, OPINION_1.indexOf(SIDEBAR));

    List<SiteTemplates.Template> found = templates.find(List.of(
        new SiteTemplates.Page("a", post, "The bus lanes can wait another year | The Daily"),
        new SiteTemplates.Page("b", BIO, "Why our schools lose their teachers | The Daily")));

    assertThat(found.stream().map(t -> t.articleId() + ": " + t.text()).toList(), equalTo(List.of(
        "a: Born in 1975, the son of two schoolteachers.",
        "a: Raised in West Baltimore and studied at Howard University for some years in the mid-1990s.",
        "a: Moved up the East Coast with a family, until he reached the shores of Harlem.",
        "b: Born in 1975, the son of two schoolteachers.",
        "b: Raised in West Baltimore and studied at Howard University for some years in the mid-1990s.",
        "b: Moved up the East Coast with a family, until he reached the shores of Harlem.")));
  }

  @Test
  public void anUpdateThatKeepsMostOfItsHeadlineIsAVersion() {
    String update = OPINION_1.replace("It is hard to see what another year of consultation will add.",
        "The mayor said on Wednesday that she would veto the delay.");

    assertThat(templates.find(List.of(
        new SiteTemplates.Page("a", OPINION_1, "Council delays the new bus lanes"),
        new SiteTemplates.Page("b", update, "Council delays the new bus lanes; mayor vows a veto"))), empty());
  }

  @Test
  public void ofTwoCopiesOfOnePageTheFirstByIdKeepsEverything() {
    List<SiteTemplates.Template> found = templates.find(List.of(
        new SiteTemplates.Page("b", OPINION_1), new SiteTemplates.Page("a", OPINION_1)));

    assertThat(found.stream().map(SiteTemplates.Template::articleId).distinct().toList(), equalTo(List.of("b")));
    assertThat(found.size(), equalTo(SENTENCES_OF_OPINION_1));
  }

  /** The sentences of OPINION_1: five of its own and the three of the sidebar. */
  private static final int SENTENCES_OF_OPINION_1 = 8;

  @Test
  public void aTeaserHoldingAStorysLeadLeavesTheStoryWhole() {
    String lead = TRADE_1.substring(0, TRADE_1.indexOf("\n\n"));

    List<SiteTemplates.Template> found = templates.find(List.of(
        new SiteTemplates.Page("a", lead), new SiteTemplates.Page("b", TRADE_1)));

    assertThat(found.stream().map(t -> t.articleId() + ": " + t.text()).toList(), equalTo(List.of(
        "a: Soybean exports fell 20% in the third quarter, the farm bureau reported on Monday, the steepest "
            + "drop since the trade war began.")));
  }

  @Test
  public void aPageWithOneSentenceOfItsOwnIsNotACopy() {
    // b repeats the background sentence and the sidebar, and adds one sentence of its own
    String note = BACKGROUND + " Importers will ask the court to suspend them next month.\n\n" + SIDEBAR;

    List<SiteTemplates.Template> found = templates.find(List.of(
        new SiteTemplates.Page("a", TRADE_1), new SiteTemplates.Page("b", note)));

    assertThat(found.stream().filter(t -> t.text().equals(BACKGROUND)).toList(), empty());
  }

  /** A reader's comment that the cleaner kept on one of two crawls of one story. */
  private static final String COMMENT = "\n\nGreat article, thanks for writing about the farmers in our county.";

  @Test
  public void ofTwoCrawlsOfOneStoryTheOneWithoutTheCommentBlockLosesItsSentences() {
    List<SiteTemplates.Template> found = templates.find(List.of(
        new SiteTemplates.Page("a", TRADE_1), new SiteTemplates.Page("b", TRADE_1 + COMMENT)));

    // a is covered (b holds all of it), b is not (the comment is its own): a's sentences count in b
    assertThat(found.stream().map(SiteTemplates.Template::articleId).distinct().toList(), equalTo(List.of("a")));
    assertThat(found.stream().filter(t -> t.text().startsWith("Soybean exports fell 20%")).count(), equalTo(1L));
  }

  @Test
  public void theNearCopyShareIsTheShareOfProseWordsThatOneOtherPageHolds() {
    var shares = templates.nearCopyShares(List.of(new SiteTemplates.Page("c", OPINION_2),
        new SiteTemplates.Page("a", TRADE_1), new SiteTemplates.Page("b", TRADE_1 + COMMENT)));

    assertThat(List.copyOf(shares.keySet()), equalTo(List.of("a", "b", "c")));
    assertThat(shares.get("a"), equalTo(1.0)); // b holds every prose sentence of a
    assertThat(shares.get("b") > 0.8 && shares.get("b") < 1, is(true)); // all but the comment's 11 words
    assertThat(shares.get("c") < 0.5, is(true)); // only the sidebar is held, by a and b
  }

  @Test
  public void aLonePageHasNoTemplateText() {
    assertThat(templates.find(List.of(new SiteTemplates.Page("a", OPINION_1))), empty());
  }
}
