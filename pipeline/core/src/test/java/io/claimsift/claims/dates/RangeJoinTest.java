package io.claimsift.claims.dates;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** The range rule: what between two dates joins them, and the word that opens a range. */
public class RangeJoinTest {

  @Test
  public void aDashOrAToWordBetweenTwoDatesJoinsThem() {
    assertTrue(joins("2019-2021", "2019", "2021"));
    assertTrue(joins("May – June", "May", "June"));
    assertTrue(joins("2007 through the 2010s", "2007", "2010s"));
    assertFalse(joins("2007 through a 2010 car", "2007", "2010"));
    assertFalse(joins("March or May", "March", "May"));
  }

  @Test
  public void andJoinsOnlyAfterBetween() {
    assertTrue(joins("between March and May", "March", "May"));
    assertFalse(joins("in March and May", "March", "May"));
  }

  @Test
  public void connectorsJoinInAnyCase() {
    assertTrue(joins("Between May And June", "May", "June"));
    assertTrue(joins("MARCH TO MAY", "MARCH", "MAY"));
    assertTrue(joins("2007 Through The 2010s", "2007", "2010s"));
    assertFalse(joins("In March And May", "March", "May"));
  }

  @Test
  public void aCapitalisedRangeAtTheSentenceStartIsOneMention() {
    java.util.List<DateMention> found =
        DateExtractor.english().extract("From March To May 2019 it rained.", java.time.LocalDate.of(2020, 6, 1));

    assertEquals(1, found.size());
    assertEquals("From March To May 2019", found.get(0).text());
    assertEquals(java.time.LocalDate.of(2019, 3, 1), found.get(0).first());
  }

  @Test
  public void theOpeningWordIsFoundRightBeforeTheFirstDate() {
    DateTokens t = DateTokens.of("It ran From March to May");

    assertEquals("It ran ".length(), RangeJoin.openerStart(t, "It ran From ".length()));
    assertEquals(-1, RangeJoin.openerStart(t, "It ran From March to ".length()));
  }

  private static boolean joins(String text, String a, String b) {
    DateTokens t = DateTokens.of(text);
    int aStart = text.indexOf(a);
    return RangeJoin.joins(t, aStart, aStart + a.length(), text.indexOf(b, aStart + a.length()));
  }
}
