package io.claimsift.claims.quantities;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** A range whose two ends both carry the unit ("44 mg to 50 mg") is one range quantity, as "44-50 mg" is. */
public class RangeWithUnitsTest {

  private final QuantityExtractor extractor = QuantityExtractor.english();

  private List<String> found(String sentence) {
    return extractor.extract(sentence).stream()
        .map(q -> q.text() + "|" + q.unit() + "|" + q.low() + "|" + q.high()).toList();
  }

  @Test
  public void bothEndsWithTheirUnitAreOneRange() {
    assertEquals(List.of("44 mg to 50 mg|Milligram|44.0|50.0"), found("The dose was 44 mg to 50 mg daily."));
    assertEquals(List.of("$5 million to $6 million|USD|5000000.0|6000000.0"),
        found("It will cost from $5 million to $6 million."));
    assertEquals(List.of("10% and 20%|percent|10.0|20.0"), found("Growth was between 10% and 20% last year."));
  }

  @Test
  public void aChangeAndItsLevelAreTwoQuantities() {
    assertEquals(List.of("2%|percent|null|null", "5%|percent|null|null"), found("Inflation rose 2% to 5%."));
    assertEquals(List.of("4%|percent|null|null", "9%|percent|null|null"), found("Inflation rose from 4% to 9%."));
    assertEquals(List.of("10%|percent|null|null", "5%|percent|null|null"), found("Rates went from 10% to 5%."));
    assertEquals(List.of("5 km|Kilometer|null|null", "20 kg|Kilogram|null|null"), found("It ran 5 km to 20 kg."));
  }

  @Test
  public void betweenMakesARangeOfCountsAndBareNumbersToo() {
    assertEquals(List.of("10 and 20 pills|pills|10.0|20.0"), found("Between 10 and 20 pills were taken."));
    assertEquals(List.of("7.1 and 14|null|7.1|14.0"), found("It had a pH level between 7.1 and 14."));
    assertEquals(List.of("5 and 10 million|null|5000000.0|1.0E7"), found("It reached between 5 and 10 million."));
    // without "between", "and" joins two amounts; a falling pair is no range
    assertEquals(List.of("10|pills|null|null", "20 pills|pills|null|null"), found("He took 10 and 20 pills."));
    assertEquals(List.of("20|null|null|null", "10|null|null|null"), found("It is between 20 and 10 for now."));
  }
}
