package io.claimsift.beam;

import io.claimsift.output.PreviousRelease;
import io.claimsift.schema.ClaimMention;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's --previous: the earlier release, the mode for absent inputs, and whether its rows may be
 * reused (only when every previous article was made by this pipeline version).
 */
record Continuation(PreviousRelease release, PreviousMode mode, boolean carries) {

  static Continuation of(PreviousRelease release, PreviousMode mode, String version) {
    return new Continuation(release, mode, release.madeBy(version));
  }

  /** The previous release's mention_id to claim_id, which the stable ids are inherited from. */
  Map<String, String> claimOfMention() {
    Map<String, String> map = new TreeMap<>();
    for (ClaimMention m : release.mentions()) {
      map.put(m.getMentionId(), m.getClaimId());
    }
    return map;
  }

  /** What the manifest records about the continuation (no path: paths are machine-specific). */
  Map<String, Object> describe() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("mode", mode.code());
    map.put("previous_articles", release.articles().size());
    map.put("previous_pipeline_versions", release.versions());
    map.put("reuse", carries ? "carried" : "recomputed: the previous release was made by another pipeline version");
    return map;
  }
}
