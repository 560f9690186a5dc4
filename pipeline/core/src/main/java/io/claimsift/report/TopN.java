package io.claimsift.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first {@code limit} items by a string key, kept while streaming: memory is bounded by the
 * limit, not by the stream. Keys must be unique (the datasets' sort keys are), so the result does
 * not depend on the order the items arrive in.
 */
final class TopN<T> {
  private record Keyed<T>(String key, T item) {}

  private static final Comparator<Keyed<?>> BY_KEY = Comparator.comparing(Keyed::key);

  private final int limit;
  /** The largest kept key on top, so that it is the one to drop when a smaller key arrives. */
  private final PriorityQueue<Keyed<T>> largestFirst;
  private long offered;

  TopN(int limit) {
    this.limit = limit;
    this.largestFirst = new PriorityQueue<>(Math.max(1, Math.min(limit, 1024)), BY_KEY.reversed());
  }

  void offer(String key, T item) {
    offered++;
    if (limit <= 0) {
      return;
    }
    if (largestFirst.size() < limit) {
      largestFirst.add(new Keyed<>(key, item));
    } else if (key.compareTo(largestFirst.peek().key()) < 0) {
      largestFirst.poll();
      largestFirst.add(new Keyed<>(key, item));
    }
  }

  /** How many items were offered, kept or not. */
  long offered() {
    return offered;
  }

  /** The kept items, smallest key first. */
  List<T> sorted() {
    List<Keyed<T>> kept = new ArrayList<>(largestFirst);
    kept.sort(BY_KEY);
    List<T> items = new ArrayList<>(kept.size());
    kept.forEach(k -> items.add(k.item()));
    return items;
  }
}
