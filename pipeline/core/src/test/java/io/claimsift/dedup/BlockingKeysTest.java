package io.claimsift.dedup;

import static io.claimsift.dedup.Fixtures.count;
import static io.claimsift.dedup.Fixtures.mention;
import static io.claimsift.dedup.Fixtures.percent;
import static io.claimsift.dedup.Fixtures.usd;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.empty;
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

public class BlockingKeysTest {
  private final BlockingKeys keys = BlockingKeys.defaults();

  @Test
  public void equalQuantityGivesSharedKey() {
    DedupMention a = mention("a", "x", "Hackers stole $2 billion.", List.of(usd("$2 billion", 2e9)));
    DedupMention b =
        mention("b", "y", "A report says USD 2bn went missing from banks.", List.of(usd("USD 2bn", 2e9)));

    assertThat(keys.keysFor(a), hasItem("q:money:USD:2.0E9"));
    assertThat(keys.keysFor(b), hasItem("q:money:USD:2.0E9"));
  }

  @Test
  public void percentAndCountKeys() {
    DedupMention m =
        mention("a", "x", "Prices rose 12% in 35 cities.", List.of(percent("12%", 12), count("35 cities", 35, "city")));

    assertThat(keys.keysFor(m), hasItems("q:pct:12.0", "q:num:35.0"));
  }

  @Test
  public void keysAreSortedDistinctWithOneBandKeyPerBand() {
    DedupMention m =
        mention("a", "x", "North Korea stole $2 billion and $2 billion again.", List.of(usd("$2 billion", 2e9)));

    List<String> k = keys.keysFor(m);
    List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(k));
    assertEquals(sorted, k);
    long bandKeys = k.stream().filter(s -> s.startsWith("b")).count();
    assertEquals(20, bandKeys);
    assertThat(k.get(0), startsWith("b00:"));
    assertEquals("b00:".length() + 16, k.get(0).length());
  }

  @Test
  public void nearIdenticalSentencesShareABandKey() {
    DedupMention a =
        mention("a", "x", "United Nations experts are investigating attacks on cryptocurrency exchanges in Asia.", List.of());
    DedupMention b =
        mention("b", "y", "UN experts are investigating attacks on cryptocurrency exchanges in Asia.", List.of());

    Set<String> shared = new HashSet<>(keys.keysFor(a));
    shared.retainAll(keys.keysFor(b));

    assertFalse(shared.isEmpty());
  }

  @Test
  public void unrelatedSentencesShareNoBandKey() {
    DedupMention a = mention("a", "x", "Central bank raises interest rates amid inflation worries.", List.of());
    DedupMention b = mention("b", "y", "Football club signs young striker from rival team.", List.of());

    Set<String> shared = new HashSet<>(keys.keysFor(a));
    shared.retainAll(keys.keysFor(b));

    assertThat(shared, empty());
  }

  @Test
  public void deterministicAndIndependentOfInputOrder() {
    List<DedupMention> ms = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ms.add(mention("m" + i, "a" + i, "Sentence number " + i + " about exchange hacks and banks.", List.of()));
    }
    List<List<String>> first = new ArrayList<>();
    for (DedupMention m : ms) {
      first.add(BlockingKeys.defaults().keysFor(m));
    }
    List<DedupMention> shuffled = new ArrayList<>(ms);
    Collections.shuffle(shuffled, new Random(42));

    for (DedupMention m : shuffled) {
      int i = Integer.parseInt(m.mentionId().substring(1));
      assertEquals(first.get(i), new BlockingKeys(20, 3, 1).keysFor(m));
    }
  }

  @Test
  public void keysAreStableAcrossJvms() {
    // Pinned values: any change to hashing, seeds or normalisation changes them (and would
    // re-block a running pipeline).
    List<String> k = keys.keysFor(mention("a", "x", "Hackers stole crypto.", List.of()));

    assertEquals(PINNED_FIRST_KEY, k.get(0));
  }

  // Computed once with this implementation; see keysAreStableAcrossJvms.
  static final String PINNED_FIRST_KEY = "b00:be510e8faf6ed23d";

  @Test
  public void shinglesFallBackToUnigramsForShortSentences() {
    BlockingKeys bigrams = new BlockingKeys(20, 3, 2);

    // 3 tokens < 2k = 4: unigrams, so the same keys as the unigram configuration.
    assertEquals(keys.bandKeys(List.of("hacker", "stole", "crypto")), bigrams.bandKeys(List.of("hacker", "stole", "crypto")));
    List<String> longer = List.of("hacker", "stole", "crypto", "from", "exchange");
    assertTrue(!keys.bandKeys(longer).equals(bigrams.bandKeys(longer)));
  }

  @Test
  public void noTokensNoQuantitiesNoKeys() {
    assertThat(keys.keysFor(mention("a", "x", "It was the.", List.of())), hasSize(0));
  }

  @Test(expected = IllegalArgumentException.class)
  public void rejectsBadConfig() {
    new BlockingKeys(0, 3, 1);
  }
}
