package io.claimsift.dedup;

import java.util.Objects;

/**
 * An accepted match between two mentions, by id. The ids are normalised so that {@code a < b}.
 *
 * @param a the smaller mentionId
 * @param b the larger mentionId
 * @param similarity the matcher's similarity, finite
 */
public record Edge(String a, String b, double similarity) {
  public Edge {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException("self edge " + a);
    }
    if (Double.isNaN(similarity) || Double.isInfinite(similarity)) {
      throw new IllegalArgumentException("similarity not finite: " + similarity);
    }
    if (a.compareTo(b) > 0) {
      String t = a;
      a = b;
      b = t;
    }
  }
}
