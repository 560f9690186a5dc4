package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.Test;

/** Byline detection shared by the text and HTML cleaners. */
public class BylinesTest {

  private final Bylines bylines = new Bylines(CleaningRules.standard());

  @Test
  public void personNameCountsWordsBeforeAnythingElse() {
    assertThat(bylines.personName("Jane van Doe", false), is("Jane van Doe"));
    assertThat(bylines.personName("Jane", false), is(nullValue()));
    assertThat(bylines.personName("Jane Mary Ann Lee Doe", false), is(nullValue()));
    assertThat(bylines.personName("Jane Doe 2", false), is(nullValue()));
    assertThat(bylines.personName("JANE DOE", true), is("JANE DOE"));
  }

  @Test
  public void personLineReadsANameWithOrWithoutARole() {
    assertThat(bylines.personLine("Jane Doe, Senior Reporter"), is("Jane Doe"));
    assertThat(bylines.personLine("Jane Doe – Staff Writer"), is("Jane Doe"));
    assertThat(bylines.personLine("Jane Doe"), is("Jane Doe"));
    assertThat(bylines.personLine("Senior Reporter at the paper"), is(nullValue()));
  }

  @Test
  public void explicitBylineNamesEveryAuthorAndStopsAtTheDate() {
    assertThat(bylines.explicitByline("By Jane Doe and John Roe | Updated May 2", 10),
        contains("Jane Doe", "John Roe"));
    assertThat(bylines.explicitByline("Reported by Jane Doe", 4), contains("Jane Doe"));
    assertThat(bylines.explicitByline("By Reuters", 2), contains("Reuters"));
    assertThat(bylines.explicitByline("By the way, prices rose", 5), is(nullValue()));
  }

  @Test
  public void authorFieldsStripOnlyTheCommonPrefixes() {
    assertThat(Bylines.authorFieldNames("By Jane Doe, John Roe"),
        is(new String[] {"Jane Doe", "John Roe"}));
    assertThat(Bylines.authorFieldNames("Reported by Jane Doe"),
        is(new String[] {"Reported by Jane Doe"}));
    assertThat(bylines.authorElementNames("Written by JANE DOE & John Roe"),
        contains("JANE DOE", "John Roe"));
    assertThat(bylines.authorElementNames("Staff"), is(empty()));
  }
}
