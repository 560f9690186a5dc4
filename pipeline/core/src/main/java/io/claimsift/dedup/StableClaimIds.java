package io.claimsift.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Gives the claims of a continuing release the ids of the previous release's claims.
 *
 * <p>The rule: new claims are taken in the order of their content-derived ids; each inherits the id
 * of the previous claim with which it shares the most mentions (by mention_id), ties going to the
 * smallest previous id, among the previous ids not yet inherited; a claim that shares no mention
 * with a still-free previous claim keeps its content-derived id. Each previous id is inherited at
 * most once. The result depends only on the two memberships, never on input order.
 */
public final class StableClaimIds {
  private StableClaimIds() {}

  /**
   * @param previousClaimOf previous release: mention_id to claim_id
   * @param newClaimOf this release, before the rule: mention_id to content-derived claim_id
   * @return content-derived claim_id to the id the claim is published under
   */
  public static SortedMap<String, String> assign(Map<String, String> previousClaimOf, Map<String, String> newClaimOf) {
    SortedMap<String, List<String>> membersOf = new TreeMap<>();
    newClaimOf.forEach((mention, claim) -> membersOf.computeIfAbsent(claim, k -> new ArrayList<>()).add(mention));
    Map<String, String> inheritedFrom = new HashMap<>();
    Set<String> taken = new HashSet<>();
    SortedMap<String, String> stable = new TreeMap<>();
    for (Map.Entry<String, List<String>> claim : membersOf.entrySet()) {
      SortedMap<String, Integer> shared = new TreeMap<>();
      for (String mention : claim.getValue()) {
        String previous = previousClaimOf.get(mention);
        if (previous != null && !taken.contains(previous)) {
          shared.merge(previous, 1, Integer::sum);
        }
      }
      String best = null;
      for (Map.Entry<String, Integer> candidate : shared.entrySet()) { // ascending id: ties keep the smallest
        if (best == null || candidate.getValue() > shared.get(best)) {
          best = candidate.getKey();
        }
      }
      stable.put(claim.getKey(), best == null ? claim.getKey() : best);
      if (best != null) {
        taken.add(best);
        inheritedFrom.put(claim.getKey(), best);
      }
    }
    // a kept content-derived id can equal a previous id that another claim inherited (that
    // claim's old representative now sits in a different cluster); the keeper then takes "-2"
    for (Map.Entry<String, String> entry : stable.entrySet()) {
      if (entry.getValue().equals(entry.getKey()) && taken.contains(entry.getKey())
          && !entry.getKey().equals(inheritedFrom.get(entry.getKey()))) {
        entry.setValue(entry.getKey() + "-2");
      }
    }
    return stable;
  }
}
