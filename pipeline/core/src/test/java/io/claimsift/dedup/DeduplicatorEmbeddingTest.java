package io.claimsift.dedup;

import static io.claimsift.dedup.Fixtures.mention;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.claimsift.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class DeduplicatorEmbeddingTest {

  @Test
  public void embedsOnlyMentionsOfUndecidedPairsAndOncePerMention() {
    List<String> embedded = new ArrayList<>();
    Deduplicator dedup = new Deduplicator(BlockingKeys.defaults(), PairGenerator.defaults(),
        SameClaimMatcher.defaults(), new ClusterResolver(), sentence -> {
          embedded.add(sentence);
          return SentenceEmbedder.shared().embed(sentence);
        });
    String p1 = "The company said its quarterly profit rose sharply on strong demand for its phones.";
    String p2 = "The company said quarterly profit rose sharply because of strong demand for its phones.";
    String p3 = "Its quarterly profit rose sharply on strong demand for phones, the company said.";
    String alone = "Heavy snow closed schools across the northern valleys on Monday.";
    List<DedupMention> ms = List.of(mention("m1", "a1", p1, List.of()), mention("m2", "a2", p2, List.of()),
        mention("m3", "a3", p3, List.of()), mention("m4", "a4", alone, List.of()));

    Deduplicator.Result r = dedup.run(ms);

    assertEquals(3, embedded.size());
    assertEquals(java.util.Set.of(p1, p2, p3), new java.util.HashSet<>(embedded));
    assertEquals(2, r.clusters().size());
    ClaimCluster merged = r.clusters().stream().filter(c -> c.mentionCount() == 3).findFirst().orElseThrow();
    assertEquals(3, merged.supportCount());
    assertEquals(1.0, r.similarityToRepresentative().get(merged.representative().mentionId()), 0.0);
    assertEquals(1.0, r.similarityToRepresentative().get("m4"), 0.0);
    for (DedupMention m : merged.members()) {
      double s = r.similarityToRepresentative().get(m.mentionId());
      assertTrue(s > 0.8 && s <= 1.0);
      assertEquals(s, Math.round(s * 10000) / 10000.0, 0.0);
    }
  }

  @Test
  public void roundsHalfEvenToFourDecimals() {
    assertEquals(0.1235, Deduplicator.round4(0.12345678), 0.0);
    assertEquals(-0.5, Deduplicator.round4(-0.49999), 0.0);
  }

  @Test
  public void exactDuplicatesMergeWithoutEmbeddingAndBorrowTheLeadsSimilarity() {
    List<String> embedded = new ArrayList<>();
    Deduplicator dedup = new Deduplicator(BlockingKeys.defaults(), PairGenerator.defaults(),
        SameClaimMatcher.defaults(), new ClusterResolver(), sentence -> {
          embedded.add(sentence);
          return SentenceEmbedder.shared().embed(sentence);
        });
    String wire = "The central bank kept its main interest rate unchanged for a third meeting in a row.";
    List<DedupMention> ms = List.of(mention("w1", "a1", wire, List.of()),
        mention("w2", "a2", wire + "  ", List.of()), mention("w3", "a3", wire, List.of()));

    Deduplicator.Result r = dedup.run(ms);

    assertEquals(List.of(), embedded);
    assertEquals(1, r.clusters().size());
    assertEquals(3, r.clusters().get(0).supportCount());
    assertEquals(0, r.acceptedEdges());
    for (DedupMention m : ms) {
      assertEquals(1.0, r.similarityToRepresentative().get(m.mentionId()), 0.0);
    }
  }

  @Test
  public void theSameSentenceWithDifferentlyResolvedDatesIsNotAnExactDuplicate() {
    String sentence = "Prices rose 3% last week, the ministry said.";
    DedupMention march = new DedupMention("d1", "a1", sentence, List.of(),
        List.of(Fixtures.date("last week", "2024-03-04", "2024-03-10")), 0.8, false);
    DedupMention june = new DedupMention("d2", "a2", sentence, List.of(),
        List.of(Fixtures.date("last week", "2024-06-03", "2024-06-09")), 0.8, false);

    Deduplicator.ExactGroups groups = Deduplicator.collapseExact(List.of(march, june));

    assertEquals(2, groups.leads().size());
    assertEquals(0, groups.duplicates().size());
  }
}
