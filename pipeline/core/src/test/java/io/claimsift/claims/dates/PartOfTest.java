package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

/** The part-of rule: part words before a period name its first, middle or last third (reference 2019-06-12). */
public class PartOfTest {

  @Test
  public void aPartWordWithOfOrAPrefixBeforeAYearOrMonth() {
    assertSpan(only("It began at the end of 1989."), "end of 1989", "1989-09-01", "1989-12-31");
    assertSpan(only("It began in early 2020."), "early 2020", "2020-01-01", "2020-04-30");
    assertSpan(only("It began in mid-November."), "mid-November", "2019-11-10", "2019-11-20");
    assertSpan(only("It ends at the end of the month."), "end of the month", "2019-06-16", "2019-06-30");
  }

  @Test
  public void aPartWordThatNeedsOfIsAVerbWithoutIt() {
    assertSpan(only("We start 2020 with a bang."), "2020", "2020-01-01", "2020-12-31");
  }

  @Test
  public void thePartWordsEndRightBeforeThePeriod() {
    DateTokens t = DateTokens.of("by the end of the year 2020");

    PartOf.Words words = PartOf.before(t, "by the end of the ".length());

    assertEquals("by the ".length(), words.start());
    assertEquals(2, words.third());
    assertNull(PartOf.before(t, "by the end of the year ".length()));
  }
}
