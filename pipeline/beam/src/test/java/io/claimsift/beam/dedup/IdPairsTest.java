package io.claimsift.beam.dedup;

import io.claimsift.dedup.IdNumbers;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class IdPairsTest {

  @Test
  public void givesBackThePairsInTheOrderAddedWithNamesSharedBetweenLists() {
    IdNumbers names = new IdNumbers();
    IdPairs pairs = new IdPairs(names);
    IdPairs duplicates = new IdPairs(names);
    pairs.add(new MentionIdPair("b", "a"));
    duplicates.add(new MentionIdPair("a", "c"));
    pairs.add(new MentionIdPair("c", "b"));

    List<String[]> read = new ArrayList<>(pairs);

    assertEquals(2, pairs.size());
    assertArrayEquals(new String[] {"b", "a"}, read.get(0));
    assertArrayEquals(new String[] {"c", "b"}, read.get(1));
    assertArrayEquals(new String[] {"a", "c"}, duplicates.iterator().next());
  }

  @Test
  public void holdsMorePairsThanOneChunk() {
    IdPairs pairs = new IdPairs(new IdNumbers());
    for (int i = 0; i < 70_000; i++) {
      pairs.add(new MentionIdPair("m" + i, "m" + (i + 1)));
    }

    int i = 0;
    for (String[] pair : pairs) {
      assertArrayEquals(new String[] {"m" + i, "m" + (i + 1)}, pair);
      i++;
    }
    assertEquals(70_000, i);
  }
}
