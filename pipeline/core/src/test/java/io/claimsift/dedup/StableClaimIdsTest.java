package io.claimsift.dedup;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class StableClaimIdsTest {
  @Test
  public void aGrownClaimKeepsItsPreviousId() {
    Map<String, String> ids = StableClaimIds.assign(Map.of("m1", "old", "m2", "old"),
        Map.of("m1", "fresh", "m2", "fresh", "m3", "fresh"));
    assertEquals(Map.of("fresh", "old"), ids);
  }

  @Test
  public void theMostSharedWinsTiesGoToTheSmallestIdAndEachIdIsInheritedOnce() {
    Map<String, String> ids = StableClaimIds.assign(
        Map.of("m1", "p2", "m2", "p2", "m3", "p1", "m4", "p3"),
        Map.of("m1", "a", "m2", "a", "m3", "a", "m4", "b", "m5", "c"));
    assertEquals(Map.of("a", "p2", "b", "p3", "c", "c"), ids);
    Map<String, String> tie = StableClaimIds.assign(Map.of("m1", "p2", "m2", "p1"), Map.of("m1", "a", "m2", "a"));
    assertEquals(Map.of("a", "p1"), tie);
    Map<String, String> split = StableClaimIds.assign(Map.of("m1", "p", "m2", "p"), Map.of("m1", "a", "m2", "b"));
    assertEquals(Map.of("a", "p", "b", "b"), split);
  }

  @Test
  public void aKeptContentIdNeverCollidesWithAnInheritedOne() {
    Map<String, String> ids = StableClaimIds.assign(Map.of("m1", "x"), Map.of("m1", "a", "m2", "x"));
    assertEquals(Map.of("a", "x", "x", "x-2"), ids);
  }

  @Test
  public void changesNameWhatBecameOfEachClaim() {
    // p grows, q absorbs r (r: merged), s splits into s and u, t is unchanged, v loses a mention, n is new
    List<ClaimChanges.Change> rows = ClaimChanges.compare(
        Map.of("m1", "p", "m2", "q", "m3", "r", "m4", "s", "m5", "s", "m6", "t", "m8", "v", "m10", "v"),
        Map.of("m1", "p", "m9", "p", "m2", "q", "m3", "q", "m4", "s", "m5", "u", "m6", "t", "m7", "n", "m8", "v"));
    assertEquals(List.of("n:new", "p:grown", "q:grown", "r:merged", "s:split", "t:unchanged", "u:split", "v:shrunk"),
        rows.stream().map(r -> r.claimId() + ":" + r.change()).toList());
    List<ClaimChanges.Change> retired = ClaimChanges.compare(Map.of("m1", "p"), Map.of("m2", "n"));
    assertEquals("p:retired", retired.get(1).claimId() + ":" + retired.get(1).change());
  }
}
