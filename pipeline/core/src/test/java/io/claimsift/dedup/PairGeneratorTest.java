package io.claimsift.dedup;

import static io.claimsift.dedup.Fixtures.mention;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class PairGeneratorTest {

  private static List<DedupMention> block(int n) {
    List<DedupMention> out = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) { // reverse order on purpose
      out.add(mention(String.format("m%03d", i), "a", "s" + i, List.of()));
    }
    return out;
  }

  @Test
  public void smallBlockGivesAllOrderedPairsOnce() {
    List<DedupMention> b = block(4);
    b.add(b.get(0)); // the same mention twice

    BlockPairs p = PairGenerator.defaults().pairs(b);

    assertFalse(p.capped());
    assertEquals(4, p.blockSize());
    assertEquals(6, p.pairs().size());
    Set<String> seen = new HashSet<>();
    for (MentionPair pair : p.pairs()) {
      assertTrue(pair.a().mentionId().compareTo(pair.b().mentionId()) < 0);
      assertTrue(seen.add(pair.a().mentionId() + "|" + pair.b().mentionId()));
    }
    assertEquals("m000", p.pairs().get(0).a().mentionId());
    assertEquals("m001", p.pairs().get(0).b().mentionId());
  }

  @Test
  public void blockAtTheCapIsNotCapped() {
    BlockPairs p = new PairGenerator(5, 2).pairs(block(5));

    assertFalse(p.capped());
    assertEquals(10, p.pairs().size());
  }

  @Test
  public void giantBlockIsCappedToNeighbours() {
    BlockPairs p = new PairGenerator(5, 2).pairs(block(6));

    assertTrue(p.capped());
    // m0:{1,2} m1:{2,3} m2:{3,4} m3:{4,5} m4:{5} = 9 pairs
    assertEquals(9, p.pairs().size());
    for (MentionPair pair : p.pairs()) {
      int a = Integer.parseInt(pair.a().mentionId().substring(1));
      int b = Integer.parseInt(pair.b().mentionId().substring(1));
      assertTrue(b - a >= 1 && b - a <= 2);
    }
  }

  @Test
  public void defaultCapIs200Mentions50Neighbours() {
    BlockPairs p = PairGenerator.defaults().pairs(block(201));

    assertTrue(p.capped());
    // 201 mentions: the first 151 get 50 pairs each, then 49, 48, ..., 0.
    assertEquals(151 * 50 + 49 * 50 / 2, p.pairs().size());
  }

  @Test(expected = IllegalArgumentException.class)
  public void twoDifferentMentionsWithOneIdAreRejected() {
    PairGenerator.defaults()
        .pairs(List.of(mention("m1", "a", "one", List.of()), mention("m1", "b", "two", List.of())));
  }
}
