package io.claimsift.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark, as in
 * {@code ../shared/eval/extraction/score.py}): 4-word shingles, per-page normalised counts,
 * macro-averaged precision and recall, F1 of the two averages, exact word-sequence accuracy.
 *
 * <p>Stateless and thread-safe.
 */
public final class ShingleMetric {

  /** Shingle size of the benchmark. */
  public static final int SHINGLE_SIZE = 4;

  private ShingleMetric() {}

  /** One page's normalised counts (they sum to 1, or are all 0) and whether words match exactly. */
  public record PageScore(String id, double tp, double fp, double fn, boolean exact) {
    /** Page precision, or null when the prediction has no shingle. */
    public Double precision() {
      if (tp + fp == 0) {
        return null;
      }
      return fp == 0 && fn == 0 ? 1.0 : tp / (tp + fp);
    }

    /** Page recall, or null when the truth has no shingle. */
    public Double recall() {
      if (tp + fn == 0) {
        return null;
      }
      return fp == 0 && fn == 0 ? 1.0 : tp / (tp + fn);
    }

    /** Page F1 (1.0 when both sides are empty), used to rank the worst pages. */
    public double f1() {
      Double p = precision();
      Double r = recall();
      if (p == null && r == null) {
        return 1.0;
      }
      return harmonic(p == null ? 0 : p, r == null ? 0 : r);
    }
  }

  /** Corpus figures. */
  public record Corpus(double f1, double precision, double recall, double accuracy, int pages) {}

  /**
   * Words as Python's {@code re.findall(r"\w+", text)}: maximal runs of letters, numbers
   * (any Unicode number category) and underscores.
   */
  public static List<String> words(String text) {
    return io.claimsift.clean.ScorerWords.of(text);
  }

  /** Multiset of {@code size}-word windows; 1 to size-1 words give one shingle of all of them. */
  static Map<List<String>, Integer> shingles(List<String> tokens, int size) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < size) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + size <= tokens.size(); i++) {
      out.merge(tokens.subList(i, i + size), 1, Integer::sum);
    }
    return out;
  }

  /** Scores one page. */
  public static PageScore page(String id, String truth, String prediction) {
    List<String> trueWords = words(truth);
    List<String> predWords = words(prediction);
    Map<List<String>, Integer> t = shingles(trueWords, SHINGLE_SIZE);
    Map<List<String>, Integer> p = shingles(predWords, SHINGLE_SIZE);
    long shared = 0;
    long predTotal = 0;
    long trueTotal = 0;
    for (int c : t.values()) {
      trueTotal += c;
    }
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      predTotal += e.getValue();
      shared += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
    }
    long extra = predTotal - shared;
    long missed = trueTotal - shared;
    long total = shared + extra + missed;
    boolean exact = trueWords.equals(predWords);
    if (total == 0) {
      return new PageScore(id, 0, 0, 0, exact);
    }
    return new PageScore(
        id, (double) shared / total, (double) extra / total, (double) missed / total, exact);
  }

  /** Corpus metric over page scores. */
  public static Corpus corpus(List<PageScore> pages) {
    List<Double> precisions = new ArrayList<>();
    List<Double> recalls = new ArrayList<>();
    int exact = 0;
    for (PageScore s : pages) {
      if (s.precision() != null) {
        precisions.add(s.precision());
      }
      if (s.recall() != null) {
        recalls.add(s.recall());
      }
      exact += s.exact() ? 1 : 0;
    }
    double p = mean(precisions);
    double r = mean(recalls);
    double accuracy = pages.isEmpty() ? 0 : (double) exact / pages.size();
    return new Corpus(harmonic(p, r), p, r, accuracy, pages.size());
  }

  private static double mean(List<Double> xs) {
    if (xs.isEmpty()) {
      return 0;
    }
    // Kahan summation keeps the mean as close to Python's exact statistics.mean as doubles allow.
    double sum = 0;
    double carry = 0;
    for (double x : xs) {
      double y = x - carry;
      double t = sum + y;
      carry = (t - sum) - y;
      sum = t;
    }
    return sum / xs.size();
  }

  private static double harmonic(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
