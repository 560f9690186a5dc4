package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertNone;
import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.extract;
import static io.claimsift.claims.dates.DateSentences.only;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** Seasons, years in words, compact numeric dates, working days, edges and runs of periods. */
public class DateExtractorPhrasesTest {

  @Test
  public void seasonsAreMeteorologicalQuarters() {
    assertSpan(only("Talks resume this summer."), "this summer", "2019-06-01", "2019-08-31");
    assertSpan(only("Last winter was mild."), "Last winter", "2018-12-01", "2019-02-28");
    assertSpan(only("It snowed in the winter of 2018."), "winter of 2018", "2018-12-01", "2019-02-28");
  }

  @Test
  public void aSeasonTakesAnyStepWordOfTheLexiconAndStaysAWordOfTimeOnly() {
    List<DateMention> following = extract("It rained in 2015 and the following summer was dry.");

    assertSpan(only("Prices rise in the upcoming winter."), "upcoming winter", "2019-12-01", "2020-02-29");
    assertSpan(following.get(1), "following summer", "2016-06-01", "2016-08-31");
    assertNone("The Arab Spring began when prices fall.");
    assertNone("A winter storm hit the Winter Olympics.");
  }

  @Test
  public void followingCountsFromTheSentencesPreviousDate() {
    List<DateMention> year = extract("He came in 2015 and the following year he left.");
    List<DateMention> week = extract("On March 3, 2019, he came; the following week, he left.");
    List<DateMention> open = extract("Since 2015 sales rose, and the following month too.");

    assertSpan(year.get(1), "following year", "2016-01-01", "2016-12-31");
    assertSpan(week.get(1), "following week", "2019-03-04", "2019-03-10");
    assertSpan(open.get(1), "following month", "2019-07-01", "2019-07-31"); // an open range is no anchor
    assertSpan(only("Talks resume the following week."), "following week", "2019-06-17", "2019-06-23");
  }

  @Test
  public void countsInWordsAndDecadesBeforeAgoOrAfterLastAndNext() {
    assertSpan(only("Nixon said so sixteen years ago."), "sixteen years ago", "2003-06-12", "2003-06-12");
    assertSpan(only("It rose over the past two decades."), "past two decades", "1999-06-12", "2019-06-11");
    assertSpan(only("He struck a decade ago."), "a decade ago", "2009-06-12", "2009-06-12");
    assertNone("Imports hit the lowest level in two decades."); // a count back, not a day ahead
  }

  @Test
  public void seasonWordsThatAreNotTimes() {
    assertNone("A winter storm hit the coast.");
    assertNone("The Arab Spring began in Tunisia.");
    assertNone("Share prices fall sharply.");
    assertNone("They recalled the summer of love.");
  }

  @Test
  public void yearsInWords() {
    assertSpan(only("They left in nineteen ninety six."), "nineteen ninety six", "1996-01-01", "1996-12-31");
    assertSpan(only("It sailed on 6 April seventeen hundred thirty three."), "6 April seventeen hundred thirty three",
        "1733-04-06", "1733-04-06");
    assertSpan(only("I'll be out August two thousand and fifteen."), "August two thousand and fifteen", "2015-08-01",
        "2015-08-31");
    assertNone("It happened in two thousand and fifteen cases.");
  }

  @Test
  public void numericDateRanges() {
    assertSpan(only("I will leave from 5/1-5/7, 2020."), "from 5/1-5/7, 2020", "2020-05-01", "2020-05-07");
    assertSpan(only("A long vacation between 10/1-11/7."), "between 10/1-11/7", "2019-10-01", "2019-11-07");
    assertSpan(only("My vacation is from 10-1-2018-10-7-2018"), "from 10-1-2018-10-7-2018", "2018-10-01", "2018-10-07");
  }

  @Test
  public void compactAndMixedOrderDates() {
    assertSpan(only("See report-20170302.html for details."), "20170302", "2017-03-02", "2017-03-02");
    assertSpan(only("It is due Sep-23-2020."), "Sep-23-2020", "2020-09-23", "2020-09-23");
    assertSpan(only("It is due Jan/3."), "Jan/3", "2019-01-03", "2019-01-03");
    assertSpan(only("I was born in April of 87."), "April of 87", "1987-04-01", "1987-04-30");
  }

  @Test
  public void twoDigitYearsAreAtMostTenYearsAfterThePublication() {
    assertSpan(only("He was born 03/18/40."), "03/18/40", "1940-03-18", "1940-03-18");
    assertSpan(only("It expires 03/18/21."), "03/18/21", "2021-03-18", "2021-03-18");
  }

