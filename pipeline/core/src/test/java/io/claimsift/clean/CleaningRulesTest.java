package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;

import java.util.List;
import org.junit.Test;

public class CleaningRulesTest {

  private static final String MORE_BODY =
      "Markets fell sharply after the announcement, and bond yields climbed to their highest"
          + " level in more than a decade as investors reassessed the outlook.";
  private static final String BODY =
      "The central bank raised interest rates by half a point on Tuesday, surprising most"
          + " economists who had expected a smaller move.";

  @Test
  public void standardIsASharedPreset() {
    assertThat(CleaningRules.standard(), sameInstance(CleaningRules.standard()));
  }

  @Test
  public void removeLineRuleDropsExactlyThatRuleAndKeepsTheOrderOfTheRest() {
    // Arrange
    List<CleaningRules.LineRule> all = CleaningRules.standard().lineRules();
    // Act
    List<CleaningRules.LineRule> without =
        CleaningRules.standard().toBuilder().removeLineRule(1).build().lineRules();
    // Assert
    assertThat(without.size(), is(all.size() - 1));
    assertThat(without.get(0), sameInstance(all.get(0)));
    assertThat(without.get(1), sameInstance(all.get(2)));
    assertThat(CleaningRules.standard().lineRules().size(), is(all.size()));
  }

  @Test
  public void derivedCopyAddsRuleWithoutChangingStandard() {
    // Arrange
    CleaningRules custom =
        CleaningRules.standard().toBuilder()
            .addLineRule(CleaningRules.LineRule.of(RemovalReason.LAYOUT_RESIDUE, "^powered by\\b", 6))
            .build();
    // The line sits between two body paragraphs, where only a rule can remove it.
    String input = "Bank Raises Rates\n\n" + BODY + "\n\nPowered by WordPress\n\n" + MORE_BODY;
    // Act
    CleanedArticle withRule = new TextCleaner(custom).clean(input);
    CleanedArticle standard = new TextCleaner(CleaningRules.standard()).clean(input);
    // Assert
    assertThat(withRule.cleanText(), not(containsString("Powered by")));
    assertThat(standard.cleanText(), containsString("Powered by"));
  }

  @Test
  public void removingRulesByReasonDisablesThem() {
    // Arrange
    CleaningRules noShare =
        CleaningRules.standard().toBuilder().removeLineRules(RemovalReason.SHARE_PROMPT).build();
    // Act
    CleanedArticle a =
        new TextCleaner(noShare).clean(BODY + "\n\nShare this article\n\n" + MORE_BODY);
    // Assert
    assertThat(a.cleanText(), containsString("Share this article"));
  }

  @Test
  public void thresholdsCanBeChanged() {
    // Arrange
    CleaningRules rules = CleaningRules.standard().toBuilder().bodyMinWords(30).build();
    // Assert
    assertThat(rules.bodyMinWords(), is(30));
    assertThat(CleaningRules.standard().bodyMinWords(), is(12));
  }

  @Test(expected = UnsupportedOperationException.class)
  public void listsAreImmutable() {
    CleaningRules.standard().menuWords().add("x");
  }

  @Test(expected = IllegalArgumentException.class)
  public void invalidThresholdRejected() {
    CleaningRules.standard().toBuilder().titleMaxWords(0);
  }

  @Test
  public void wordListsAreLowerCased() {
    CleaningRules r = CleaningRules.standard().toBuilder().addMenuWords(List.of("Podcasts")).build();
    assertThat(r.menuWords().contains("podcasts"), is(true));
  }
  @Test
  public void longLegalFooterParagraphsAreRemoved() {
    // Arrange
    String copyright = "© 2024 Example Media Group, LLC. All rights reserved. Example Media Group"
        + " is the owner of the Example and Example Daily trademarks, and all related designs,"
        + " trademarks, copyrights, and other intellectual property are the property of their"
        + " respective owners.";
    String fda = "*These statements have not been evaluated by the Food and Drug Administration."
        + " These products are not intended to diagnose, treat, cure, or prevent any disease.";
    String input = String.join("\n\n", BODY, MORE_BODY, fda, copyright);
    // Act
    CleanedArticle a = new TextCleaner(CleaningRules.standard()).clean(input);
    // Assert
    assertThat(a.cleanText(), is(BODY + "\n\n" + MORE_BODY));
  }
  @Test
  public void aCaptionEndingWithItsCreditIsRemovedButProseAboutCreditStays() {
    // Arrange
    String caption = "A cross-section through the new terminal building. Credit: City Architects";
    String prose = "Borrowers with a poor history may find it hard to get credit: lenders have"
        + " tightened their rules again this year.";
    String input = String.join("\n\n", BODY, caption, MORE_BODY, prose);
    // Act
    CleanedArticle a = new TextCleaner(CleaningRules.standard()).clean(input);
    // Assert
    assertThat(a.cleanText(), not(containsString("City Architects")));
    assertThat(a.cleanText(), containsString(prose));
  }
  @Test
  public void aMostReadBoxNamingItsSectionIsARelatedLinksHeading() {
    // Arrange
    String input = String.join("\n\n", BODY, "Most read in world news",
        "Storm Hits The Coast", "Council Names New Head Of Transport", MORE_BODY);
    // Act
    CleanedArticle a = new TextCleaner(CleaningRules.standard()).clean(input);
    // Assert
    assertThat(a.removed().stream().anyMatch(r -> r.text().equals("Most read in world news")
        && r.reason() == RemovalReason.RELATED_LINKS), is(true));
    assertThat(a.cleanText(), not(containsString("Storm Hits The Coast")));
  }
}
