package io.claimsift.dedup;

import static io.claimsift.dedup.Fixtures.count;
import static io.claimsift.dedup.Fixtures.date;
import static io.claimsift.dedup.Fixtures.money;
import static io.claimsift.dedup.Fixtures.usd;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.quantities.QuantityMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.Test;

public class DeduplicatorTest {

  private static DedupMention m(String id, String article, String sentence, List<QuantityMention> qs, List<DateMention> ds) {
    // Offsets: where the text really is, 0-based into the sentence.
    List<QuantityMention> placed = new ArrayList<>();
    for (QuantityMention q : qs) {
      int at = sentence.indexOf(q.text());
      assertTrue("quantity text not in sentence: " + q.text(), at >= 0);
      placed.add(new QuantityMention(q.text(), at, at + q.text().length(), q.kind(), q.value(), q.unit(), q.currency(), q.normalizedValue()));
    }
    return new DedupMention(id, article, sentence, placed, ds, 0.8, false);
  }

  static List<DedupMention> northKorea() {
    List<DedupMention> ms = new ArrayList<>();
    ms.add(m("usd2-1", "art1",
        "North Korea is reportedly continuing to intensify its attacks on cryptocurrency exchanges – and may have"
            + " accrued a staggering USD 2 billion from its efforts so far.",
        List.of(usd("USD 2 billion", 2.0e9)), List.of()));
    ms.add(m("usd2-2", "art2",
        "The United Nations now suggest that North Korea has stolen around $2 billion worth of crypto.",
        List.of(usd("$2 billion", 2.0e9)), List.of()));
    ms.add(m("usd2-3", "art3",
        "A confidential United Nations report has revealed that North Korea raked in approximately $2 billion by"
            + " hacking cryptocurrency exchanges as well as mainstream financial institutions, according to Reuters .",
        List.of(usd("$2 billion", 2.0e9)), List.of()));
    ms.add(m("usd2-4", "art4",
        "Earlier this week, news medium Reuters reported that North Korea has raked a staggering $2 billion from"
            + " hacking cryptocurrency exchanges and banking institutions.",
        List.of(usd("$2 billion", 2.0e9)), List.of()));
    ms.add(m("usd2-5", "art5",
        "In a bid to foster its Weapons of Mass Destruction (WMD) program, North Korea has been accused of using"
            + " multiple cyber-attacks to steal an estimated $2 billion from cryptocurrency exchanges and banks.",
        List.of(usd("$2 billion", 2.0e9)), List.of()));

    ms.add(m("n35-1", "art1",
        "...carried out “35 cyber attacks on [conventional] financial institutions and cryptocurrency exchanges in 17"
            + " countries, in the period of December 2015 to May 2019.”",
        List.of(count("35 cyber attacks", 35, "attack"), count("17 countries", 17, "country")),
        List.of(date("December 2015 to May 2019", "2015-12-01", "2019-05-31"))));
    ms.add(m("n35-2", "art3",
        "According to Reuters, experts are now investigating “at least 35 reported instances of DPRK actors attacking"
            + " financial institutions, cryptocurrency exchanges and mining activity designed to earn foreign currency”"
            + " in over 17 separate countries.",
        List.of(count("at least 35 reported instances", 35, "instance"), count("over 17 separate countries", 17, "country")),
        List.of()));
    ms.add(m("n35-3", "art4",
        "Per the experts, there are ‘at least 35 reported instances’ which are being investigated where the"
            + " state-sponsored actors from North Korea were involved in attacking cryptocurrency exchanges and banks in"
            + " about 17 countries.",
        List.of(count("at least 35 reported instances", 35, "instance"), count("about 17 countries", 17, "country")),
        List.of()));
    ms.add(m("n35-4", "art6",
        "At the moment, the experts are currently investigating 35 instances where the DPRK actors have stolen from,"
            + " including various financial institutions and crypto exchanges in 17 countries within Asia.",
        List.of(count("35 instances", 35, "instance"), count("17 countries", 17, "country")),
        List.of()));

    ms.add(m("krw", "art7",
        "...from 2017 to 2019 which amounted to nearly 2.7 trillion won ($2.3 billion).",
        List.of(money("2.7 trillion won", 2.7, 2.7e12, "KRW"), usd("$2.3 billion", 2.3e9)),
        List.of(date("from 2017 to 2019", "2017-01-01", "2019-12-31"))));
    ms.add(m("usd650", "art8",
        "In March this year, it was reported that North Korea had amassed cryptocurrency worth approximately $650"
            + " million mainly through hacking crypto exchanges using the state-sponsored outfit.",
        List.of(usd("$650 million", 6.5e8)), List.of()));
    return ms;
  }

  private static List<String> ids(ClaimCluster c) {
    return c.members().stream().map(DedupMention::mentionId).toList();
  }

  @Test
  public void realShapedNorthKoreaClaims() {
    List<ClaimCluster> cs = Deduplicator.defaults().deduplicate(northKorea());

    assertEquals(4, cs.size());
    List<List<String>> memberIds = cs.stream().map(DeduplicatorTest::ids).toList();
    assertThat(
        memberIds,
        containsInAnyOrder(
            List.of("usd2-1", "usd2-2", "usd2-3", "usd2-4", "usd2-5"),
            List.of("n35-1", "n35-2", "n35-3", "n35-4"),
            List.of("krw"),
            List.of("usd650")));
    ClaimCluster usd2 = cs.stream().filter(c -> c.mentionCount() == 5).findFirst().orElseThrow();
    assertEquals(5, usd2.supportCount());
    ClaimCluster n35 = cs.stream().filter(c -> c.mentionCount() == 4).findFirst().orElseThrow();
    assertEquals(4, n35.supportCount());
  }

  @Test
  public void sameClaimsWhateverTheInputOrder() {
    List<ClaimCluster> expected = Deduplicator.defaults().deduplicate(northKorea());
    List<DedupMention> shuffled = new ArrayList<>(northKorea());
    Collections.shuffle(shuffled, new Random(3));

    assertEquals(expected, Deduplicator.defaults().deduplicate(shuffled));
  }

  @Test
  public void countsBlocksAndCappedBlocks() {
    List<DedupMention> ms = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ms.add(m(String.format("m%02d", i), "a" + i, "Fund " + i + " lost $5 million.", List.of(usd("$5 million", 5e6)), List.of()));
    }
    Deduplicator d =
        new Deduplicator(BlockingKeys.defaults(), new PairGenerator(4, 1), SameClaimMatcher.defaults(),
            new ClusterResolver(), sentence -> io.claimsift.embed.SentenceEmbedder.shared().embed(sentence));

    Deduplicator.Result r = d.run(ms);

    assertTrue(r.screen().cappedBlocks >= 1);
    assertTrue(r.screen().candidatePairs >= 7);
    assertEquals(8, r.clusters().stream().mapToInt(ClaimCluster::mentionCount).sum());
  }
}
