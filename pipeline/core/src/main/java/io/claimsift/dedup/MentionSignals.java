package io.claimsift.dedup;

import io.claimsift.similarity.SortedSets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the pairwise model compares of one mention except its embedding, computed once per
 * mention: the {@link MentionFeatures} (content tokens, entities, quantity profile), content-token
 * bigrams, character 4-gram hashes of the normalised text, and its {@link WordSequence} (word
 * n-grams for the BLEU-like features). Immutable; all but the features are computed on first use.
 */
public final class MentionSignals {
  private static final int CHAR_GRAM = 4;

  private final MentionFeatures features;
  /** The content tokens in sentence order, kept for the bigrams. */
  private final List<String> tokens;
  // Computed on first use: the screen needs only the features and, for a pair the token Jaccard
  // does not pass, the character grams; the bigrams and word sequence serve the model, which sees
  // a small fraction of the pairs. Each is a pure function of the mention, so a race between
  // threads computes equal values.
  private volatile Set<String> bigrams;
  /** The distinct character 4-gram hashes, sorted: intersected by a merge, without boxing or hashing. */
  private volatile long[] charGrams;
  private volatile WordSequence wordSequence;

  private MentionSignals(MentionFeatures features, List<String> tokens) {
    this.features = features;
    this.tokens = tokens;
  }

  /** The signals of a mention. */
  public static MentionSignals of(DedupMention m) {
    // the content tokens feed both the features' token set and the bigrams: computed once
    List<String> tokens = ComparisonTokens.contentTokens(m.sentence(), m.quantities());
    return new MentionSignals(MentionFeatures.of(m, tokens), List.copyOf(tokens));
  }

  /**
   * The signals of a mention whose tokens were computed before (by {@link #of(DedupMention)} on
   * another worker, carried with the mention): equal to {@code of(m)} when the tokens are that
   * one's {@link #contentTokens()} and {@code features().entities()}. The dedup screen meets each
   * mention in every partition its blocking keys reach, about 21 times; the tokens are the costly
   * part of the signals, so they are computed once and carried.
   *
   * @param contentTokens the content tokens in sentence order ({@link ComparisonTokens#contentTokens})
   * @param entityTokens the entity tokens ({@link ComparisonTokens#entityTokens})
   */
  public static MentionSignals of(DedupMention m, List<String> contentTokens, Set<String> entityTokens) {
    return new MentionSignals(
        new MentionFeatures(m, new java.util.TreeSet<>(contentTokens), entityTokens, QuantityAgreement.Profile.of(m)),
        List.copyOf(contentTokens));
  }

  /** The content tokens in sentence order (the features hold them as a set). */
  public List<String> contentTokens() {
    return tokens;
  }

  private static Set<String> bigramsOf(List<String> tokens) {
    Set<String> bigrams = new HashSet<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      bigrams.add(tokens.get(i) + ' ' + tokens.get(i + 1));
    }
    return Collections.unmodifiableSet(bigrams);
  }

  private static long[] charGramsOf(String flat) {
    long[] grams = new long[Math.max(0, flat.length() - CHAR_GRAM + 1)];
    for (int i = 0; i + CHAR_GRAM <= flat.length(); i++) {
      grams[i] = Hash64.of(flat.substring(i, i + CHAR_GRAM));
    }
    return distinctSorted(grams);
  }

  /** NFKC, lower case, every run of non-letter/digit chars one space. */
  static String flatten(String sentence) {
    String text = Normalizer.normalize(sentence, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(text.length() + 2).append(' ');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      } else if (sb.charAt(sb.length() - 1) != ' ') {
        sb.append(' ');
      }
    }
    if (sb.charAt(sb.length() - 1) != ' ') {
      sb.append(' ');
    }
    return sb.toString();
  }

  public MentionFeatures features() {
    return features;
  }

  public DedupMention mention() {
    return features.mention();
  }

  /** Content-token bigrams. */
  public Set<String> bigrams() {
    Set<String> b = bigrams;
    if (b == null) {
      b = bigramsOf(tokens);
      bigrams = b;
    }
    return b;
  }

  /** Hashes of the character 4-grams of the flattened sentence. */
  public Set<Long> charGrams() {
    Set<Long> set = new HashSet<>();
    for (long g : sortedCharGrams()) {
      set.add(g);
    }
    return Collections.unmodifiableSet(set);
  }

  /** Jaccard of the two mentions' character 4-gram sets (0 when both are empty), as {@link #jaccard} gives it. */
  public double charGramJaccard(MentionSignals other) {
    return SortedSets.jaccard(sortedCharGrams(), other.sortedCharGrams());
  }

  private long[] sortedCharGrams() {
    long[] g = charGrams;
    if (g == null) {
      g = charGramsOf(flatten(mention().sentence()));
      charGrams = g;
    }
    return g;
  }

  private static long[] distinctSorted(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n == 0 || sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return java.util.Arrays.copyOf(sorted, n);
  }

  /** Words of the flattened sentence. */
  public int words() {
    return wordSequence().length();
  }

  /** The word sequence (all words, stop words included) and its n-grams. */
  WordSequence wordSequence() {
    WordSequence w = wordSequence;
    if (w == null) {
      w = WordSequence.of(flatten(mention().sentence()));
      wordSequence = w;
    }
    return w;
  }

  /** Jaccard of two sets; 0 when both are empty. */
  static <T> double jaccard(Set<T> a, Set<T> b) {
    int inter = intersection(a, b);
    int union = a.size() + b.size() - inter;
    return union == 0 ? 0.0 : (double) inter / union;
  }

  /** Size of the intersection of two sets. */
  static <T> int intersection(Set<T> a, Set<T> b) {
    Set<T> small = a.size() <= b.size() ? a : b;
    Set<T> large = small == a ? b : a;
    int inter = 0;
    for (T t : small) {
      if (large.contains(t)) {
        inter++;
      }
    }
    return inter;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MentionSignals other && features.equals(other.features);
  }

  @Override
  public int hashCode() {
    return Objects.hash(features);
  }
}
