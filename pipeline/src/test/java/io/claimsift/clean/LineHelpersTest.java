package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

import org.junit.Test;

/** The per-line text helpers behind the classifier, including their no-copy fast paths. */
public class LineHelpersTest {

  private final LineClassifier classifier =
      new LineClassifier(CleaningRules.standard(), BodyRegion.TEXT);

  @Test
  public void collapseReturnsAnAlreadyCollapsedLineItself() {
    String line = "Markets rose on Monday.";

    assertThat(LineClassifier.collapse(line), sameInstance(line));
  }

  @Test
  public void collapseFoldsEveryKindOfSpaceRun() {
    assertThat(LineClassifier.collapse(" a\u00A0 b\t\tc\u200Bd "), is("a b c d"));
    assertThat(LineClassifier.collapse("a  b"), is("a b"));
    assertThat(LineClassifier.collapse("\u2028"), is(""));
  }

  @Test
  public void normalizeStraightensCurlyQuotes() {
    assertThat(LineClassifier.normalize("“It’s  fine,” she said"), is("\"It's fine,\" she said"));
  }

  @Test
  public void personNameCountsWordsBeforeAnythingElse() {
    assertThat(classifier.personName("Jane van Doe", false), is("Jane van Doe"));
    assertThat(classifier.personName("Jane", false), is(nullValue()));
    assertThat(classifier.personName("Jane Mary Ann Lee Doe", false), is(nullValue()));
    assertThat(classifier.personName("Jane Doe 2", false), is(nullValue()));
    assertThat(classifier.personName("JANE DOE", true), is("JANE DOE"));
  }
}
