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
}
