package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertNone;
import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.extract;
import static io.claimsift.claims.dates.DateSentences.only;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/**
 * The compositional rules written from the grammar: a duration from "now", "the week/month/year" as
 * the reference day's period, a day by its place in a month or year, a weekday placed in a day's or
 * week's week, and the parts of a week. The reference day is Wednesday 2019-06-12.
 */
public class DateCompositionTest {

  @Test
  public void aDurationCountsFromNow() {
    assertSpan(only("It ends three years from now."), "three years from now", "2022-06-12", "2022-06-12");
    assertSpan(only("We vote 2 weeks from now."), "2 weeks from now", "2019-06-26", "2019-06-26");
    assertNone("Now is the time."); // "now" alone names no date
  }

  @Test
  public void thePeriodWithoutAStepWordIsTheReferenceDaysPeriod() {
    assertSpan(only("Sales fell in the year."), "the year", "2019-01-01", "2019-12-31");
    assertSpan(only("It was the deal of the month, they said."), "the month", "2019-06-01", "2019-06-30");
    assertSpan(only("Rain is due later in the week."), "later in the week", "2019-06-12", "2019-06-16");
  }

  @Test
  public void thePeriodTiedToAnotherDateOrUsedAsARateIsNoDate() {
    assertNone("The year that he left was hard.");
    assertNone("Prices got worse by the month.");
    assertNone("He was paid more than the year before the war.");
    assertNone("She won Figure of the Week again.");
    assertNone("It doubled on the year-earlier quarter.");
  }

  @Test
  public void theDayBeforeOrAfterClosingAClauseCountsFromTheReferenceDay() {
    assertSpan(only("He had voted the day before."), "the day before", "2019-06-11", "2019-06-11");
    assertSpan(only("Markets fell the day after, traders said."), "the day after", "2019-06-13", "2019-06-13");
    assertNone("He had voted the day before the storm.");
  }

  @Test
  public void aDayByItsPlaceInAMonthOrAYear() {
    assertSpan(only("Rent is due on the 15th of next month."), "the 15th of next month", "2019-07-15", "2019-07-15");
    assertSpan(only("Talks open on the first Monday of March 2020."), "the first Monday of March 2020", "2020-03-02",
        "2020-03-02");
    assertSpan(only("Pay day is the last Friday of the month."), "the last Friday of the month", "2019-06-28",
        "2019-06-28");
    assertSpan(only("It expires on the thirty-first day of next month."), "the thirty-first day of next month",
        "2019-07-31", "2019-07-31");
    assertSpan(only("The offer ends on the last day of 2020."), "the last day of 2020", "2020-12-31", "2020-12-31");
  }

  @Test
  public void aPlaceAMonthOrYearDoesNotHoldNamesNoDay() {
    List<DateMention> july = extract("He spoke on July fourth of this year.");
    List<DateMention> fifth = extract("They meet on the fifth Monday of June.");

    assertSpan(july.get(0), "July fourth", "2019-07-04", "2019-07-04"); // the ordinal is July's day
    assertEquals("this year", july.get(1).text());
    assertEquals("June", fifth.get(fifth.size() - 1).text()); // June 2019 has four Mondays
    assertEquals("the month", only("It opens on the thirty-first day of the month.").text()); // June has 30 days
  }

  @Test
  public void aWeekdayBesideADayOrAWeekIsThatWeekday() {
    assertSpan(only("We meet next week on Friday."), "next week on Friday", "2019-06-21", "2019-06-21");
    assertSpan(only("We meet Friday next week."), "Friday next week", "2019-06-21", "2019-06-21");
    assertSpan(only("It opens two weeks after May 1, 2020 on Monday."), "two weeks after May 1, 2020 on Monday",
        "2020-05-11", "2020-05-11");
    // 2021-06-12 is a Saturday: the Thursday of its week
    assertSpan(only("I'll be back Thursday, two years from now."), "Thursday, two years from now", "2021-06-10",
        "2021-06-10");
    assertEquals(2, extract("Let's meet on Thursday, week 23.").size()); // a weekday and a numbered week
  }

  @Test
  public void thePartsOfAWeek() {
    assertSpan(only("Talks resume early next week."), "early next week", "2019-06-17", "2019-06-19");
    assertSpan(only("It is due by the end of this week."), "by the end of this week", null, "2019-06-16");
    assertSpan(only("Prices eased at the end of the week."), "end of the week", "2019-06-13", "2019-06-16");
  }

  @Test
  public void numberedPartsOfTheYearAndTheMonth() {
    assertSpan(only("Sales rose in the second half of the year."), "the second half of the year", "2019-07-01",
        "2019-12-31");
    assertSpan(only("Talks end in the last week of the month."), "the last week of the month", "2019-06-24",
        "2019-06-30");
  }

  @Test
  public void aWeekByItsPlaceInAnyMonthMention() {
    assertSpan(only("Votes are counted in the second week of next month."), "the second week of next month", "2019-07-08",
        "2019-07-14");
    assertSpan(only("It ends in the final week of March."), "the final week of March", "2019-03-25", "2019-03-31");
    assertSpan(only("Bids close in the fifth week of September 2020."), "the fifth week of September 2020", "2020-09-28",
        "2020-10-04");
    assertNone("He spent the sixth week of the trial in court."); // a trial is no month
  }

  @Test
  public void aPartOfADecadeOrACentury() {
    assertSpan(only("Rents soared in the mid-1990s."), "mid-1990s", "1994-01-01", "1996-12-31");
    assertSpan(only("He grew up in the late eighties, they said."), "late eighties", "1987-01-01", "1989-12-31");
    assertSpan(only("Cars spread in the early 20th century."), "early 20th century", "1900-01-01", "1930-12-31");
    assertSpan(only("It was built at the end of the 1970s."), "end of the 1970s", "1977-01-01", "1979-12-31");
  }

  @Test
  public void anAgeInDecadesIsNoDate() {
    assertNone("Most voters in their 30s stayed home.");
    assertNone("Patients in their late 70s were at risk.");
  }

  @Test
  public void thisBeforeComingOrPastOnlyStressesIt() {
    assertSpan(only("Prices fell this past week."), "this past week", "2019-06-03", "2019-06-09");
    assertSpan(only("Rates rise this coming year."), "this coming year", "2020-01-01", "2020-12-31");
    assertSpan(only("Sales may slow this upcoming quarter."), "this upcoming quarter", "2019-07-01", "2019-09-30");
  }

  @Test
  public void aWeekdayOfAWeekTakesAnyStepWord() {
    assertSpan(only("We meet on Tuesday of the following week."), "Tuesday of the following week", "2019-06-18",
        "2019-06-18");
    assertSpan(only("Bids close the coming week, Friday."), "coming week, Friday", "2019-06-21", "2019-06-21");
    assertSpan(only("We meet next week Mon."), "next week Mon", "2019-06-17", "2019-06-17");
  }
}
