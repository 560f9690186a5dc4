package io.claimsift.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One deduplicated claim.
 *
 * @param claimId {@link #claimIdFor} of the representative: 24 lower-case hex chars
 * @param representative the member first in {@link ClusterResolver#REPRESENTATIVE_ORDER}
 * @param members all mentions of the claim, sorted by mentionId
 * @param articleIds the distinct articles of the members, sorted
 */
public record ClaimCluster(
    String claimId, DedupMention representative, List<DedupMention> members, List<String> articleIds) {
  public ClaimCluster {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(representative, "representative");
    members = List.copyOf(members);
    articleIds = List.copyOf(articleIds);
  }

  /** The cluster of some members: representative, sorting, article ids and claimId derived. */
  public static ClaimCluster of(List<DedupMention> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("empty cluster");
    }
    DedupMention rep = members.stream().min(ClusterResolver.REPRESENTATIVE_ORDER).orElseThrow();
    List<DedupMention> sorted =
        members.stream().sorted(Comparator.comparing(DedupMention::mentionId)).toList();
    List<String> articles = members.stream().map(DedupMention::articleId).distinct().sorted().toList();
    return new ClaimCluster(claimIdFor(rep), rep, sorted, articles);
  }

  /** Distinct articles supporting the claim. */
  public int supportCount() {
    return articleIds.size();
  }

  /** Mentions in the claim. */
  public int mentionCount() {
    return members.size();
  }

  /** Lower-case hex of the first 12 bytes of SHA-256("claim:" + mentionId), 24 chars. */
  public static String claimIdFor(DedupMention representative) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(("claim:" + representative.mentionId()).getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(24);
      for (int i = 0; i < 12; i++) {
        sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }
}
