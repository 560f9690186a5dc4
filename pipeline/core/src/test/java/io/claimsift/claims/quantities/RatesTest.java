package io.claimsift.claims.quantities;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** "$15 an hour", "5 per cent a year", "10 cases per day": a rate's unit says what the amount is per. */
public class RatesTest {

  private final QuantityExtractor extractor = QuantityExtractor.english();

  private List<String> found(String sentence) {
    return extractor.extract(sentence).stream().map(q -> q.text() + "|" + q.unit() + "|" + q.currency()).toList();
  }

  @Test
  public void moneyPercentAndCountsPerAUnitOrNounAreRates() {
    assertEquals(List.of("$15|USD per hour|USD", "5 per cent|percent per year|null"),
        found("She earns $15 an hour and prices rose 5 per cent a year."));
    assertEquals(List.of("$2|USD per share|USD", "$40,000|USD per capita|USD", "10 cases|cases per day|null"),
        found("It paid $2 a share, $40,000 per capita and 10 cases per day."));
    assertEquals(List.of("$1,200|USD per month|USD"), found("Rent is $1,200/month."));
  }

  @Test
  public void aMeasureKeepsItsUnitAndOtherWordsAfterAAreNoRate() {
    assertEquals(List.of("500,000 barrels|Barrel|null"), found("Output fell by 500,000 barrels a day."));
    assertEquals(List.of("$5|USD|USD"), found("He paid $5 a month ago."));
    assertEquals(List.of("$5|USD|USD"), found("He paid $5 for a year."));
  }
}
