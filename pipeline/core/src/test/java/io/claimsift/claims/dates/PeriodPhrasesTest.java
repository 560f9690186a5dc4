package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.only;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The period rule: numbered quarters, halves and ISO weeks of a year (reference 2019-06-12). */
public class PeriodPhrasesTest {

  @Test
  public void aLetterAndItsNumberNextToAYear() {
    assertSpan(only("Profit rose in 2017-Q1."), "2017-Q1", "2017-01-01", "2017-03-31");
    assertSpan(only("Profit rose in Q3 2018."), "Q3 2018", "2018-07-01", "2018-09-30");
    assertSpan(only("Profit rose in H2 of 2019."), "H2 of 2019", "2019-07-01", "2019-12-31");
  }

  @Test
  public void anOrdinalAPartWordAndAYearOfDigitsOrSteps() {
    assertSpan(only("Profit rose in the first quarter of 2013."), "the first quarter of 2013", "2013-01-01", "2013-03-31");
    assertSpan(only("Profit rose in the final quarter of 2019."), "the final quarter of 2019", "2019-10-01", "2019-12-31");
    assertSpan(only("Profit rose in the second half of last year."), "the second half of last year", "2018-07-01",
        "2018-12-31");
    assertSpan(only("Profit rose in the 3rd week of 2018."), "the 3rd week of 2018", "2018-01-15", "2018-01-21");
  }

  @Test
  public void aNumberedWeekAloneIsOfTheReferenceYear() {
    assertSpan(only("Profit rose in week 31."), "week 31", "2019-07-29", "2019-08-04");
    assertSpan(only("Profit rose in week 2 of next year."), "week 2 of next year", "2020-01-06", "2020-01-12");
  }

  @Test
  public void aNumberBeyondTheYearsPartsIsNoPeriod() {
    DateMention year = only("Profit rose in Q5 2019.");

    assertEquals("2019", year.text());
  }
}
