package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.Test;

/** The detector's sample preparation: skipping the text filters only where they change nothing. */
public class LanguageGuesserTest {

  @Test
  public void filtersAreSkippedOnlyOnSamplesTheyLeaveUnchanged() {
    String[] samples = {
      "The council voted on Monday to raise the budget by 4% — “a first,” she said.",
      "Le conseil a voté lundi une hausse du budget, a déclaré la maire.",
      "Read more at https://example.org/news/council-budget-vote today.",
      "Write to editor@example.org with corrections.",
      "The word Москва appears in this English sentence about the city council.",
      "Zürich’s café owners, naïve or not, said “ça va” \u0301 at the meeting.",
    };
    boolean[] expectedKeep = {true, true, false, false, false, true};
    for (int i = 0; i < samples.length; i++) {
      String sample = samples[i];

      boolean keep = LanguageGuesser.filtersKeep(sample);

      assertThat(sample, keep, is(expectedKeep[i]));
      if (keep) {
        String filtered = LanguageGuesser.Holder.TEXT.forText(sample).toString();
        String unfiltered = LanguageGuesser.Holder.UNFILTERED.forText(sample).toString();
        assertThat(sample, unfiltered, is(filtered));
      }
    }
  }

  @Test
  public void filteredSamplesReallyChangeUnderTheFilters() {
    String withUrl = "Read more at https://example.org/news/council-budget-vote today.";

    String filtered = LanguageGuesser.Holder.TEXT.forText(withUrl).toString();

    assertThat(filtered.contains("example.org"), is(false));
  }

  @Test
  public void declaredLanguageTagsOfSeparatorsOnlyAreIgnored() {
    // fuzzing found <html lang="-">: split gave an empty array
    assertThat(LanguageGuesser.primarySubtag("-"), is((String) null));
    assertThat(LanguageGuesser.primarySubtag("_-"), is((String) null));
    assertThat(LanguageGuesser.primarySubtag("en-GB"), is("en"));
  }
}
