package io.claimsift.dedup;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the matcher compares of one mention, computed once so that a block of n mentions costs n
 * normalisations rather than n². Immutable.
 *
 * @param mention the mention
 * @param tokens its content-token set ({@link ComparisonTokens#contentTokens})
 * @param entities its capitalised-entity tokens ({@link ComparisonTokens#entityTokens})
 * @param profile its quantities and dates
 */
public record MentionFeatures(
    DedupMention mention, Set<String> tokens, Set<String> entities, QuantityAgreement.Profile profile) {
  public MentionFeatures {
    Objects.requireNonNull(mention, "mention");
    tokens = Collections.unmodifiableSortedSet(new TreeSet<>(tokens));
    entities = Collections.unmodifiableSortedSet(new TreeSet<>(entities));
    Objects.requireNonNull(profile, "profile");
  }

  /** The features of a mention. */
  public static MentionFeatures of(DedupMention m) {
    return of(m, ComparisonTokens.contentTokens(m.sentence(), m.quantities()));
  }

  /** The features of a mention whose content tokens ({@link ComparisonTokens#contentTokens}) are known. */
  static MentionFeatures of(DedupMention m, List<String> tokens) {
    return new MentionFeatures(
        m,
        new TreeSet<>(tokens),
        ComparisonTokens.entityTokens(m.sentence(), m.quantities()),
        QuantityAgreement.Profile.of(m));
  }

  /** Token-set Jaccard; 0 when both sets are empty. */
  public double jaccard(MentionFeatures other) {
    Set<String> small = tokens.size() <= other.tokens.size() ? tokens : other.tokens;
    Set<String> large = small == tokens ? other.tokens : tokens;
    int inter = 0;
    for (String t : small) {
      if (large.contains(t)) {
        inter++;
      }
    }
    int union = tokens.size() + other.tokens.size() - inter;
    return union == 0 ? 0.0 : (double) inter / union;
  }

  /** True when the two mentions share at least one entity token. */
  public boolean sharesEntity(MentionFeatures other) {
    return !Collections.disjoint(entities, other.entities);
  }
}
