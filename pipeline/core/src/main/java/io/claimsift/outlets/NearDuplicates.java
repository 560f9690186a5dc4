package io.claimsift.outlets;

import io.claimsift.similarity.SortedSets;
import java.util.Arrays;

/**
 * Near-identical sentences: the same wording but for a few words ("to offer" / "offering", "3rd" /
 * "third"), as a site's boilerplate drifts between its pages. Two sentences are near-identical when
 * both have at least {@value #MIN_WORDS} words, they hold the same numbers (the same digit-only
 * words, in order: a different figure is a different fact), and the Jaccard similarity of their
 * sets of word pairs (shingles) is at least {@value #MIN_JACCARD}.
 *
 * <p>Candidates are found by locality-sensitive hashing: {@value #BANDS} band keys per sentence,
 * each of {@value #ROWS} min-hashes of its shingles and of its numbers; two near-identical sentences
 * share a band key with a probability above 0.999 at the threshold (1 - (1 - J^2)^12 at J = 0.7), and
 * every candidate is then checked exactly. All hashes are fixed functions of the text: deterministic.
 */
final class NearDuplicates {
  /** Words a sentence needs for a near match; shorter ones must match exactly. */
  static final int MIN_WORDS = 8;
  /** Shingle (word pair) Jaccard similarity from which two sentences are near-identical. */
  static final double MIN_JACCARD = 0.7;
  static final int BANDS = 12;
  static final int ROWS = 2;

  private NearDuplicates() {}

  /** A sentence's shingles (sorted distinct hashes), its numbers' hash and band keys; null if too short. */
  record Signature(long[] shingles, long numbers, long[] bands) {
    boolean nearlyEquals(Signature other) {
      return numbers == other.numbers && SortedSets.jaccard(shingles, other.shingles) >= MIN_JACCARD;
    }
  }

  /** The signature of a normalised sentence key (words separated by single spaces), or null. */
  static Signature of(String key) {
    String[] words = key.isEmpty() ? new String[0] : key.split(" ");
    if (words.length < MIN_WORDS) {
      return null;
    }
    long numbers = 0x9E3779B97F4A7C15L;
    for (String word : words) {
      if (allDigits(word)) {
        numbers = mix(numbers * 31 + hash(word));
      }
    }
    long[] shingles = new long[words.length - 1];
    for (int i = 0; i + 1 < words.length; i++) {
      shingles[i] = pairHash(words[i], words[i + 1]); // the hash of words[i] + " " + words[i + 1]
    }
    Arrays.sort(shingles);
    int distinctCount = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[distinctCount++] = shingles[i];
      }
    }
    long[] distinct = Arrays.copyOf(shingles, distinctCount);
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long band = mix(numbers ^ (b + 1));
      for (int r = 0; r < ROWS; r++) {
        long seed = mix(0xC2B2AE3D27D4EB4FL * (b * ROWS + r + 1));
        long min = Long.MAX_VALUE;
        for (long s : distinct) {
          min = Math.min(min, mix(s ^ seed));
        }
        band = mix(band * 31 + min);
      }
      bands[b] = band;
    }
    return new Signature(distinct, numbers, bands);
  }

  private static boolean allDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@link #hash} of {@code first + " " + second}, without building that string. */
  private static long pairHash(String first, String second) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < first.length(); i++) {
      h = (h ^ first.charAt(i)) * 0x100000001b3L;
    }
    h = (h ^ ' ') * 0x100000001b3L;
    for (int i = 0; i < second.length(); i++) {
      h = (h ^ second.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }

  /** FNV-1a over the characters, then mixed: a fixed 64-bit hash of a string. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }

  /** The SplitMix64 finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
