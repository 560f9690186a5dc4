package io.claimsift.claims.dates;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.claimsift.sentences.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * The anaphoric steps read through a {@link DateContext}: "the following year", "the same week" and
 * "the next day" count from the last closed date of the sentence, else of the nearest of the
 * sentences before it that states one, else ("the following year") from the reference day or
 * ("the next day") not at all. The reference day is Wednesday 2019-06-12.
 */
public class DateContextTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2019, 6, 12);
  private static final DateExtractor EXTRACTOR = DateExtractor.english();

  /** The mentions of the last of {@code sentences} (joined by one space), read with the ones before as its context. */
  private static List<DateMention> lastOf(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> all = new ArrayList<>();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      all.add(new Sentence(text.length(), text.length() + s.length(), s));
      text.append(s);
    }
    String clean = text.toString();
    int index = all.size() - 1;
    List<DateMention> found = EXTRACTOR.extract(clean, all.get(index), PUBLISHED, DateContext.before(all, index));
    for (DateMention d : found) {
      assertEquals(d.text(), clean.substring(d.start(), d.end()));
    }
    return found;
  }

  private static void assertOne(List<DateMention> found, String text, String first, String last) {
    assertEquals(found.toString(), 1, found.size());
    assertEquals(text, found.get(0).text());
    assertEquals(LocalDate.parse(first), found.get(0).first());
    assertEquals(LocalDate.parse(last), found.get(0).last());
  }

  @Test
  public void aFollowingPeriodCountsFromTheDateOfTheSentenceBefore() {
    assertOne(lastOf("The firm was founded in 2015.", "The following year it doubled sales."),
        "following year", "2016-01-01", "2016-12-31");
    assertOne(lastOf("Police made the arrest on Tuesday, March 3, 2015.", "He was freed the same week."),
        "same week", "2015-03-02", "2015-03-08");
  }

  @Test
  public void aNextDayCountsFromTheDayOfTheSentenceBefore() {
    assertOne(lastOf("The storm hit on March 3, 2018.", "The next day, the city closed its schools."),
        "next day", "2018-03-04", "2018-03-04");
    assertOne(lastOf("The vote was held on 4 May 2020.", "Results came out that same day."),
        "same day", "2020-05-04", "2020-05-04");
    assertOne(lastOf("The vote was held on 4 May 2020.", "Polls had opened the previous day."),
        "previous day", "2020-05-03", "2020-05-03");
  }

  @Test
  public void theNearestSentenceWithADateWinsAndStepsChain() {
    assertOne(lastOf("It began in 2010.", "On June 1, 2012, talks failed.", "Nobody came.", "The following year was calm."),
        "following year", "2013-01-01", "2013-12-31");
    assertOne(lastOf("The storm hit on March 3, 2018.", "The next day, schools closed.", "They reopened the following day."),
        "following day", "2018-03-05", "2018-03-05");
  }

  @Test
  public void theSentencesOwnEarlierDateComesFirst() {
    List<DateMention> both = lastOf("The storm hit on March 3, 2018.", "In 2015 it failed; the following year it won.");
    assertEquals(both.toString(), 2, both.size());
    assertEquals(LocalDate.of(2016, 1, 1), both.get(1).first());
  }

  @Test
  public void withoutAnEarlierDateANextDayIsNotReadAndAFollowingYearCountsFromTheReferenceDay() {
    assertTrue(lastOf("Nobody knew.", "The next day, schools closed.").isEmpty());
    assertTrue(EXTRACTOR.extract("The next day, schools closed.", PUBLISHED).isEmpty());
    assertOne(lastOf("Nobody knew.", "The following year it doubled."), "following year", "2020-01-01", "2020-12-31");
  }

  @Test
  public void aNextDayNeedsADayBeforeIt() {
    // after a year the day is not known; "next-day" and "next day" without a determiner are no story day
    assertTrue(lastOf("It opened in 2015.", "The next day, schools closed.").isEmpty());
    assertTrue(lastOf("The storm hit on March 3, 2018.", "They offer next-day delivery.").isEmpty());
    assertTrue(lastOf("The storm hit on March 3, 2018.", "They offer next day delivery.").isEmpty());
    assertTrue(lastOf("The storm hit on March 3, 2018.", "Help is due within the next day.").isEmpty()); // a span from now
  }

  @Test
  public void theLookBackIsBounded() {
    assertTrue(lastOf("The storm hit on March 3, 2018.", "A.", "B.", "C.", "The next day, schools closed.").isEmpty());
    assertOne(lastOf("The storm hit on March 3, 2018.", "A.", "B.", "The next day, schools closed."),
        "next day", "2018-03-04", "2018-03-04");
  }
}
