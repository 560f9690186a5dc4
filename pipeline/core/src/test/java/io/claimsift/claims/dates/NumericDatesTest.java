package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertNone;
import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.only;

import org.junit.Test;

/**
 * The compact numeric forms read over tokens, and their day/month order rule: month first unless
 * the first number cannot be a month; a year first is followed by its month. Reference day
 * 2019-06-12.
 */
public class NumericDatesTest {

  @Test
  public void twoNumbersReadMonthFirstUnlessTheFirstCannotBeAMonth() {
    assertSpan(only("Filed on 10/7 with the court."), "10/7", "2019-10-07", "2019-10-07");
    assertSpan(only("Filed on 25/12 with the court."), "25/12", "2019-12-25", "2019-12-25");
    assertNone("Filed on 25/13 with the court."); // neither order makes a day
  }

  @Test
  public void aYearFirstIsFollowedByItsMonth() {
    assertSpan(only("Data for 2015-3 came late."), "2015-3", "2015-03-01", "2015-03-31");
  }

  @Test
  public void rangesOfNumericDates() {
    assertSpan(only("Polls ran 10/1/2018-10/7/2018 in Ohio."), "10/1/2018-10/7/2018", "2018-10-01", "2018-10-07");
    assertSpan(only("Sales ran 12/20-1/5, 2020 online."), "12/20-1/5, 2020", "2019-12-20", "2020-01-05");
  }

  @Test
  public void aMonthNameInAnyPartOfADashedOrSlashedDate() {
    assertSpan(only("Posted Sep-23-2020 online."), "Sep-23-2020", "2020-09-23", "2020-09-23");
    assertSpan(only("Posted 2020/23/Sep online."), "2020/23/Sep", "2020-09-23", "2020-09-23");
    assertSpan(only("Posted 05-Aug-2016 online."), "05-Aug-2016", "2016-08-05", "2016-08-05");
  }

  @Test
  public void runTogetherAndShortYearForms() {
    assertSpan(only("See report-20170302.html for more."), "20170302", "2017-03-02", "2017-03-02");
    assertSpan(only("It peaked in April of 87 at last."), "April of 87", "1987-04-01", "1987-04-30");
    assertSpan(only("It peaked in May '19 at last."), "May '19", "2019-05-01", "2019-05-31");
  }

  @Test
  public void aNumberInsideALongerRunOrAnAmountIsNoDate() {
    assertNone("Version 1.2.2019.5 shipped.");
    assertNone("It costs $3/4 of a dollar.");
    assertNone("Rates were 3/4% higher.");
  }
}
