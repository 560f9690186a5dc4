package io.claimsift.claims.quantities;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** Ratios ("one in five"), spaced digits that are two numbers, table rows and hexadecimal bytes. */
public class RatiosTablesAndBytesTest {

  private final QuantityExtractor extractor = QuantityExtractor.english();

  private List<String> found(String sentence) {
    return extractor.extract(sentence).stream()
        .map(q -> q.text() + "|" + q.kind() + "|" + q.normalizedValue() + "|" + q.unit())
        .toList();
  }

  @Test
  public void aNumberInOrOutOfALargerOneIsARatio() {
    assertEquals(List.of("One in five|NUMBER|0.2|null"), found("One in five adults have tried it."));
    assertEquals(List.of("eight out of ten|NUMBER|0.8|null"), found("Yet eight out of ten companies agreed."));
    assertEquals(List.of("1 in 4|NUMBER|0.25|null"), found("About 1 in 4 said so."));
  }

  @Test
  public void aYearOrASmallerNumberAfterInIsNoRatio() {
    assertEquals(List.of("2|NUMBER|2.0|null"), found("Officials said 2 in 2019 died."));
    assertEquals(List.of("10 goals|COUNT|10.0|goals", "2 games|COUNT|2.0|games"), found("He scored 10 goals in 2 games."));
  }

  @Test
  public void spacedDigitsBeforeACapitalisedNameAreTwoNumbers() {
    assertEquals(List.of("400 737 Max jets|COUNT|400.0|jets"), found("Its fleet of 400 737 Max jets is grounded."));
    assertEquals(List.of("10 000 dollars|MONEY|10000.0|USD"), found("The fund paid 10 000 dollars."));
  }

  @Test
  public void theBareNumbersOfATableRowAreNoAmounts() {
    assertEquals(List.of(), found("1 Kyle Busch 5040 5 1 17 27"));
    assertEquals(List.of(), found("Rockledge 14 11 6 15 — 44"));
    assertEquals(List.of("1 400 000|NUMBER|1400000.0|null"), found("It holds 1 400 000."));
    assertTrue(QuantityExtractor.tableRow("Team 3 1 0"));
    assertFalse(QuantityExtractor.tableRow("It fell 5% to 3 in 10 days"));
    assertFalse(QuantityExtractor.tableRow("$5 6 7")); // no cell after a currency sign starts a row
  }

  @Test
  public void hexadecimalBytesAreNeitherDegreesNorNumbers() {
    assertEquals(List.of(), found("The header bytes are 7F 45 4C 46 and then 3F 5F."));
    assertEquals(List.of("75F|MEASURE|75.0|Degree Fahrenheit", "5C|MEASURE|5.0|Degree Celsius"),
        found("It was 75F outside and 5C inside."));
  }
}
