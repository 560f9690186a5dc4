package io.claimsift.dedup;

import java.nio.charset.StandardCharsets;

/** Small deterministic 64-bit hashing: FNV-1a over UTF-8 bytes plus the murmur3 finaliser. */
final class Hash64 {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hash64() {}

  /** FNV-1a of the UTF-8 bytes of {@code s}, passed through {@link #fmix64}. */
  static long of(String s) {
    return fmix64(fnv1a(s));
  }

  /** Plain 64-bit FNV-1a of the UTF-8 bytes. */
  static long fnv1a(String s) {
    long h = FNV_OFFSET;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h *= FNV_PRIME;
    }
    return h;
  }

  /** murmur3 64-bit finaliser: a bijective avalanche mix. */
  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** Lower-case hex of all 64 bits, zero-padded to 16 chars. */
  static String hex(long h) {
    String s = Long.toHexString(h);
    return "0".repeat(16 - s.length()) + s;
  }
}
