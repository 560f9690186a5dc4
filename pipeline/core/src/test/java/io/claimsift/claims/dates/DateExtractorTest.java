package io.claimsift.claims.dates;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.claimsift.sentences.Sentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class DateExtractorTest {

  private static final String PREFIX = "Intro. ";

  private final DateExtractor extractor = DateExtractor.english();

  private List<DateMention> extract(String sentence) {
    String clean = PREFIX + sentence;
    List<DateMention> found = extractor.extract(clean, new Sentence(PREFIX.length(), clean.length(), sentence));
    for (DateMention d : found) {
      assertEquals(d.text(), clean.substring(d.start(), d.end()));
    }
    return found;
  }

  private DateMention only(String sentence) {
    List<DateMention> found = extract(sentence);
    assertEquals("mentions in: " + sentence, 1, found.size());
    return found.get(0);
  }

  private static void assertSpan(DateMention d, String text, String first, String last, Granularity g) {
    assertEquals(text, d.text());
    assertEquals(first == null ? null : LocalDate.parse(first), d.first());
    assertEquals(last == null ? null : LocalDate.parse(last), d.last());
    assertEquals(g, d.granularity());
  }

  @Test
  public void monthDayYear() {
    DateMention d = only("Last updated March 4, 2021 at noon.");

    assertSpan(d, "March 4, 2021", "2021-03-04", "2021-03-04", Granularity.DAY);
    assertEquals(PREFIX.length() + 13, d.start());
    assertEquals(PREFIX.length() + 26, d.end());
  }

  @Test
  public void dayMonthYearAndIso() {
    List<DateMention> d = extract("It began 4 March 2021 and ended 2021-03-09.");

    assertEquals(2, d.size());
    assertSpan(d.get(0), "4 March 2021", "2021-03-04", "2021-03-04", Granularity.DAY);
    assertSpan(d.get(1), "2021-03-09", "2021-03-09", "2021-03-09", Granularity.DAY);
  }

  @Test
  public void monthYearCoversTheWholeMonth() {
    List<DateMention> d = extract("It was reported in December 2015 and again in Feb. 2016.");

    assertEquals(2, d.size());
    assertSpan(d.get(0), "December 2015", "2015-12-01", "2015-12-31", Granularity.MONTH);
    assertSpan(d.get(1), "Feb. 2016", "2016-02-01", "2016-02-29", Granularity.MONTH);
  }

  @Test
  public void bareYearWithoutPreposition() {
    assertSpan(only("Sanctions were imposed in 2006."), "2006", "2006-01-01", "2006-12-31", Granularity.YEAR);
  }

  @Test
  public void monthRangeWithoutFrom() {
    DateMention d = only("35 cyber attacks in 17 countries, in the period of December 2015 to May 2019.");

    assertSpan(d, "December 2015 to May 2019", "2015-12-01", "2019-05-31", Granularity.MONTH);
  }

  @Test
  public void rangeTextIncludesFrom() {
    assertSpan(only("Losses grew from 2017 to 2019 overall."), "from 2017 to 2019", "2017-01-01", "2019-12-31", Granularity.YEAR);
  }

  @Test
  public void rangeTakesTheFinerGranularity() {
    assertSpan(
        only("It ran from December 2015 to 2019."),
        "from December 2015 to 2019", "2015-12-01", "2019-12-31", Granularity.MONTH);
  }

  @Test
  public void betweenAndAndHyphenRanges() {
    List<DateMention> d = extract("Attacks rose between 2017 and 2019, fell in 2017-2019 and in 2020–21.");

    assertEquals(3, d.size());
    assertSpan(d.get(0), "between 2017 and 2019", "2017-01-01", "2019-12-31", Granularity.YEAR);
    assertSpan(d.get(1), "2017-2019", "2017-01-01", "2019-12-31", Granularity.YEAR);
    assertSpan(d.get(2), "2020–21", "2020-01-01", "2021-12-31", Granularity.YEAR);
  }

  @Test
  public void andWithoutBetweenIsTwoYears() {
    List<DateMention> d = extract("It happened in 2014 and 2016.");

    assertEquals(2, d.size());
    assertSpan(d.get(0), "2014", "2014-01-01", "2014-12-31", Granularity.YEAR);
    assertSpan(d.get(1), "2016", "2016-01-01", "2016-12-31", Granularity.YEAR);
  }

  @Test
  public void monthWithoutYearTakesTheYearOfTheRangeEnd() {
    assertSpan(only("It ran from March to May 2019."), "from March to May 2019", "2019-03-01", "2019-05-31", Granularity.MONTH);
  }

  @Test
  public void sinceIsOpenAtTheEnd() {
    assertSpan(only("There were 30 cases since April 2018 in total."), "since April 2018", "2018-04-01", null, Granularity.MONTH);
  }

  @Test
  public void untilAndBeforeAreOpenAtTheStart() {
    List<DateMention> d = extract("It lasted until 2019 but not before 2019.");

    assertEquals(2, d.size());
    assertSpan(d.get(0), "until 2019", null, "2019-12-31", Granularity.YEAR);
    assertSpan(d.get(1), "before 2019", null, "2018-12-31", Granularity.YEAR);
  }

  @Test
  public void monthWithoutYearAndRelativeDatesAreOutOfScope() {
    assertEquals(List.of(), extract("In October, last week and on Monday, May it rain."));
  }

  @Test
  public void yearLikeQuantitiesAreNotYears() {
    assertEquals(List.of(), extract("About 2000 people paid $2015 and fans saw 2019 percent."));
  }

  @Test
  public void decadeIsATenYearPeriod() {
    assertSpan(only("Fans of the 1990s came."), "the 1990s", "1990-01-01", "1999-12-31", Granularity.YEAR);
  }

  @Test
  public void yearAfterDatePrepositionBeforePluralNounIsStillAYear() {
    assertSpan(only("In 2019 hackers stole coins."), "2019", "2019-01-01", "2019-12-31", Granularity.YEAR);
  }

  @Test
  public void invalidCalendarDayIsSkipped() {
    assertEquals(List.of(), extract("It was February 30, 2021."));
  }

  private static final LocalDate PUBLISHED = LocalDate.of(2019, 6, 12); // a Wednesday

  private DateMention onlyRelative(String sentence) {
    String clean = PREFIX + sentence;
    List<DateMention> found =
        extractor.extract(clean, new Sentence(PREFIX.length(), clean.length(), sentence), PUBLISHED);
    assertEquals("mentions in: " + sentence, 1, found.size());
    DateMention d = found.get(0);
    assertEquals(d.text(), clean.substring(d.start(), d.end()));
    return d;
  }

  @Test
  public void relativeDatesResolveAgainstThePublicationDay() {
    DateMention lastWeek = onlyRelative("Hackers struck last week.");
    DateMention ago = onlyRelative("It happened three days ago.");
    DateMention march = onlyRelative("The report came out in March.");

    assertEquals(LocalDate.of(2019, 6, 3), lastWeek.first());
    assertEquals(LocalDate.of(2019, 6, 9), lastWeek.last());
    assertEquals(Granularity.WEEK, lastWeek.granularity());
    assertEquals(LocalDate.of(2019, 6, 9), ago.first());
    assertEquals("March", march.text());
    assertEquals(LocalDate.of(2019, 3, 31), march.last());
  }

  @Test
  public void relativeRangesAndOpenRanges() {
    DateMention range = onlyRelative("Sales rose from March to May.");
    DateMention since = onlyRelative("Prices have risen since yesterday.");

    assertEquals("from March to May", range.text());
    assertEquals(LocalDate.of(2019, 3, 1), range.first());
    assertEquals(LocalDate.of(2019, 5, 31), range.last());
    assertEquals(LocalDate.of(2019, 6, 11), since.first());
    assertNull(since.last());
  }

  @Test
  public void withoutAPublicationDayRelativeDatesAreSkippedButNumericDatesAreRead() {
    String s = "It ended last week, on 1/22/2016.";
    List<DateMention> found = extractor.extract(s, (LocalDate) null);

    assertEquals(1, found.size());
    assertEquals("1/22/2016", found.get(0).text());
    assertEquals(LocalDate.of(2016, 1, 22), found.get(0).first());
  }

  @Test
  public void quartersAreThreeMonthPeriods() {
    DateMention q = only("Profit fell in the first quarter of 2013.");
    DateMention next = onlyRelative("Profit may fall next quarter.");

    assertEquals("the first quarter of 2013", q.text());
    assertEquals(LocalDate.of(2013, 1, 1), q.first());
    assertEquals(LocalDate.of(2013, 3, 31), q.last());
    assertEquals(LocalDate.of(2019, 7, 1), next.first());
    assertEquals(LocalDate.of(2019, 9, 30), next.last());
  }
}
