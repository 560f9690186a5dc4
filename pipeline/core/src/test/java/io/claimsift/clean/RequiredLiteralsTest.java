package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.regex.Pattern;
import org.junit.Test;

/** The line-rule prefilter skips a regex only when no match is possible. */
public class RequiredLiteralsTest {

  private static boolean mayMatch(String regex, String line) {
    return RequiredLiterals.of(CleaningRules.compile(regex))
        .mayMatch(RequiredLiterals.fold(line));
  }

  @Test
  public void skipsLinesWithoutTheLiteralOfAnyAlternative() {
    String regex = "\\bsubscribe\\b|\\bsign up\\b";

    assertThat(mayMatch(regex, "The council met on Monday."), is(false));
    assertThat(mayMatch(regex, "Please SIGN UP today"), is(true));
  }

  @Test
  public void usesTheAlternativesOfAMandatoryGroup() {
    String regex = "^\\d+\\s+(comments?|replies)\\b";

    assertThat(mayMatch(regex, "12 people came"), is(false));
    assertThat(mayMatch(regex, "12 Replies"), is(true));
  }

  @Test
  public void aQuantifiedCharacterIsNotRequired() {
    // "newsletters?" requires "newsletter", not the final "s".
    assertThat(mayMatch("\\bour newsletters?\\b", "Read our newsletter"), is(true));
  }

  @Test
  public void optionalGroupsAndShortLiteralsDisableThePrefilter() {
    assertThat(mayMatch("^(a|an)? ?x$", "anything at all"), is(true));
    assertThat(mayMatch("^(©|\\(c\\))", "anything at all"), is(true));
  }

  @Test
  public void otherFlagsDisableThePrefilter() {
    RequiredLiterals p = RequiredLiterals.of(Pattern.compile("subscribe"));

    assertThat(p.mayMatch("nothing here"), is(true));
  }

  @Test
  public void neverSkipsALineAStandardRuleMatches() {
    String[] lines = {
      "Leave a Reply", "Share this article on Facebook", "Photo by Jane Doe/Getty Images",
      "Sign up for our daily newsletter", "5 min read", "Related Posts", "Tags: economy, trade",
      "© 2024 Example Media. All rights reserved.", "Disclaimer: this is not advice."
    };
    for (String line : lines) {
      String folded = RequiredLiterals.fold(line);
      for (CleaningRules.LineRule rule : CleaningRules.standard().lineRules()) {
        if (rule.pattern().matcher(line).find()) {
          assertThat(rule.pattern() + " on " + line,
              RequiredLiterals.of(rule.pattern()).mayMatch(folded), is(true));
        }
      }
    }
  }

  @Test
  public void foldKeepsTheUnicodeCaseFoldBesideTheAsciiShortcut() {
    // Dotted capital I folds to i, long s to s, sharp s stays (no one-character upper case).
    assertThat(RequiredLiterals.fold("ABC xyz İ ſ ß"), is("abc xyz i s ß"));
  }

  @Test
  public void theIndexAnswersLikeEveryRulesOwnPrefilter() {
    // Arrange
    java.util.List<CleaningRules.LineRule> rules = CleaningRules.standard().lineRules();
    RequiredLiterals[] prefilters = new RequiredLiterals[rules.size()];
    for (int r = 0; r < prefilters.length; r++) {
      prefilters[r] = RequiredLiterals.of(rules.get(r).pattern());
    }
    RequiredLiterals.Index index = RequiredLiterals.index(prefilters);
    String[] lines = {
      "Leave a Reply", "SHARE THIS ARTICLE", "Photo: Getty", "ab", "", "Sign up", "Related",
      "The council met on Monday to discuss the budget.", "Read more", "İmage crédit",
      "newsletter", "All Rights Reserved", "Tags: a, b", "5 min read", "you"
    };
    for (String line : lines) {
      // Act
      boolean[] may = index.mayMatch(line);
      RequiredLiterals.Index.Scan scan = index.scan(line);
      // Assert
      for (int r = 0; r < prefilters.length; r++) {
        boolean expected = prefilters[r].mayMatch(RequiredLiterals.fold(line));
        assertThat(rules.get(r).pattern() + " on " + line, may[r], is(expected));
        assertThat(scan.mayMatch(r), is(expected));
      }
    }
  }
}
