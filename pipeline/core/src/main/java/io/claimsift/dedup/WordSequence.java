package io.claimsift.dedup;

import java.util.Arrays;
import java.util.Set;

/**
 * The word sequence of one mention as the pair features compare it, computed once per mention:
 * the hashes of its words (NFKC, lower case, runs of letters and digits, stop words kept), the
 * sorted multiset of its word n-gram hashes for n = 1..{@link #MAX_N}, the hashes of its words
 * that contain a digit, and its count of negation words. Pair measures ({@link #clippedMatches},
 * {@link #longestCommonSubsequence}) are merges of sorted arrays or a small dynamic programme, so
 * a pair costs no string work. Immutable.
 */
final class WordSequence {
  /** Longest word n-gram compared (BLEU's 4). */
  static final int MAX_N = 4;

  /** Negation words; "n't" splits into "…n" + "t" under the flattening, hence "t". */
  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "t", "nothing", "none", "neither", "nor", "without");

  private final long[] words;
  private final long[][] ngrams;
  private final long[] digitWords;
  private final int negations;

  private WordSequence(long[] words, long[][] ngrams, long[] digitWords, int negations) {
    this.words = words;
    this.ngrams = ngrams;
    this.digitWords = digitWords;
    this.negations = negations;
  }

  /** The sequence of a flattened sentence ({@link MentionSignals#flatten}: words separated by one space). */
  static WordSequence of(String flattened) {
    String stripped = flattened.strip();
    String[] tokens = stripped.isEmpty() ? new String[0] : stripped.split(" ");
    long[] words = new long[tokens.length];
    int negations = 0;
    long[] digits = new long[tokens.length];
    int digitCount = 0;
    for (int i = 0; i < tokens.length; i++) {
      words[i] = Hash64.of(tokens[i]);
      if (NEGATIONS.contains(tokens[i])) {
        negations++;
      }
      if (tokens[i].chars().anyMatch(Character::isDigit)) {
        digits[digitCount++] = words[i];
      }
    }
    long[][] ngrams = new long[MAX_N][];
    for (int n = 1; n <= MAX_N; n++) {
      long[] grams = new long[Math.max(0, words.length - n + 1)];
      for (int i = 0; i < grams.length; i++) {
        long h = words[i];
        for (int k = 1; k < n; k++) {
          h = Hash64.fmix64(h * 31 + words[i + k]);
        }
        grams[i] = h;
      }
      Arrays.sort(grams);
      ngrams[n - 1] = grams;
    }
    long[] digitWords = Arrays.stream(Arrays.copyOf(digits, digitCount)).sorted().distinct().toArray();
    return new WordSequence(words, ngrams, digitWords, negations);
  }

  /** Number of words. */
  int length() {
    return words.length;
  }

  /** Number of word n-grams (0 when the sentence is shorter than n). */
  int ngramCount(int n) {
    return ngrams[n - 1].length;
  }

  /** Negation words in the sentence. */
  int negations() {
    return negations;
  }

  /** Distinct words containing a digit. */
  int digitWordCount() {
    return digitWords.length;
  }

  /** BLEU's clipped n-gram matches: Σ over n-grams of min(count here, count there). Symmetric. */
  int clippedMatches(WordSequence other, int n) {
    return sortedIntersection(ngrams[n - 1], other.ngrams[n - 1]);
  }

  /** Distinct digit-bearing words the two share. */
  int sharedDigitWords(WordSequence other) {
    return sortedIntersection(digitWords, other.digitWords);
  }

  /** Length of the longest common word subsequence. */
  int longestCommonSubsequence(WordSequence other) {
    long[] a = words;
    long[] b = other.words;
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length];
  }

  /** Size of the multiset intersection of two sorted arrays. */
  private static int sortedIntersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int matches = 0;
    while (i < a.length && j < b.length) {
      int c = Long.compare(a[i], b[j]);
      if (c == 0) {
        matches++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return matches;
  }
}
