package io.claimsift.dedup;

import static io.claimsift.dedup.Fixtures.count;
import static io.claimsift.dedup.Fixtures.date;
import static io.claimsift.dedup.Fixtures.mention;
import static io.claimsift.dedup.Fixtures.percent;
import static io.claimsift.dedup.Fixtures.usd;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ClaimMatcherTest {
  private final ClaimMatcher matcher = ClaimMatcher.baseline();

  @Test
  public void highJaccardAccepts() {
    DedupMention a = mention("a", "x", "Hackers breached the exchange and stole customer funds.", List.of());
    DedupMention b = mention("b", "y", "Hackers breached an exchange, stealing customer funds.", List.of());

    MatchDecision d = matcher.decide(a, b);

    assertTrue(d.accepted());
    assertEquals(MatchDecision.JACCARD, d.reason());
    assertTrue(d.similarity() >= 0.5);
  }

  @Test
  public void quantityConflictVetoesEvenIdenticalText() {
    DedupMention a = mention("a", "x", "Hackers stole $2 billion from exchanges.", List.of(usd("$2 billion", 2e9)));
    DedupMention b = mention("b", "y", "Hackers stole $3 billion from exchanges.", List.of(usd("$3 billion", 3e9)));

    MatchDecision d = matcher.decide(a, b);

    assertFalse(d.accepted());
    assertTrue(d.vetoed());
    assertEquals("conflict:money:USD", d.reason());
  }

  @Test
  public void dateConflictVetoes() {
    DedupMention a =
        mention("a", "x", "Inflation in Turkey hit a record in 2018.", List.of(), List.of(date("2018", "2018-01-01", "2018-12-31")));
    DedupMention b =
        mention("b", "y", "Inflation in Turkey hit a record in 2022.", List.of(), List.of(date("2022", "2022-01-01", "2022-12-31")));

    assertEquals("conflict:date", matcher.decide(a, b).reason());
    assertEquals(Optional.empty(), matcher.match(a, b));
  }

  @Test
  public void twoSharedQuantitiesWithLowJaccardAccept() {
    DedupMention a =
        mention("a", "x", "Experts probe 35 attacks in 17 countries on banks and exchanges.",
            List.of(count("35 attacks", 35, "attack"), count("17 countries", 17, "country")));
    DedupMention b =
        mention("b", "y", "There are 35 reported instances of hacking of exchanges across 17 nations, officials say.",
            List.of(count("35 reported instances", 35, "instance"), count("17 nations", 17, "nation")));

    MatchDecision d = matcher.decide(a, b);

    assertTrue(d.similarity() < 0.5);
    assertTrue(d.accepted());
    assertEquals(MatchDecision.SHARED_QUANTITIES, d.reason());
  }

  @Test
  public void twoSharedQuantitiesBelowTheJaccardFloorReject() {
    DedupMention a =
        mention("a", "x", "Team scored 3 goals in 2 matches.", List.of(count("3 goals", 3, "goal"), count("2 matches", 2, "match")));
    DedupMention b =
        mention("b", "y",
            "Bakery owner Maria sold 3 cakes and 2 pies yesterday morning downtown during the busy weekend"
                + " farmers market festival near central station plaza, cheerful customers recalled later.",
            List.of(count("3 cakes", 3, "cake"), count("2 pies", 2, "pie")));

    MatchDecision d = matcher.decide(a, b);

    assertTrue("jaccard " + d.similarity(), d.similarity() < 0.1);
    assertFalse(d.accepted());
    assertEquals(MatchDecision.NO_RULE, d.reason());
  }

  @Test
  public void oneSharedMoneyValueNeedsASharedEntity() {
    DedupMention a =
        mention("a", "x", "Analysts say North Korea stole $2 billion from crypto exchanges.", List.of(usd("$2 billion", 2e9)));
    DedupMention withEntity =
        mention("b", "y", "The United Nations believes Pyongyang and North Korea hackers took $2 billion overall.", List.of(usd("$2 billion", 2e9)));
    DedupMention withoutEntity =
        mention("c", "z", "Analysts say the fund raised $2 billion from pension investors last year.", List.of(usd("$2 billion", 2e9)));

    MatchDecision accepted = matcher.decide(a, withEntity);
    MatchDecision rejected = matcher.decide(a, withoutEntity);

    assertTrue(accepted.accepted());
    assertEquals(MatchDecision.QUANTITY_AND_ENTITY, accepted.reason());
    assertTrue(rejected.similarity() >= 0.1);
    assertFalse(rejected.accepted());
    assertEquals(MatchDecision.NO_RULE, rejected.reason());
  }

  @Test
  public void oneSharedCountIsNotEnough() {
    DedupMention a =
        mention("a", "x", "North Korea launched 12 missiles toward Japan this year.", List.of(count("12 missiles", 12, "missile")));
    DedupMention b =
        mention("b", "y", "Officials in Japan say North Korea built 12 new factories.", List.of(count("12 new factories", 12, "factory")));

    MatchDecision d = matcher.decide(a, b);

    assertFalse(d.accepted());
  }

  @Test
  public void sharedPercentWithEntityAccepts() {
    DedupMention a =
        mention("a", "x", "Official data show Turkey's inflation reached 85% in October.", List.of(percent("85%", 85)));
    DedupMention b =
        mention("b", "y", "Annual inflation in Turkey climbed to 85 percent, the statistics office said.", List.of(percent("85 percent", 85)));

    assertTrue(matcher.decide(a, b).accepted());
  }

  @Test
  public void decisionIsSymmetric() {
    DedupMention a =
        mention("a", "x", "North Korea stole $2 billion.", List.of(usd("$2 billion", 2e9)), List.of(date("2019", "2019-01-01", "2019-12-31")));
    DedupMention b =
        mention("b", "y", "North Korea stole $2.3 billion.", List.of(usd("$2.3 billion", 2.3e9)), List.of(date("2017", "2017-01-01", "2017-12-31")));

    assertEquals(matcher.decide(a, b), matcher.decide(b, a));
  }

  @Test(expected = IllegalArgumentException.class)
  public void rulesAreValidated() {
    new MatchRules(1.5, 2, 0.1, 0.1);
  }
}
