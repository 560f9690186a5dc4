package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertNone;
import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.only;

import org.junit.Test;

/**
 * The checks around a date: a year read as an amount or a count, a year in a chain of dashed
 * numbers, a range closed by "now", the week of a day. Reference day 2019-06-12.
 */
public class DateGuardsTest {

  @Test
  public void aYearLikeNumberReadAsAnAmountOrACountIsNoYear() {
    assertNone("They paid $2000 for it.");
    assertNone("They paid USD 2015 for it.");
    assertNone("It holds 2000 people.");
    assertNone("It rose 2015 percent.");
    assertSpan(only("In 2015 people left."), "2015", "2015-01-01", "2015-12-31"); // a date word before it
  }

  @Test
  public void aYearInAChainOfDashedNumbersIsNoYear() {
    assertNone("Call +86 2010-2015-86 now.");
    assertNone("Code 82-2100 failed.");
  }

  @Test
  public void aRangeClosedByNow() {
    assertSpan(only("Sales rose between Jan 2019 and now."), "between Jan 2019 and now", "2019-01-01", "2019-06-12");
    assertSpan(only("Votes count from now until July 21."), "from now until July 21", "2019-06-12", "2019-07-21");
  }

  @Test
  public void theWeekOfADay() {
    assertSpan(only("It opens the week starting on June 19."), "the week starting on June 19", "2019-06-17",
        "2019-06-23");
  }
}
