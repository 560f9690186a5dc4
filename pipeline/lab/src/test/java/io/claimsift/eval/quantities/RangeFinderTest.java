package io.claimsift.eval.quantities;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class RangeFinderTest {

  private final RangeFinder finder = RangeFinder.english();

  private NumberRange only(String text) {
    List<NumberRange> found = finder.find(text);
    assertEquals("ranges in: " + text, 1, found.size());
    return found.get(0);
  }

  @Test
  public void closedRangesIncludeTheirIntroduction() {
    NumberRange r = only("He scores between 5 and 10 points.");

    assertEquals("between 5 and 10", r.text());
    assertEquals("[5,10)", r.notation());
    assertEquals("[1000,5000)", only("The range is 1000 - 5000").notation());
  }

  @Test
  public void comparisonsHaveOneOpenSide() {
    assertEquals("(30,)", only("He is more than thirty years old.").notation());
    assertEquals("[30,)", only("His age is no less than thirty.").notation());
    assertEquals("(,700]", only("up to 700 units").notation());
    assertEquals("[200,)", only("His score is 200 or greater").notation());
  }

  @Test
  public void lowerAndUpperBoundsJoinedByAndMakeOneRange() {
    NumberRange r = only("The number is above 1000 and below 1500");

    assertEquals("above 1000 and below 1500", r.text());
    assertEquals("(1000,1500)", r.notation());
  }

  @Test
  public void phoneNumbersAndCodesAreNotRanges() {
    assertEquals(List.of(), finder.find("+1-222-2222-2222 is a phone number."));
    assertEquals(List.of(), finder.find("1995-01"));
  }
}
