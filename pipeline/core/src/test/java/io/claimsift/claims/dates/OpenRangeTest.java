package io.claimsift.claims.dates;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

/** The open-range rule: phrases before a date that open one side, phrases after it that open its end. */
public class OpenRangeTest {

  @Test
  public void theLongestPhraseBeforeTheDateIsTaken() {
    String text = "due no later than June 3";
    DateTokens t = DateTokens.of(text);

    OpenRange.Keyword k = OpenRange.before(t, text.indexOf("June"));

    assertEquals("due ".length(), k.start());
    assertEquals(2, k.side());
  }

  @Test
  public void theWeekStartingIsNotAnOpenRange() {
    String text = "the week starting May 4";

    assertNull(OpenRange.before(DateTokens.of(text), text.indexOf("May")));
  }

  @Test
  public void anOnwardPhraseThatMustEndTheClause() {
    String done = "2016 and after, prices rose";
    String goesOn = "2016 and after that prices rose";

    assertEquals("2016 and after".length(), OpenRange.onwardEnd(DateTokens.of(done), 4));
    assertEquals(-1, OpenRange.onwardEnd(DateTokens.of(goesOn), 4));
  }
}
