package io.claimsift.report;

import io.claimsift.output.Dataset;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One streaming pass over the claim mentions, keeping only those of the top claims: per claim,
 * its representative mention first, then the others in the dataset's order, up to a limit.
 */
final class MentionsPass {
  long mentions;
  private final Map<String, String> representativeByClaim = new HashMap<>();
  private final Map<String, TopN<ClaimMention>> byClaim = new HashMap<>();

  private MentionsPass(List<Claim> claims, int perClaim) {
    for (Claim claim : claims) {
      representativeByClaim.put(claim.getClaimId(), claim.getRepresentativeMentionId());
      byClaim.put(claim.getClaimId(), new TopN<>(perClaim));
    }
  }

  static MentionsPass read(Path outputDir, List<Claim> claims, int perClaim) throws IOException {
    MentionsPass pass = new MentionsPass(claims, perClaim);
    DatasetFiles.forEach(outputDir, Dataset.CLAIM_MENTIONS, ClaimMention.class, pass::add);
    return pass;
  }

  private void add(ClaimMention mention) {
    mentions++;
    TopN<ClaimMention> kept = byClaim.get(mention.getClaimId());
    if (kept == null) {
      return;
    }
    kept.offer((isRepresentative(mention) ? "0|" : "1|") + Dataset.CLAIM_MENTIONS.sortKey(mention), mention);
  }

  /** The kept mentions of a top claim, representative first. */
  List<ClaimMention> of(String claimId) {
    TopN<ClaimMention> kept = byClaim.get(claimId);
    return kept == null ? List.of() : kept.sorted();
  }

  /** True for the representative mention of its claim. */
  boolean isRepresentative(ClaimMention mention) {
    return mention.getMentionId().equals(representativeByClaim.get(mention.getClaimId()));
  }

  /** The claim's representative mention, when it was read. */
  ClaimMention representative(Claim claim) {
    for (ClaimMention m : of(claim.getClaimId())) {
      if (m.getMentionId().equals(claim.getRepresentativeMentionId())) {
        return m;
      }
    }
    return null;
  }
}
