package io.claimsift.dedup;

import static io.claimsift.dedup.Fixtures.mention;
import static io.claimsift.dedup.Fixtures.usd;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

public class ClusterResolverTest {

  private static DedupMention m(String id, String article, double score, boolean hedged, String sentence) {
    return new DedupMention(id, article, sentence, List.of(), List.of(), score, hedged);
  }

  private static List<String> ids(ClaimCluster c) {
    return c.members().stream().map(DedupMention::mentionId).toList();
  }

  private static ClaimCluster clusterOf(List<ClaimCluster> cs, String id) {
    return cs.stream().filter(c -> ids(c).contains(id)).findFirst().orElseThrow();
  }

  @Test
  public void chainingGuardKeepsConflictingEndsApart() {
    // B has no numbers, so it conflicts with nobody; it is also the best representative.
    DedupMention a = new DedupMention("A", "x", "North Korea stole $2 billion.", List.of(usd("$2 billion", 2e9)), List.of(), 0.5, false);
    DedupMention b = new DedupMention("B", "y", "North Korea stole.", List.of(), List.of(), 0.9, false);
    DedupMention c = new DedupMention("C", "z", "North Korea stole $2.3 billion.", List.of(usd("$2.3 billion", 2.3e9)), List.of(), 0.5, false);

    List<ClaimCluster> cs =
        new ClusterResolver().resolve(List.of(a, b, c), List.of(new Edge("A", "B", 0.6), new Edge("B", "C", 0.7)));

    assertEquals(2, cs.size());
    assertFalse(clusterOf(cs, "A") == clusterOf(cs, "C"));
    // B-C has the higher similarity, so it is applied first.
    assertThat(ids(clusterOf(cs, "C")), contains("B", "C"));
    assertThat(ids(clusterOf(cs, "A")), contains("A"));
  }

  @Test
  public void representativeOnlyGuardLetsANumberFreeRepresentativeChain() {
    DedupMention a = new DedupMention("A", "x", "North Korea stole $2 billion.", List.of(usd("$2 billion", 2e9)), List.of(), 0.5, false);
    DedupMention b = new DedupMention("B", "y", "North Korea stole.", List.of(), List.of(), 0.9, false);
    DedupMention c = new DedupMention("C", "z", "North Korea stole $2.3 billion.", List.of(usd("$2.3 billion", 2.3e9)), List.of(), 0.5, false);

    List<ClaimCluster> cs =
        new ClusterResolver(ClusterResolver.Guard.REPRESENTATIVES)
            .resolve(List.of(a, b, c), List.of(new Edge("A", "B", 0.6), new Edge("B", "C", 0.7)));

    // Documents why ALL_MEMBERS is the default.
    assertEquals(1, cs.size());
  }

  @Test
  public void representativeGuardStillBlocksWhenTheRepresentativeConflicts() {
    DedupMention a = new DedupMention("A", "x", "North Korea stole $2 billion.", List.of(usd("$2 billion", 2e9)), List.of(), 0.9, false);
    DedupMention b = new DedupMention("B", "y", "North Korea stole.", List.of(), List.of(), 0.1, false);
    DedupMention c = new DedupMention("C", "z", "North Korea stole $2.3 billion.", List.of(usd("$2.3 billion", 2.3e9)), List.of(), 0.5, false);

    List<ClaimCluster> cs =
        new ClusterResolver(ClusterResolver.Guard.REPRESENTATIVES)
            .resolve(List.of(a, b, c), List.of(new Edge("A", "B", 0.7), new Edge("B", "C", 0.6)));

    assertEquals(2, cs.size());
  }

  @Test
  public void everyMentionEndsInExactlyOneCluster() {
    List<DedupMention> ms = List.of(m("1", "a", 0.5, false, "x"), m("2", "b", 0.5, false, "y"), m("3", "c", 0.5, false, "z"));

    List<ClaimCluster> cs = new ClusterResolver().resolve(ms, List.of(new Edge("2", "1", 0.9)));

    assertEquals(2, cs.size());
    Set<String> seen = new HashSet<>();
    int total = 0;
    for (ClaimCluster c : cs) {
      for (String id : ids(c)) {
        assertTrue(seen.add(id));
        total++;
      }
    }
    assertEquals(3, total);
    assertThat(ids(clusterOf(cs, "1")), contains("1", "2"));
  }

