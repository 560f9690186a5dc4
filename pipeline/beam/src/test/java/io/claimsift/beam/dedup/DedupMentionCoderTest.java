package io.claimsift.beam.dedup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.dates.Granularity;
import io.claimsift.claims.quantities.QuantityKind;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.MentionSignals;
import io.claimsift.dedup.SameClaimMatcher;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.Test;

public class DedupMentionCoderTest {
  private static final String SENTENCE = "Exports fell about 5% to $2-3 billion since 2020, “officials” said.";

  @Test
  public void aMentionWithRangesBoundsAndOpenDatesSurvivesEncoding() throws Exception {
    QuantityMention percent = new QuantityMention("5%", 19, 21, QuantityKind.PERCENT, 5.0, "percent", null, 5.0)
        .withQualifiers("~", "down");
    QuantityMention range = new QuantityMention("$2-3 billion", 25, 37, QuantityKind.MONEY, 2.0, "USD", "USD", 2e9,
        2e9, 3e9);
    DateMention open = new DateMention("since 2020", 38, 48, LocalDate.of(2020, 1, 1), null, Granularity.YEAR);
    DateMention until = new DateMention("until May 2019", 0, 14, null, LocalDate.of(2019, 5, 31), Granularity.MONTH);
    DedupMention mention = new DedupMention("m-1", "a-1", SENTENCE, List.of(percent, range), List.of(open, until),
        0.8125, true);

    CoderProperties.coderDecodeEncodeEqual(DedupMentionCoder.of(), mention);
    assertEquals(mention, DedupMentionCoder.fromBytes(DedupMentionCoder.toBytes(mention)));
  }

  @Test
  public void aMentionWithoutQuantitiesOrDatesSurvivesEncoding() throws Exception {
    DedupMention plain = new DedupMention("m-2", "a-2", "Nothing to count here.", List.of(), List.of(), 0.5, false);

    CoderProperties.coderDecodeEncodeEqual(DedupMentionCoder.of(), plain);
  }

  @Test
  public void carriedTokensGiveTheSignalsAndScreenVerdictsOfFreshOnes() {
    List<DedupMention> mentions = List.of(
        new DedupMention("m-1", "a-1", "The UN's World Food Programme said exports fell 5% to $2 billion in 2020.",
            List.of(new QuantityMention("5%", 46, 48, QuantityKind.PERCENT, 5.0, "percent", null, 5.0),
                new QuantityMention("$2 billion", 52, 62, QuantityKind.MONEY, 2.0, "USD", "USD", 2e9)),
            List.of(new DateMention("2020", 66, 70, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                Granularity.YEAR)), 0.9, false),
        new DedupMention("m-2", "a-2", "Exports fell by 5 percent to USD 2bn in 2020, the World Food Programme said.",
            List.of(new QuantityMention("5 percent", 16, 25, QuantityKind.PERCENT, 5.0, "percent", null, 5.0),
                new QuantityMention("USD 2bn", 29, 36, QuantityKind.MONEY, 2.0, "USD", "USD", 2e9)),
            List.of(), 0.8, true),
        new DedupMention("m-3", "a-3", "Nothing to count here, says Ms. O’Neill’s office.", List.of(), List.of(), 0.5,
            false));
    SameClaimMatcher matcher = SameClaimMatcher.defaults();
    for (DedupMention a : mentions) {
      MentionSignals fresh = MentionSignals.of(a);
      MentionSignals carried = DedupMentionCoder.signalsFromBytes(DedupMentionCoder.signalsToBytes(fresh));
      assertEquals(a, carried.mention());
      assertEquals(a.mentionId(), DedupMentionCoder.mentionIdOf(DedupMentionCoder.signalsToBytes(fresh)));
      assertEquals(fresh.contentTokens(), carried.contentTokens());
      assertEquals(fresh.features().tokens(), carried.features().tokens());
      assertEquals(fresh.features().entities(), carried.features().entities());
      assertEquals(fresh.features().profile().values(), carried.features().profile().values());
      assertEquals(fresh.bigrams(), carried.bigrams());
      for (DedupMention b : mentions) {
        MentionSignals other = MentionSignals.of(b);
        assertEquals(matcher.screen(fresh, other), matcher.screen(carried, other));
        assertEquals(fresh.charGramJaccard(other), carried.charGramJaccard(other), 0.0);
      }
    }
    assertTrue(MentionSignals.of(mentions.get(0)).features().entities().size() > 0);
  }
}
