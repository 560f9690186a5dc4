package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.extract;
import static io.claimsift.claims.dates.DateSentences.only;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Holidays, parts of periods, weeks of a month, days in words and other calendar phrases. */
public class DateExtractorCalendarTest {

  @Test
  public void holidaysOnFixedDaysAndByRule() {
    assertSpan(only("Shops close on Christmas Eve."), "Christmas Eve", "2019-12-24", "2019-12-24");
    assertSpan(only("They met on Easter 2018."), "Easter 2018", "2018-04-01", "2018-04-01");
    assertSpan(only("Sales peaked on Thanksgiving 2020."), "Thanksgiving 2020", "2020-11-26", "2020-11-26");
    assertSpan(only("Prices rose since last Easter."), "since last Easter", "2019-04-21", null);
  }

  @Test
  public void weekdayWithItsDayOfMonthIsTheNextSuchDay() {
    assertSpan(only("The vote is on Monday 21."), "Monday 21", "2019-10-21", "2019-10-21");
    assertSpan(only("We met on Tuesday of next week."), "Tuesday of next week", "2019-06-18", "2019-06-18");
  }

  @Test
  public void weeksOfAMonthStartOnMonday() {
    assertSpan(only("It opened in the first week of January 2015."), "the first week of January 2015", "2014-12-29", "2015-01-04");
    assertSpan(only("It closed in the last week of July 2016."), "the last week of July 2016", "2016-07-25", "2016-07-31");
    assertSpan(only("Talks resume the week of April 10th."), "the week of April 10th", "2019-04-08", "2019-04-14");
  }

  @Test
  public void partsOfAYearAreThirdsAndPartsOfAMonthAreHalvesOrTheMiddle() {
    assertSpan(only("Prices fell at the end of 1989."), "end of 1989", "1989-09-01", "1989-12-31");
    assertSpan(only("The plant opened in mid-2015."), "mid-2015", "2015-05-01", "2015-08-31");
    assertSpan(only("It is due by the end of this month."), "by the end of this month", null, "2019-06-30");
  }

  @Test
  public void durationBeforeOrAfterADayMovesThatDay() {
    assertSpan(only("It happened 2 weeks before May 13 1999."), "2 weeks before May 13 1999", "1999-04-29", "1999-04-29");
  }

  @Test
  public void daysWrittenInWordsButNotTheVerbMay() {
    assertSpan(only("He was born on the fourth of July, 1995."), "fourth of July, 1995", "1995-07-04", "1995-07-04");
    assertSpan(only("January first 2000 was quiet."), "January first 2000", "2000-01-01", "2000-01-01");
    assertTrue(extract("He may first check the figures.").isEmpty());
  }

  @Test
  public void yearWordQuartersNowRangesAndCenturies() {
    assertSpan(only("Sales fell before the year 2019."), "before the year 2019", null, "2018-12-31");
    assertSpan(only("Sales fell in the last 2 quarters."), "last 2 quarters", "2018-10-01", "2019-03-31");
    assertSpan(only("Sales fell between Jan 2019 and now."), "between Jan 2019 and now", "2019-01-01", "2019-06-12");
    assertSpan(only("A 21st century problem."), "21st century", "2000-01-01", "2099-12-31");
  }

  @Test
  public void dayRangesWithinAMonth() {
    assertSpan(only("The summit runs November 18-19."), "November 18-19", "2019-11-18", "2019-11-19");
    assertSpan(only("I am off between the ninth and the seventeenth of April."),
        "between the ninth and the seventeenth of April", "2019-04-09", "2019-04-17");
    assertSpan(only("Talks run from April twenty-seventh to the third."), "from April twenty-seventh to the third",
        "2019-04-27", "2019-05-03");
    assertTrue(extract("They won in March 2-1 at home.").stream().noneMatch(d -> d.text().contains("2-1")));
  }

  @Test
  public void earlierAndLaterSplitTheCurrentPeriodAtThePublicationDay() {
    assertSpan(only("Sales fell earlier this year."), "earlier this year", "2019-01-01", "2019-06-11");
    assertSpan(only("Sales may fall later this month."), "later this month", "2019-06-12", "2019-06-30");
  }

  @Test
  public void moreThanAndNoLaterThanOpenTheRange() {
    assertSpan(only("It ended more than 2 weeks before today."), "more than 2 weeks before today", null, "2019-05-29");
    assertSpan(only("Pay no later than January 1, 2020."), "no later than January 1, 2020", null, "2020-01-01");
  }

  @Test
  public void weekendsAroundThePublicationDay() {
    assertSpan(only("Protests continued last weekend."), "last weekend", "2019-06-08", "2019-06-09");
    assertSpan(only("Shops open this weekend."), "this weekend", "2019-06-15", "2019-06-16");
    assertTrue(extract("Shops open every weekend.").isEmpty());
  }

  @Test
  public void aRangeMayEndInAPartOfAPeriod() {
    assertSpan(only("The range is from 2007 to the end of 2008."), "from 2007 to the end of 2008", "2007-01-01", "2008-12-31");
  }
}