  @Test
  public void representativeOrder() {
    DedupMention lowScore = m("a", "x", 0.4, false, "s");
    DedupMention hedged = m("b", "x", 0.9, true, "s");
    DedupMention longer = m("c", "x", 0.9, false, "a much longer sentence");
    DedupMention shortB = m("e", "x", 0.9, false, "short");
    DedupMention shortA = m("d", "x", 0.9, false, "short");

    List<DedupMention> sorted = new ArrayList<>(List.of(lowScore, hedged, longer, shortB, shortA));
    sorted.sort(ClusterResolver.REPRESENTATIVE_ORDER);

    assertThat(sorted, contains(shortA, shortB, longer, lowScore, hedged));
  }

  @Test
  public void nanScoreRanksLast() {
    DedupMention nan = m("a", "x", Double.NaN, false, "s");
    DedupMention zero = m("b", "x", 0.0, false, "s");

    assertTrue(ClusterResolver.REPRESENTATIVE_ORDER.compare(zero, nan) < 0);
  }

  @Test
  public void clusterFieldsAndClaimId() {
    DedupMention rep = m("m1", "art2", 0.9, false, "short");
    DedupMention other = m("m0", "art1", 0.5, false, "a longer one");
    DedupMention sameArticle = m("m2", "art2", 0.5, false, "another one");

    List<ClaimCluster> cs =
        new ClusterResolver()
            .resolve(List.of(rep, other, sameArticle), List.of(new Edge("m0", "m1", 0.8), new Edge("m1", "m2", 0.8)));

    assertEquals(1, cs.size());
    ClaimCluster c = cs.get(0);
    assertEquals(rep, c.representative());
    // echo -n "claim:m1" | sha256sum -> 67c172e1cb8d5ca2a94c924c...
    assertEquals("67c172e1cb8d5ca2a94c924c", c.claimId());
    assertThat(ids(c), contains("m0", "m1", "m2"));
    assertThat(c.articleIds(), contains("art1", "art2"));
    assertEquals(2, c.supportCount());
    assertEquals(3, c.mentionCount());
  }

  @Test
  public void orderIndependence() {
    List<DedupMention> ms = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 60; i++) {
      double value = (i % 3 == 0) ? 1e9 : (i % 3 == 1) ? 2e9 : -1;
      ms.add(
          new DedupMention(
              "m" + i, "a" + (i % 11), "sentence " + i,
              value < 0 ? List.of() : List.of(usd("$" + value, value)), List.of(),
              (i % 5) / 5.0, i % 2 == 0));
    }
    for (int k = 0; k < 120; k++) {
      int x = r.nextInt(60);
      int y = r.nextInt(60);
      if (x != y) {
        // Few distinct similarities, so that ties are broken by ids.
        edges.add(new Edge("m" + x, "m" + y, r.nextInt(3) / 2.0));
      }
    }
    List<ClaimCluster> expected = new ClusterResolver().resolve(ms, edges);

    for (long seed = 1; seed <= 5; seed++) {
      List<DedupMention> ms2 = new ArrayList<>(ms);
      List<Edge> e2 = new ArrayList<>();
      for (Edge e : edges) {
        e2.add(seed % 2 == 0 ? new Edge(e.b(), e.a(), e.similarity()) : e); // swapped ends too
      }
      Collections.shuffle(ms2, new Random(seed));
      Collections.shuffle(e2, new Random(seed * 31));

      assertEquals(expected, new ClusterResolver().resolve(ms2, e2));
    }
    // And no cluster holds two conflicting values.
    for (ClaimCluster c : expected) {
      for (DedupMention x : c.members()) {
        for (DedupMention y : c.members()) {
          assertFalse(QuantityAgreement.conflicts(x, y));
        }
      }
    }
  }

  @Test
  public void edgeNormalisesItsEnds() {
    Edge e = new Edge("b", "a", 0.5);

    assertEquals("a", e.a());
    assertEquals("b", e.b());
  }

  @Test(expected = IllegalArgumentException.class)
  public void edgeToUnknownMentionIsAnError() {
    new ClusterResolver().resolve(List.of(m("1", "a", 0.5, false, "x")), List.of(new Edge("1", "2", 0.9)));
  }

  @Test
  public void representativeGuardKeepsChainedClustersApart() {
    DedupMention a = m("A", "a1", 0.9, false, "alpha");
    DedupMention b = m("B", "a2", 0.5, false, "beta");
    DedupMention c = m("C", "a3", 0.4, false, "gamma");

    List<ClaimCluster> cs = new ClusterResolver().resolve(List.of(a, b, c),
        List.of(new Edge("A", "B", 0.9), new Edge("B", "C", 0.8)),
        (x, y) -> !(Set.of(x.mentionId(), y.mentionId()).equals(Set.of("A", "C"))));

    assertEquals(2, cs.size());
    assertTrue(cs.stream().anyMatch(cl -> cl.members().equals(List.of(c))));
  }
}
