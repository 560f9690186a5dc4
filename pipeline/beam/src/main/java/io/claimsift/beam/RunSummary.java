package io.claimsift.beam;

import io.claimsift.output.Dataset;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The counts a finished run reports, and whether they reconcile: inputs = articles + rejects (a
 * WARC/WET file counting as its records that became articles or rejects).
 *
 * @param releaseId the manifest's release_id; null when not known
 * @param previousReleaseId the id of the release this one continues; null for a fresh release (or
 *     one continuing a release written before releases had ids)
 */
public record RunSummary(long inputs, Map<Dataset, Long> records, SortedMap<String, SortedMap<String, Long>> counters,
    String releaseId, String previousReleaseId) {

  public RunSummary(long inputs, Map<Dataset, Long> records, SortedMap<String, SortedMap<String, Long>> counters) {
    this(inputs, records, counters, null, null);
  }

  public long count(Dataset dataset) {
    return records.getOrDefault(dataset, 0L);
  }

  /**
   * True when every input file became exactly one article or one reject, a WARC/WET file counting as
   * its records that became documents or rejects (its other records are skipped and counted). The
   * rejects of records other than articles that broke the output contract do not stand for an input.
   */
  public boolean reconciles() {
    return expectedOutcomes() == count(Dataset.ARTICLES) + count(Dataset.REJECTS) - contractRejectsOfNonArticles();
  }

  /**
   * Input files, with each WARC/WET file replaced by its records that became documents or rejects,
   * and the previous articles a continuing release keeps without their input.
   */
  private long expectedOutcomes() {
    SortedMap<String, Long> read = counters.getOrDefault(Stage.READ, new TreeMap<>());
    return inputs - read.getOrDefault(ReadWarcFile.FILES, 0L) + read.getOrDefault(ReadWarcFile.DOCUMENTS, 0L)
        + read.getOrDefault(ReadWarcFile.REJECTED, 0L)
        // with --previous: carried inputs become kept previous articles, and accumulate keeps absent ones too
        + read.getOrDefault(CarryOver.KEPT, 0L) - read.getOrDefault(CarryOver.CARRIED, 0L);
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
    SortedMap<String, Long> read = counters.getOrDefault(Stage.READ, new TreeMap<>());
    long warcFiles = read.getOrDefault(ReadWarcFile.FILES, 0L);
    if (warcFiles > 0) {
      long skipped = read.entrySet().stream().filter(e -> e.getKey().startsWith(ReadWarcFile.SKIPPED_PREFIX))
          .mapToLong(Map.Entry::getValue).sum();
      s.append(String.format(Locale.ROOT,
          "  %d WARC/WET files held %d records: %d documents, %d rejected, %d skipped (not pages)%n",
          warcFiles, read.getOrDefault(ReadWarcFile.RECORDS, 0L), read.getOrDefault(ReadWarcFile.DOCUMENTS, 0L),
          read.getOrDefault(ReadWarcFile.REJECTED, 0L), skipped));
    }
    s.append(String.format(Locale.ROOT,
        "  %d removed segments, %d sentences, %d claim mentions -> %d claims%n",
        count(Dataset.REMOVED_SEGMENTS), sentences, count(Dataset.CLAIM_MENTIONS), count(Dataset.CLAIMS)));
    s.append(String.format(Locale.ROOT, "  output: %s (manifest.json, report.html, %s)%n", output,
        String.join(", ", java.util.Arrays.stream(Dataset.values()).map(Dataset::folder).toList())));
    if (releaseId != null) {
      s.append(String.format(Locale.ROOT, "  release: %s%s%n", releaseId,
          previousReleaseId == null ? "" : " (continues " + previousReleaseId + ")"));
    }
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
