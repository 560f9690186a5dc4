package io.claimsift.dedup;

import static io.claimsift.dedup.Fixtures.count;
import static io.claimsift.dedup.Fixtures.mention;
import static io.claimsift.dedup.Fixtures.number;
import static io.claimsift.dedup.Fixtures.usd;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.claimsift.embed.SentenceEmbedder;
import java.util.List;
import org.junit.Test;

public class SameClaimMatcherTest {
  private final SameClaimMatcher matcher = SameClaimMatcher.defaults();

  private static MentionSignals signals(String id, String sentence, List<io.claimsift.claims.quantities.QuantityMention> qs) {
    return MentionSignals.of(mention(id, "art-" + id, sentence, qs));
  }

  @Test
  public void differentAmountsAreVetoedWhateverTheWording() {
    MentionSignals a = signals("a", "North Korea stole $2 billion from crypto exchanges.", List.of(usd("$2 billion", 2e9)));
    MentionSignals b = signals("b", "North Korea stole $2.3 billion from crypto exchanges.", List.of(usd("$2.3 billion", 2.3e9)));

    assertEquals(PairScreen.VETO, matcher.screen(a, b));
  }

  @Test
  public void unrelatedSentencesAreRejectedWithoutEmbeddings() {
    MentionSignals a = signals("a", "The central bank raised interest rates on Tuesday.", List.of());
    MentionSignals b = signals("b", "Heavy snow closed schools across the northern valleys.", List.of());

    assertEquals(PairScreen.TOO_DIFFERENT, matcher.screen(a, b));
  }

  @Test
  public void sharedFiguresAreEvidenceOnlyWhenTheyAreMostOfTheFigures() {
    MentionSignals attacks = signals("a", "Experts count 35 attacks in 17 countries.",
        List.of(count("35 attacks", 35, "attack"), count("17 countries", 17, "country")));
    MentionSignals instances = signals("b", "Investigators list 35 instances across 17 countries.",
        List.of(count("35 instances", 35, "instance"), count("17 countries", 17, "country")));
    MentionSignals pirates = signals("c", "They seized 12 Somali and 11 Yemeni pirates on two boats.",
        List.of(number("12", 12), number("11", 11), count("two boats", 2, "boat")));
    MentionSignals arms = signals("d", "Six rifles, 12 magazines and 300 rounds were seized from two boats.",
        List.of(number("Six", 6), count("12 magazines", 12, "magazine"), count("300 rounds", 300, "round"),
            count("two boats", 2, "boat")));

    assertTrue(SameClaimMatcher.Rules.quantityEvidence(attacks, instances));
    assertFalse(SameClaimMatcher.Rules.quantityEvidence(pirates, arms));
  }

  @Test
  public void paraphraseIsTheSameClaimAndADifferentFactIsNot() {
    String s1 = "The company said its quarterly profit rose sharply on strong demand for its phones.";
    String s2 = "The company said quarterly profit rose sharply because of strong demand for its phones.";
    String s3 = "The company said it would cut jobs at its factories in Europe next year.";
    MentionSignals a = signals("a", s1, List.of());
    MentionSignals b = signals("b", s2, List.of());
    MentionSignals c = signals("c", s3, List.of());
    SentenceEmbedder e = SentenceEmbedder.shared();

    assertTrue(matcher.same(a, b, e.embed(s1), e.embed(s2)));
    assertFalse(matcher.same(a, c, e.embed(s1), e.embed(s3)));
  }
}
