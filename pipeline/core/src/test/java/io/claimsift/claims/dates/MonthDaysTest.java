package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertNone;
import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.only;

import org.junit.Test;

/**
 * The month and day rules that take the reference day's year (2019-06-12): a month and a day in
 * either order, a month alone with its step word or preposition, a bare ordinal day closing a
 * clause, "year to date" and "till date".
 */
public class MonthDaysTest {

  @Test
  public void aMonthAndADayInEitherOrderTakeTheReferenceYear() {
    assertSpan(only("The vote is on July 1st."), "July 1st", "2019-07-01", "2019-07-01");
    assertSpan(only("It opened Sept. 4 with a gala."), "Sept. 4", "2019-09-04", "2019-09-04");
    assertSpan(only("We met on the 4th of July."), "the 4th of July", "2019-07-04", "2019-07-04");
    assertSpan(only("We met on 22 march at noon."), "22 march", "2019-03-22", "2019-03-22");
  }

  @Test
  public void aDayThatCannotBeOrIsFollowedByANumberIsNotReadHere() {
    assertSpan(only("It sold 1.5 May contracts."), "May", "2019-05-01", "2019-05-31"); // a decimal is no day
    assertNone("It was due on Feb 30.");
  }

  @Test
  public void aMonthAloneMovesWithItsStepWord() {
    assertSpan(only("Sales rose in March."), "March", "2019-03-01", "2019-03-31");
    assertSpan(only("Talks resume next March."), "next March", "2020-03-01", "2020-03-31");
    assertSpan(only("Prices fell last December, traders said."), "last December", "2018-12-01", "2018-12-31");
    assertSpan(only("Rates rose since june."), "since june", "2019-06-01", null);
  }

  @Test
  public void aLowerCaseMayOrMarchIsAVerbUnlessAPrepositionMakesItTheMonth() {
    assertNone("Prices may rise.");
    assertNone("They march on.");
    assertNone("May I ask a question?");
    assertSpan(only("It opens in may."), "may", "2019-05-01", "2019-05-31");
  }

  @Test
  public void aBareOrdinalDayClosingAClauseIsOfTheReferenceMonth() {
    assertSpan(only("Rent is due on the 4th."), "the 4th", "2019-06-04", "2019-06-04");
    assertNone("She came on the 4th floor.");
  }

  @Test
  public void yearToDateAndTillDateEndAtTheReferenceDay() {
    assertSpan(only("Shares are up 5% year to date."), "year to date", "2019-01-01", "2019-06-12");
    assertSpan(only("No case was found till date."), "till date", null, "2019-06-12");
  }
}
