package io.claimsift.lexicon;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable set of words for the lookups the claim rules make once per word of every sentence:
 * {@link #contains} compares the stored hash before the word, so a word that is not in the set
 * (most are not) reads one array and no stored string, where {@code Set.of} compares strings at
 * every probe. Like {@code Set.of} it holds no null and {@code contains(null)} throws; unlike it,
 * it iterates in the order the words were given.
 */
public final class WordSet extends AbstractSet<String> {
  private final String[] words;
  private final String[] table;
  private final int[] hashes;
  private final int mask;

  private WordSet(String[] words) {
    this.words = words;
    int size = 8;
    while (size < 4 * words.length) {
      size <<= 1;
    }
    table = new String[size];
    hashes = new int[size];
    mask = size - 1;
    for (String w : words) {
      int h = w.hashCode();
      int i = spread(h) & mask;
      while (table[i] != null) {
        i = (i + 1) & mask;
      }
      table[i] = w;
      hashes[i] = h;
    }
  }

  /** The distinct words of {@code words}, in their first order; throws on a null word, as {@code Set.copyOf}. */
  public static WordSet copyOf(Collection<String> words) {
    if (words instanceof WordSet set) {
      return set;
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String w : words) {
      distinct.add(Objects.requireNonNull(w));
    }
    return new WordSet(distinct.toArray(new String[0]));
  }

  /** The words; throws on a null or a repeated word, as {@code Set.of}. */
  public static WordSet of(String... words) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String w : words) {
      if (!distinct.add(Objects.requireNonNull(w))) {
        throw new IllegalArgumentException("duplicate element: " + w);
      }
    }
    return new WordSet(distinct.toArray(new String[0]));
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @Override
  public boolean contains(Object o) {
    Objects.requireNonNull(o);
    if (!(o instanceof String s)) {
      return false;
    }
    int h = s.hashCode();
    int i = spread(h) & mask;
    String t;
    while ((t = table[i]) != null) {
      if (hashes[i] == h && t.equals(s)) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  /**
   * The word of the set that {@code s.substring(start, end)} is in lower case, or null, where the
   * region holds ASCII letters only (their lower case is {@code c | 0x20}); no string is built.
   */
  public String lowerAsciiWord(CharSequence s, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      h = 31 * h + (s.charAt(k) | 0x20);
    }
    int i = spread(h) & mask;
    String t;
    while ((t = table[i]) != null) {
      if (hashes[i] == h && t.length() == end - start && sameLowerAscii(t, s, start)) {
        return t;
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  private static boolean sameLowerAscii(String word, CharSequence s, int start) {
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) != (s.charAt(start + k) | 0x20)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.asList(words).iterator();
  }

  @Override
  public int size() {
    return words.length;
  }
}
