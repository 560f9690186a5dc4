package io.claimsift.claims.quantities;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** "thousands of people", "tens of thousands", "millions of dollars": vague amounts are approximate quantities. */
public class VagueAmountsTest {

  private final QuantityExtractor extractor = QuantityExtractor.english();

  private String describe(QuantityMention q) {
    return q.text() + "|" + q.kind() + "|" + q.normalizedValue() + "|" + q.unit() + "|" + q.bound();
  }

  private List<String> found(String sentence) {
    return extractor.extract(sentence).stream().map(this::describe).toList();
  }

  @Test
  public void aPluralScaleWordBeforeOfCountsTheNounApproximately() {
    assertEquals(List.of("Thousands of people|COUNT|1000.0|people|~"), found("Thousands of people marched."));
    assertEquals(List.of("dozens of small firms|COUNT|12.0|firms|~"), found("It hit dozens of small firms."));
    assertEquals(List.of("hundreds of homes|COUNT|100.0|homes|~"), found("Floods cut power to hundreds of homes."));
  }

  @Test
  public void aVagueAmountOfAVagueAmountMultiplies() {
    assertEquals(List.of("tens of thousands of workers|COUNT|10000.0|workers|~"),
        found("The strike drew tens of thousands of workers."));
    assertEquals(List.of("hundreds of thousands|NUMBER|100000.0|null|~"), found("Farms hold hundreds of thousands."));
    assertEquals(List.of("thousands of animals|COUNT|1000.0|animals|~"), found("They have thousands of animals."));
  }

  @Test
  public void aCurrencyCountedMakesItMoney() {
    assertEquals(List.of("millions of dollars|MONEY|1000000.0|USD|~"), found("She owes millions of dollars."));
  }

  @Test
  public void aBoundWordBesideItWinsAndNothingCountedIsNoAmount() {
    assertEquals(List.of("thousands of people|COUNT|1000.0|people|>"), found("More than thousands of people came."));
    assertEquals(List.of(), found("We saw hundreds of them."));
    assertEquals(List.of(), found("She sold thousands."));
  }

  @Test
  public void severalOrAFewOfAScaleIsTheScaleApproximately() {
    assertEquals(List.of("Several thousand people|COUNT|1000.0|people|~", "a few hundred|NUMBER|100.0|null|~"),
        found("Several thousand people marched, and a few hundred stayed."));
    assertEquals(List.of("a few hundred thousand dollars|MONEY|100000.0|USD|~"), found("It cost a few hundred thousand dollars."));
    assertEquals(List.of("a couple of million barrels|MEASURE|1000000.0|Barrel|~"),
        found("They pumped a couple of million barrels."));
  }
}