  @Test
  public void yearsInsideCodesAreNotYears() {
    assertNone("Tel: +86 2010-2015-86");
    assertNone("Is 2015-1-32 a date?");
    assertNone("Call 000 111 82-2100 for help.");
    assertSpan(only("Over the 2019-20 season it grew."), "2019-20", "2019-01-01", "2020-12-31");
  }

  @Test
  public void workingWeeksAndBusinessDays() {
    assertSpan(only("It will happen this working week."), "this working week", "2019-06-10", "2019-06-14");
    assertSpan(only("Set it up for the next 4 business days."), "next 4 business days", "2019-06-13", "2019-06-18");
  }

  @Test
  public void edgesOfAPeriodAndStartingPoints() {
    assertSpan(only("I'll go back before the end of December."), "before the end of December", null, "2019-12-31");
    assertSpan(only("I'll go back after the beginning of March."), "after the beginning of March", "2019-03-01", null);
    assertSpan(only("It will happen starting next January."), "starting next January", "2020-01-01", null);
    assertSpan(only("I'll leave as late as tomorrow."), "as late as tomorrow", null, "2019-06-13");
  }

  @Test
  public void leadingAndTrailingRunsOfAPeriod() {
    assertSpan(only("Sales rose in the first six months of 2019."), "the first six months of 2019", "2019-01-01", "2019-06-30");
    assertSpan(only("Rooms are booked for the first 2 weeks of 2021."), "the first 2 weeks of 2021", "2021-01-04", "2021-01-17");
  }

  @Test
  public void compoundDurationsAgoAndCouples() {
    assertSpan(only("They found it 2 weeks and 2 days ago."), "2 weeks and 2 days ago", "2019-05-27", "2019-05-27");
    assertSpan(only("It closed a couple of weeks ago."), "a couple of weeks ago", "2019-05-29", "2019-05-29");
  }

  @Test
  public void decadesInWordsButNotAges() {
    assertSpan(only("Prices were lower in the nineties."), "the nineties", "1990-01-01", "1999-12-31");
    assertNone("She is in her late nineties.");
  }

  @Test
  public void mayAsAVerbIsNotAMonth() {
    assertNone("May I ask a question?");
    assertSpan(only("The summit was in May he said."), "May", "2019-05-01", "2019-05-31");
  }

  @Test
  public void holidayWeekendsAndWeekendsOfADay() {
    assertSpan(only("I need to prepare for Labor Day weekend."), "Labor Day weekend", "2019-08-31", "2019-09-02");
    assertSpan(only("Book a flight for the weekend of Halloween."), "the weekend of Halloween", "2019-11-02", "2019-11-03");
  }

  @Test
  public void phrasesAroundADay() {
    assertSpan(only("Book lunch on Tue May 9."), "Tue May 9", "2019-05-09", "2019-05-09");
    assertSpan(only("Set it up on Friday 7.6 with Jim."), "Friday 7.6", "2019-07-06", "2019-07-06");
    assertSpan(only("We come back on the 15th day of next month."), "the 15th day of next month", "2019-07-15", "2019-07-15");
  }

  @Test
  public void durationsAnchoredOnADay() {
    assertSpan(only("Out of office for 3 days starting from next Monday."), "3 days starting from next Monday",
        "2019-06-17", "2019-06-19");
    assertSpan(only("Set OOO for a week starting tomorrow."), "a week starting tomorrow", "2019-06-13", "2019-06-19");
    assertSpan(only("Set OOO for 1 week, from 20th dec."), "for 1 week, from 20th dec", "2019-12-20", "2019-12-26");
  }

  @Test
  public void theCurrentMonthOrYearByItsEdgesAndBareDays() {
    assertSpan(only("We expect it by the end of the month."), "by the end of the month", null, "2019-06-30");
    assertSpan(only("Clusters docked till date."), "till date", null, "2019-06-12");
    assertSpan(only("Set something up on the 4th."), "the 4th", "2019-06-04", "2019-06-04");
    assertNone("It was the 4th time.");
  }

  @Test
  public void aBareDayListedBeforeADatedOne() {
    List<DateMention> d = extract("I am looking at 18 and 19 June.");

    assertEquals(2, d.size());
    assertSpan(d.get(0), "18", "2019-06-18", "2019-06-18");
    assertSpan(d.get(1), "19 June", "2019-06-19", "2019-06-19");
  }
}
