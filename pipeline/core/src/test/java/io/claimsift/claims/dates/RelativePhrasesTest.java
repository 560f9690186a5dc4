package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.PUBLISHED;
import static io.claimsift.claims.dates.DateSentences.assertNone;
import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * The offset and period rules over tokens (reference day Wednesday 2019-06-12): each rule composes
 * the lexicon's words, so any step word goes with any unit.
 */
public class RelativePhrasesTest {

  @Test
  public void aDeixisWordPlacedADayBeforeOrAfter() {
    assertSpan(only("We met the day before yesterday."), "the day before yesterday", "2019-06-10", "2019-06-10");
    assertSpan(only("We meet the day after tomorrow."), "the day after tomorrow", "2019-06-14", "2019-06-14");
    assertSpan(only("We met the day before today."), "the day before today", "2019-06-11", "2019-06-11");
  }

  @Test
  public void aDurationBeforeOrAfterADeixisWord() {
    assertSpan(only("It closed 2 weeks before today."), "2 weeks before today", "2019-05-29", "2019-05-29");
    DateMention open = only("It closed more than 2 weeks before today.");
    assertEquals("more than 2 weeks before today", open.text());
    assertNull(open.first());
    assertEquals(LocalDate.of(2019, 5, 29), open.last());
  }

  @Test
  public void aStepWordAndADurationInEitherOrder() {
    assertSpan(only("Prices rose over the past three years."), "past three years", "2016-06-12", "2019-06-11");
    assertSpan(only("Talks go on for the upcoming 2 weeks."), "upcoming 2 weeks", "2019-06-13", "2019-06-26");
    assertSpan(only("Rain is due in the 3 next days."), "3 next days", "2019-06-13", "2019-06-15");
    assertSpan(only("It ships within the next 5 days."), "within the next 5 days", "2019-06-12", "2019-06-16");
  }

  @Test
  public void durationsBeforeAgoMoveTheDayBackInTurn() {
    assertSpan(only("It opened 2 weeks and 2 days ago."), "2 weeks and 2 days ago", "2019-05-27", "2019-05-27");
    assertSpan(only("It opened 1 year, 3 months ago."), "1 year, 3 months ago", "2018-03-12", "2018-03-12");
    assertSpan(only("It opened a couple of days ago."), "a couple of days ago", "2019-06-10", "2019-06-10");
    assertNone("It opened 3 days agony.");
  }

  @Test
  public void inAndADurationIsForwardButNotForDecades() {
    assertSpan(only("The vote is in two weeks."), "in two weeks", "2019-06-26", "2019-06-26");
    assertNone("Imports hit the lowest level in two decades.");
  }

  @Test
  public void aStepWordAndAPeriodUnit() {
    assertSpan(only("Sales fell in the past quarter."), "past quarter", "2019-01-01", "2019-03-31");
    assertSpan(only("They meet next week."), "next week", "2019-06-17", "2019-06-23");
    assertSpan(only("It rose earlier this quarter."), "earlier this quarter", "2019-04-01", "2019-06-11");
    assertSpan(only("It opens later this month."), "later this month", "2019-06-12", "2019-06-30");
    assertSpan(only("It closed the past calendar year."), "past calendar year", "2018-01-01", "2018-12-31");
  }

  @Test
  public void aDurationBeforeAnAnchorAndARunOfAPeriod() {
    assertSpan(only("It ends a couple of days before May 13, 2019."), "a couple of days before May 13, 2019",
        "2019-05-11", "2019-05-11");
    assertSpan(only("It rose in the last four months of 2018."), "the last four months of 2018", "2018-09-01",
        "2018-12-31");
    assertSpan(only("It rose in the first 2 weeks of 2021."), "the first 2 weeks of 2021", "2021-01-04", "2021-01-17");
  }

  @Test
  public void doublingASentenceDoesNotQuadrupleTheRulesWork() {
    // near misses of every rule, and one long run of durations with no "ago" after it
    List<String> chunks = List.of(
        "the day before 2 weeks, 3 days, 1 month and 4 years within the next a couple of later in this ", "1 day, ",
        "in the year that the week of 3 years from now ");
    for (String chunk : chunks) {
      for (RelativePhrases.Rule rule : List.of(RelativePhrases.DAY_WORD, RelativePhrases.FROM_DAY_WORD,
          RelativePhrases.SPAN, RelativePhrases.agoRule(2, RelativePhrases.MOST_DURATIONS),
          RelativePhrases.agoRule(1, 1), RelativePhrases.IN_N, RelativePhrases.PERIOD, RelativePhrases.THE_PERIOD)) {
        long single = lookups(rule, chunk.repeat(100));
        long twice = lookups(rule, chunk.repeat(200));

        assertTrue("lookups " + single + " -> " + twice, twice < 3 * single); // quadratic work would be 4 times
      }
    }
  }

  private static long lookups(RelativePhrases.Rule rule, String text) {
    DateTokens tokens = DateTokens.of(text);
    RelativePhrases.scan(tokens, rule, PUBLISHED, new ArrayList<>());
    return tokens.lookups();
  }
}
