package io.claimsift.dedup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking keys of a mention: two mentions are compared only if they share a key.
 *
 * <ul>
 *   <li>one key per distinct quantity value: {@code q:money:USD:2.0E9}, {@code q:pct:12.0}, {@code
 *       q:num:35.0} (see {@link QuantityAgreement});
 *   <li>MinHash-LSH band keys over the shingles of the content tokens ({@link
 *       ComparisonTokens#contentTokens}): {@code bands} bands of {@code rows} rows, i.e. bands × rows
 *       hash functions; key {@code b07:<16 hex>}. The default shingle is a single token (the set of
 *       content tokens), because the matcher's main rule is the token-set Jaccard: MinHash over the
 *       same set makes the LSH curve target that very similarity. With 20 × 3 the chance that two
 *       mentions share a band is about 0.93 at Jaccard 0.5, 0.99 at 0.6, 0.42 at 0.3 and 0.15 at
 *       0.2. With {@code shingleSize} k &gt; 1 the shingles are k consecutive tokens, falling back to
 *       single tokens when the sentence has fewer than {@code 2k} content tokens.
 * </ul>
 *
 * <p>Hashes are FNV-1a over UTF-8 plus the murmur3 finaliser with fixed seeds: the same keys on
 * every JVM. Output is sorted and distinct. Immutable and thread-safe.
 */
public final class BlockingKeys {
  /** Prefix of quantity keys. */
  public static final String QUANTITY_PREFIX = "q:";

  private static final long SEED = 0x436c61696d536966L; // "ClaimSif"

  private final int bands;
  private final int rows;
  private final int shingleSize;
  private final long[] seeds;

  /**
   * @param bands number of LSH bands (1..999)
   * @param rows hash functions per band (1..32)
   * @param shingleSize tokens per shingle (1..5)
   */
  public BlockingKeys(int bands, int rows, int shingleSize) {
    if (bands < 1 || bands > 999 || rows < 1 || rows > 32 || shingleSize < 1 || shingleSize > 5) {
      throw new IllegalArgumentException(
          "bad LSH config bands=" + bands + " rows=" + rows + " shingle=" + shingleSize);
    }
    this.bands = bands;
    this.rows = rows;
    this.shingleSize = shingleSize;
    this.seeds = new long[bands * rows];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = Hash64.fmix64(SEED + 0x9E3779B97F4A7C15L * (i + 1));
    }
  }

  /** 20 bands × 3 rows over single tokens. */
  public static BlockingKeys defaults() {
    return new BlockingKeys(20, 3, 1);
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  public int shingleSize() {
    return shingleSize;
  }

  /** Sorted, distinct keys of a mention; empty when it has no quantity and no content token. */
  public List<String> keysFor(DedupMention m) {
    return keysFor(m, ComparisonTokens.contentTokens(m.sentence(), m.quantities()));
  }

  /**
   * As {@link #keysFor(DedupMention)}, with the mention's content tokens already computed.
   *
   * @param contentTokens {@link ComparisonTokens#contentTokens} of the mention, in sentence order
   */
  public List<String> keysFor(DedupMention m, List<String> contentTokens) {
    TreeSet<String> keys = new TreeSet<>();
    for (String v : QuantityAgreement.Profile.of(m).valueTokens()) {
      keys.add(QUANTITY_PREFIX + v);
    }
    keys.addAll(bandKeys(contentTokens));
    return List.copyOf(keys);
  }

  /** The band keys of some content tokens (in sentence order), sorted by band. */
  public List<String> bandKeys(List<String> tokens) {
    Set<String> shingles = shingles(tokens);
    if (shingles.isEmpty()) {
      return List.of();
    }
    long[] base = new long[shingles.size()];
    int j = 0;
    for (String s : shingles) {
      base[j++] = Hash64.of(s);
    }
    long[] min = new long[seeds.length];
    for (int i = 0; i < seeds.length; i++) {
      long best = -1L; // unsigned maximum
      for (long b : base) {
        long h = Hash64.fmix64(b ^ seeds[i]);
        if (Long.compareUnsigned(h, best) < 0) {
          best = h;
        }
      }
      min[i] = best;
    }
    int width = Math.max(2, Integer.toString(bands - 1).length());
    List<String> out = new ArrayList<>(bands);
    for (int band = 0; band < bands; band++) {
      long h = Hash64.fmix64(SEED ^ (band + 1L));
      for (int r = 0; r < rows; r++) {
        h = Hash64.fmix64(h * 31 + min[band * rows + r]);
      }
      String idx = Integer.toString(band);
      out.add("b" + "0".repeat(width - idx.length()) + idx + ":" + Hash64.hex(h));
    }
    return out;
  }

  private Set<String> shingles(List<String> tokens) {
    Set<String> out = new LinkedHashSet<>();
    if (shingleSize == 1 || tokens.size() < 2 * shingleSize) {
      out.addAll(tokens);
      return out;
    }
    for (int i = 0; i + shingleSize <= tokens.size(); i++) {
      out.add(String.join(" ", tokens.subList(i, i + shingleSize)));
    }
    return out;
  }
}
