package io.claimsift.claims.quantities;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class NumberFinderTest {

  private final NumberFinder finder = NumberFinder.english();

  private void assertOne(String text, String expectedText, double expectedValue) {
    List<NumberSpan> found = finder.find(text);

    assertEquals("numbers in: " + text, 1, found.size());
    NumberSpan n = found.get(0);
    assertEquals(expectedText, text.substring(n.start(), n.end()));
    assertEquals(expectedValue, n.value(), 1e-9 * Math.max(1, Math.abs(expectedValue)));
  }

  @Test
  public void digitsWithGroupsDecimalsSignsAndScales() {
    assertOne("It holds 1,674,200.5 items.", "1,674,200.5", 1674200.5);
    assertOne("a drop of -12e-1 today", "-12e-1", -1.2);
    assertOne("about 2.33 k of them", "2.33 k", 2330);
    assertOne("either 10 bln", "10 bln", 1e10);
    assertOne("China has 1 414 021 100.", "1 414 021 100", 1414021100);
  }

  @Test
  public void spelledOutNumbers() {
    assertOne("twenty-one trillion and three hundred", "twenty-one trillion and three hundred", 21000000000300.0);
    assertOne("Three hundred  and  thirty one", "Three hundred  and  thirty one", 331);
    assertOne("I saw half a  dozen", "half a  dozen", 6);
    assertOne("nought point nought three", "nought point nought three", 0.03);
  }

  @Test
  public void spelledNumbersOpenWithTheirOwnWordsInAnyCase() {
    assertOne("Eighteen months on", "Eighteen", 18);
    assertOne("ZERO hour", "ZERO", 0);
    assertOne("A dozen eggs", "A dozen", 12);
    assertOne("An eighth of them", "An eighth", 0.125);
    assertOne("Half a million people", "Half a million", 500000);
    assertOne("Quarter million", "Quarter million", 250000);
    assertOne("we counted ninety-nine", "ninety-nine", 99);
    // a scale word, an ordinal or "point" opens no number
    assertEquals(List.of(), finder.find("Million people, hundreds of thousands, the point, fifth"));
  }

  @Test
  public void negativeAndMinusAreWholeWords() {
    assertOne("it fell to minus 5", "minus 5", -5);
    assertOne("a negative  3 balance", "negative  3", -3);
    assertOne("a minuscule 5 share", "5", 5);
    assertOne("the negatives 3 times", "3", 3);
    assertOne("a ½ share", "½", 0.5);
  }

  @Test
  public void fractionsAndMixedNumbers() {
    assertOne("three quarters", "three quarters", 0.75);
    assertOne("one hundred and three quarters", "one hundred and three quarters", 100.75);
    assertOne("one over three", "one over three", 1.0 / 3);
    assertOne("a quarter million", "a quarter million", 250000);
    assertOne("more than 10 1/2 miles", "10 1/2", 10.5);
  }

  @Test
  public void digitsMixedWithScaleWords() {
    assertOne("4 thousand 3 hundred and 21 is a number.", "4 thousand 3 hundred and 21", 4321);
  }

  @Test
  public void gluedLettersCodesAndPronounOneAreNotNumbers() {
    assertEquals(List.of(), finder.find("the 180ml liquid"));
    assertEquals(List.of(), finder.find("Which one do you prefer?"));
  }

  @Test
  public void dottedSequenceIsSeveralNumbers() {
    List<NumberSpan> found = finder.find("192.168.1.2");

    assertEquals(4, found.size());
    assertEquals(168.0, found.get(1).value(), 0.0);
  }

  @Test
  public void oddDigitRunsFromMarkupNeverThrow() {
    // SVG path data that slipped into a body: spaced groups inside dotted runs
    String text = "v-458.9l917.9 917.9-917.9 917.8z and 1.9 917.2.3 and 9 917.4.5";

    List<NumberSpan> found = finder.find(text);

    for (NumberSpan n : found) {
      assertEquals(false, Double.isNaN(n.value()));
    }
  }

  @Test
  public void anExponentTooLongForAnIntIsNotReadAsOne() {
    // fuzzing found these: Integer.parseInt threw on the exponent
    List<NumberSpan> found = finder.find("about 3e66666666666666 of them, or 3 x10^2144444444444444444444444");

    assertEquals(3.0, found.get(0).value(), 0);
    assertOne("a value of 12e-1 here", "12e-1", 1.2);
  }

  @Test
  public void digitsOfOtherScriptsAreNotReadAsAsciiNumbers() {
    // fuzzing found this: Double.parseDouble threw on the Arabic-Indic six
    List<NumberSpan> found = finder.find("Sales rose 5 \u0666 million");

    assertEquals(5.0, found.get(0).value(), 0);
  }
}
