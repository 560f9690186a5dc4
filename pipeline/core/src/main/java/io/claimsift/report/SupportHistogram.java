package io.claimsift.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How many claims have each number of supporting articles: exact up to five, then in widening
 * ranges, so that the chart has at most twelve bars whatever the run's size.
 */
final class SupportHistogram {
  /** The smallest support of each bucket; a bucket ends where the next one starts. */
  private static final int[] LOWER = {1, 2, 3, 4, 5, 6, 10, 20, 50, 100, 500, 1000};

  private final long[] claims = new long[LOWER.length];
  private int maxBucket = -1;

  void add(int support) {
    int bucket = bucketOf(support);
    claims[bucket]++;
    maxBucket = Math.max(maxBucket, bucket);
  }

  static int bucketOf(int support) {
    int bucket = 0;
    while (bucket + 1 < LOWER.length && support >= LOWER[bucket + 1]) {
      bucket++;
    }
    return bucket;
  }

  /** One bar per bucket from one article up to the bucket of the most supported claim. */
  List<BarChart.Bar> bars() {
    List<BarChart.Bar> bars = new ArrayList<>();
    for (int b = 0; b <= maxBucket; b++) {
      bars.add(new BarChart.Bar(label(b), claims[b]));
    }
    return bars;
  }

  static String label(int bucket) {
    int low = LOWER[bucket];
    if (bucket + 1 == LOWER.length) {
      return Formats.count(low) + " or more articles";
    }
    int high = LOWER[bucket + 1] - 1;
    if (low == high) {
      return Formats.counted(low, "article", "articles");
    }
    return Formats.count(low) + "–" + Formats.count(high) + " articles";
  }
}
