package io.claimsift.eval.extraction;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** Pins the Java metric to values computed by hand with score.py's definition. */
public class ShingleMetricTest {

  private static final double EPS = 1e-12;

  @Test
  public void wordsAreRunsOfUnicodeLettersDigitsAndUnderscores() {
    assertEquals(
        List.of("don", "t", "stop_now", "3", "5", "café", "한국어", "텍스트"),
        ShingleMetric.words("don't  stop_now 3.5 — café\n한국어 텍스트!"));
  }

  @Test
  public void partialPredictionHasFullPrecisionAndHalfRecall() {
    // truth shingles: [a b c d] [b c d e]; prediction: [a b c d] -> tp 1, fp 0, fn 1 of 2.
    ShingleMetric.PageScore s = ShingleMetric.page("p", "a b c d e", "a b c d");

    assertEquals(0.5, s.tp(), EPS);
    assertEquals(0.0, s.fp(), EPS);
    assertEquals(0.5, s.fn(), EPS);
    assertEquals(1.0, s.precision(), EPS);
    assertEquals(0.5, s.recall(), EPS);
    assertFalse(s.exact());
  }

  @Test
  public void repeatedTextCountsTwice() {
    // truth: abcd bcda cdab dabc abcd (abcd twice); prediction abcd once -> 1 shared of 5.
    ShingleMetric.PageScore s = ShingleMetric.page("p", "a b c d a b c d", "a b c d");

    assertEquals(0.2, s.recall(), EPS);
    assertEquals(1.0, s.precision(), EPS);
  }

  @Test
  public void shortTextsAreOneShingleAndCaseMatters() {
    ShingleMetric.PageScore s = ShingleMetric.page("p", "Hello, world!", "hello world");

    assertEquals(0.0, s.tp(), EPS);
    assertEquals(0.5, s.fp(), EPS);
    assertEquals(0.5, s.fn(), EPS);
    assertEquals(0.0, s.precision(), EPS);
  }

  @Test
  public void emptyPredictionHasNoPrecision() {
    ShingleMetric.PageScore s = ShingleMetric.page("p", "x y", "");

    assertNull(s.precision());
    assertEquals(0.0, s.recall(), EPS);
  }

  @Test
  public void corpusAveragesPagesThenTakesHarmonicMean() {
    List<ShingleMetric.PageScore> pages = List.of(
        ShingleMetric.page("1", "a b c d e", "a b c d"), // P 1, R 0.5
        ShingleMetric.page("2", "x y", ""), // P -, R 0
        ShingleMetric.page("3", "Hello, world!", "hello world"), // P 0, R 0
        ShingleMetric.page("4", "One two three four.", "One  two\nthree four")); // exact

    ShingleMetric.Corpus c = ShingleMetric.corpus(pages);

    assertTrue(pages.get(3).exact());
    assertEquals(2.0 / 3, c.precision(), EPS); // (1 + 0 + 1) / 3 non-empty predictions
    assertEquals(0.375, c.recall(), EPS); // (0.5 + 0 + 0 + 1) / 4
    assertEquals(0.48, c.f1(), EPS); // 2 * 2/3 * 0.375 / (2/3 + 0.375)
    assertEquals(0.25, c.accuracy(), EPS);
    assertEquals(4, c.pages());
  }
}
