package io.claimsift.beam;

import io.claimsift.beam.dedup.ClusterClaims;

/** Counter namespaces, one per stage; the manifest groups counter values by these names. */
final class Stage {
  static final String READ = "read";
  static final String CLEAN = "clean";
  static final String CLAIMS = "claims";
  static final String DEDUP = ClusterClaims.COUNTERS;
  static final String WRITE = "write";
  static final java.util.Set<String> ALL = java.util.Set.of(READ, CLEAN, CLAIMS, DEDUP, WRITE);

  private Stage() {}
}
