package io.claimsift.beam;

import io.claimsift.output.Dataset;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/** The counts a finished run reports, and whether they reconcile: inputs = articles + rejects. */
public record RunSummary(long inputs, Map<Dataset, Long> records, SortedMap<String, SortedMap<String, Long>> counters) {

  public long count(Dataset dataset) {
    return records.getOrDefault(dataset, 0L);
  }

  /**
   * True when every input file became exactly one article or one reject. The rejects of records
   * other than articles that broke the output contract do not stand for an input file.
   */
  public boolean reconciles() {
    return inputs == count(Dataset.ARTICLES) + count(Dataset.REJECTS) - contractRejectsOfNonArticles();
  }

  private long contractRejectsOfNonArticles() {
    SortedMap<String, Long> write = counters.getOrDefault(Stage.WRITE, new java.util.TreeMap<>());
    long n = 0;
    for (Dataset dataset : Dataset.values()) {
      if (dataset != Dataset.ARTICLES) {
        n += write.getOrDefault(EnforceContract.REJECTED + dataset.folder(), 0L);
      }
    }
    return n;
  }

  /** A short human summary for the end of a run. */
  public String describe(String output) {
    long sentences = counters.getOrDefault(Stage.CLAIMS, new java.util.TreeMap<>()).getOrDefault("sentences", 0L);
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "ClaimSift %s: %d input files -> %d articles + %d rejects%s%n",
        Version.get(), inputs, count(Dataset.ARTICLES), count(Dataset.REJECTS),
        reconciles() ? "" : "  (MISMATCH: some inputs are unaccounted for; please report this)"));
    s.append(String.format(Locale.ROOT,
        "  %d removed segments, %d sentences, %d claim mentions -> %d claims%n",
        count(Dataset.REMOVED_SEGMENTS), sentences, count(Dataset.CLAIM_MENTIONS), count(Dataset.CLAIMS)));
    s.append(String.format(Locale.ROOT, "  output: %s (manifest.json, %s)%n", output,
        String.join(", ", java.util.Arrays.stream(Dataset.values()).map(Dataset::folder).toList())));
    long violations = counters.getOrDefault(Stage.WRITE, new java.util.TreeMap<>())
        .getOrDefault(EnforceContract.VIOLATIONS, 0L);
    if (violations > 0) {
      s.append(String.format(Locale.ROOT,
          "  %d values broke the output contract and were set to null or rejected: a bug, please report it%n",
          violations));
    }
    if (count(Dataset.REJECTS) > 0) {
      s.append(String.format(Locale.ROOT, "  see %s/rejects for why %d files were not used%n",
          output.replaceAll("/+$", ""), count(Dataset.REJECTS)));
    }
    return s.toString();
  }
}
