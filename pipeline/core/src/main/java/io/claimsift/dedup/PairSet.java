package io.claimsift.dedup;

import java.util.Arrays;

/**
 * A set of ordered pairs of non-negative ints, held as longs in one open-addressing table (about
 * 16 bytes a pair): the pairs a partition of the dedup screen has already compared.
 */
final class PairSet {
  private static final long EMPTY = -1L;
  private long[] table = empty(1 << 10);
  private int size;

  /** Adds (a, b); false when it was already there. */
  boolean add(int a, int b) {
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException("negative pair member: " + a + ", " + b);
    }
    if (2 * (size + 1) > table.length) {
      grow();
    }
    if (!insert(table, ((long) a << 32) | b)) {
      return false;
    }
    size++;
    return true;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] bigger = empty(table.length * 2);
    for (long key : table) {
      if (key != EMPTY) {
        insert(bigger, key);
      }
    }
    table = bigger;
  }

  private static boolean insert(long[] table, long key) {
    int mask = table.length - 1;
    int at = (int) mix(key) & mask;
    while (table[at] != EMPTY) {
      if (table[at] == key) {
        return false;
      }
      at = (at + 1) & mask;
    }
    table[at] = key;
    return true;
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  private static long[] empty(int length) {
    long[] table = new long[length];
    Arrays.fill(table, EMPTY);
    return table;
  }
}
