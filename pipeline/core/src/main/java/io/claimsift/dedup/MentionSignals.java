package io.claimsift.dedup;

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
 * n-grams for the BLEU-like features). Immutable.
 */
public final class MentionSignals {
  private static final int CHAR_GRAM = 4;

  private final MentionFeatures features;
  private final Set<String> bigrams;
  private final Set<Long> charGrams;
  private final WordSequence wordSequence;

  private MentionSignals(
      MentionFeatures features, Set<String> bigrams, Set<Long> charGrams, WordSequence wordSequence) {
    this.features = features;
    this.bigrams = bigrams;
    this.charGrams = charGrams;
    this.wordSequence = wordSequence;
  }

  /** The signals of a mention. */
  public static MentionSignals of(DedupMention m) {
    MentionFeatures f = MentionFeatures.of(m);
    List<String> tokens = ComparisonTokens.contentTokens(m.sentence(), m.quantities());
    Set<String> bigrams = new HashSet<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      bigrams.add(tokens.get(i) + ' ' + tokens.get(i + 1));
    }
    String flat = flatten(m.sentence());
    Set<Long> grams = new HashSet<>();
    for (int i = 0; i + CHAR_GRAM <= flat.length(); i++) {
      grams.add(Hash64.of(flat.substring(i, i + CHAR_GRAM)));
    }
    return new MentionSignals(
        f, Collections.unmodifiableSet(bigrams), Collections.unmodifiableSet(grams), WordSequence.of(flat));
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
    return bigrams;
  }

  /** Hashes of the character 4-grams of the flattened sentence. */
  public Set<Long> charGrams() {
    return charGrams;
  }

  /** Words of the flattened sentence. */
  public int words() {
    return wordSequence.length();
  }

  /** The word sequence (all words, stop words included) and its n-grams. */
  WordSequence wordSequence() {
    return wordSequence;
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
