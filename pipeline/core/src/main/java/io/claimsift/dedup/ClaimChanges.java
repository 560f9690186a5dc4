package io.claimsift.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the claim membership of two releases: what became of each claim (see the schema of
 * claim_changes and docs/incremental.md for the change names).
 */
public final class ClaimChanges {
  private ClaimChanges() {}

  /** One row of claim_changes. */
  public record Change(String claimId, String change, List<String> previousClaimIds, List<String> claimIds,
      int mentionCount, int previousMentionCount) {}

  /**
   * @param previousClaimOf previous release: mention_id to claim_id (empty without --previous)
   * @param claimOf this release: mention_id to its published claim_id
   * @return the rows, ordered by claim id
   */
  public static List<Change> compare(Map<String, String> previousClaimOf, Map<String, String> claimOf) {
    SortedMap<String, SortedSet<String>> previousMembers = members(previousClaimOf);
    SortedMap<String, SortedSet<String>> members = members(claimOf);
    List<Change> rows = new ArrayList<>();
    for (Map.Entry<String, SortedSet<String>> claim : members.entrySet()) {
      SortedSet<String> previous = new TreeSet<>();
      claim.getValue().forEach(m -> {
        if (previousClaimOf.containsKey(m)) {
          previous.add(previousClaimOf.get(m));
        }
      });
      int previousMentions = previous.stream().mapToInt(p -> previousMembers.get(p).size()).sum();
      rows.add(new Change(claim.getKey(), change(claim.getKey(), claim.getValue(), previous, previousMembers, claimOf),
          List.copyOf(previous), List.copyOf(holders(previous, previousMembers, claimOf)), claim.getValue().size(),
          previousMentions));
    }
    for (Map.Entry<String, SortedSet<String>> old : previousMembers.entrySet()) {
      if (members.containsKey(old.getKey())) {
        continue; // inherited: the row above tells its story
      }
      SortedSet<String> holders = holders(Set.of(old.getKey()), previousMembers, claimOf);
      String change = holders.isEmpty() ? "retired" : holders.size() == 1 ? "merged" : "split";
      rows.add(new Change(old.getKey(), change, List.of(old.getKey()), List.copyOf(holders), 0, old.getValue().size()));
    }
    rows.sort(java.util.Comparator.comparing(Change::claimId).thenComparing(Change::change));
    return rows;
  }

  /** The change of a claim of this release, told from the previous claim whose id it carries. */
  private static String change(String claimId, Set<String> mentions, Set<String> previous,
      Map<String, SortedSet<String>> previousMembers, Map<String, String> claimOf) {
    Set<String> before = previousMembers.get(claimId);
    if (before == null) {
      // a claim under a new id: wholly new, or a piece of previous claims whose ids went elsewhere
      return previous.isEmpty() ? "new" : "split";
    }
    if (holders(Set.of(claimId), previousMembers, claimOf).size() > 1) {
      return "split";
    }
    if (mentions.equals(before)) {
      return "unchanged";
    }
    return mentions.containsAll(before) ? "grown" : "shrunk";
  }

  /** The claims of this release that hold a mention of any of the previous claims. */
  private static SortedSet<String> holders(Set<String> previous, Map<String, SortedSet<String>> previousMembers,
      Map<String, String> claimOf) {
    SortedSet<String> holders = new TreeSet<>();
    for (String p : previous) {
      for (String mention : previousMembers.get(p)) {
        String now = claimOf.get(mention);
        if (now != null) {
          holders.add(now);
        }
      }
    }
    return holders;
  }

  private static SortedMap<String, SortedSet<String>> members(Map<String, String> claimOf) {
    SortedMap<String, SortedSet<String>> members = new TreeMap<>();
    claimOf.forEach((mention, claim) -> members.computeIfAbsent(claim, k -> new TreeSet<>()).add(mention));
    return members;
  }
}
