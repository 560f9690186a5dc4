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
}
