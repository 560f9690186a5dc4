package io.claimsift.dedup;

import static io.claimsift.dedup.Fixtures.money;
import static io.claimsift.dedup.Fixtures.percent;
import static io.claimsift.dedup.Fixtures.count;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.Test;

public class ComparisonTokensTest {

  @Test
  public void dropsStopWordsAndStemsPlurals() {
    List<String> tokens =
        ComparisonTokens.contentTokens("The attacks on the exchanges in these countries were growing.", List.of());

    assertThat(tokens, contains("attack", "exchange", "country", "growing"));
  }

  @Test
  public void stemmingLeavesShortWordsAndExceptionsAlone() {
    assertEquals("news", ComparisonTokens.stem("news"));
    assertEquals("bus", ComparisonTokens.stem("bus"));
    assertEquals("class", ComparisonTokens.stem("class"));
    assertEquals("crisis", ComparisonTokens.stem("crisis"));
    assertEquals("box", ComparisonTokens.stem("boxes"));
    assertEquals("activity", ComparisonTokens.stem("activities"));
  }

  @Test
  public void moneyTokensAgreeAcrossSurfaceForms() {
    List<String> a =
        ComparisonTokens.contentTokens(
            "Hackers stole USD 2Bn.", List.of(money("USD 2Bn", 2, 2.0e9, "USD")));
    List<String> b =
        ComparisonTokens.contentTokens(
            "Hackers stole $2 billion.", List.of(money("$2 billion", 2, 2.0e9, "USD")));

    assertThat(a, contains("hacker", "stole", "money:USD:2.0E9"));
    assertEquals(a, b);
  }

  @Test
  public void percentAndCountTokensReplaceTheirText() {
    List<String> tokens =
        ComparisonTokens.contentTokens(
            "Prices rose 12% in 35 cities.",
            List.of(percent("12%", 12.0), count("35 cities", 35, "city")));

    assertThat(tokens, contains("price", "rose", "pct:12.0", "num:35.0"));
  }

  @Test
  public void quantityTextFoundByTextWhenOffsetsAreWrong() {
    // Offsets 0..3 point at "Tot", not at "$5"; the text is found by search instead.
    List<String> tokens =
        ComparisonTokens.contentTokens(
            "Total loss was $5 million.", List.of(money("$5 million", 5, 5.0e6, "USD")));

    assertThat(tokens, contains("total", "loss", "money:USD:5000000.0"));
  }

  @Test
  public void unplacedQuantityStillContributesItsToken() {
    List<String> tokens =
        ComparisonTokens.contentTokens("Losses were large.", List.of(money("$9", 9, 9, "USD")));

    assertThat(tokens, contains("loss", "large", "money:USD:9.0"));
  }

  @Test
  public void numberWordsBecomeDigitsAndHyphensSplit() {
    List<String> tokens =
        ComparisonTokens.contentTokens("Twenty-five cyber-attacks hit three banks; 1,000 users.", List.of());

    assertThat(tokens, contains("25", "cyber", "attack", "hit", "3", "bank", "1000", "user"));
  }

  @Test
  public void nfkcLowerCaseAndPossessives() {
    // Full-width letters fold to ASCII under NFKC.
    List<String> tokens = ComparisonTokens.contentTokens("ＫＯＲＥＡ’s hackers don't sleep", List.of());

    assertThat(tokens, contains("korea", "hacker", "sleep"));
  }

  @Test
  public void entitiesSkipSentenceInitialWordAndQuantityText() {
    Set<String> entities =
        ComparisonTokens.entityTokens(
            "Earlier this week, Reuters said North Korea's DPRK unit stole USD 2 billion in March.",
            List.of(money("USD 2 billion", 2, 2e9, "USD")));

    assertThat(entities, containsInAnyOrder("reuters", "north", "korea", "dprk"));
    assertThat(entities, not(hasItem("earlier")));
    assertThat(entities, not(hasItem("usd")));
    assertThat(entities, not(hasItem("march")));
  }

  @Test
  public void acronymCountsEvenAtSentenceStart() {
    Set<String> entities = ComparisonTokens.entityTokens("UN experts met North Korean officials.", List.of());

    assertThat(entities, containsInAnyOrder("un", "north", "korean"));
  }
}
