package io.claimsift.dedup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

public class PairSetTest {

  @Test
  public void tellsOrderedPairsApart() {
    PairSet set = new PairSet();

    assertTrue(set.add(1, 2));
    assertTrue(set.add(2, 1));
    assertTrue(set.add(0, 0));
    assertFalse(set.add(1, 2));
    assertEquals(3, set.size());
  }

  @Test
  public void agreesWithAHashSetOverManyRandomPairs() {
    Random random = new Random(11);
    PairSet set = new PairSet();
    Set<String> reference = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      int a = random.nextInt(1_000);
      int b = random.nextInt(Integer.MAX_VALUE);
      b = random.nextBoolean() ? b % 1_000 : b;

      assertEquals(reference.add(a + "," + b), set.add(a, b));
    }
    assertEquals(reference.size(), set.size());
  }

  @Test
  public void undecidedPairsComeInTheOrderOfTheirJoinedIds() {
    // "ab\\0z" sorts before "abc\\0abd": a first id that is a prefix of the other comes first
    List<MentionPair> pairs = new ArrayList<>(List.of(
        pair("abc", "abd"), pair("ab", "z"), pair("ab", "y"), pair("b", "c"), pair("ab", "yy")));
    List<String> expected = new ArrayList<>();
    pairs.forEach(p -> expected.add(p.a().mentionId() + '\u0000' + p.b().mentionId()));
    expected.sort(null);

    pairs.sort(Deduplicator::compareIds);

    List<String> actual = new ArrayList<>();
    pairs.forEach(p -> actual.add(p.a().mentionId() + '\u0000' + p.b().mentionId()));
    assertEquals(expected, actual);
  }

  private static MentionPair pair(String a, String b) {
    return new MentionPair(mention(a), mention(b));
  }

  private static DedupMention mention(String id) {
    return new DedupMention(id, "article", "A sentence.", List.of(), List.of(), 0.5, false);
  }
}
