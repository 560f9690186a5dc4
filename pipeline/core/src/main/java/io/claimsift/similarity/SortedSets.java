package io.claimsift.similarity;

/** Similarity of sets held as sorted arrays of distinct hashes; linear in their sizes. */
public final class SortedSets {
  private SortedSets() {}

  /** |a ∩ b| / |a ∪ b| of two sorted arrays of distinct values; 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0.0 : (double) common / union;
  }
}
