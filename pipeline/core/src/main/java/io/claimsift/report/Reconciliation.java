package io.claimsift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The run summary's counts, each with the sum it must equal: inputs = articles + rejects (a
 * WARC/WET file counting as its records that became documents or rejects), removed
 * segments = the articles' removed counts, sentences = mentions + below threshold + failed (+ site template, too
 * long, over the candidate budget), mentions
 * = the claims' mention counts, claims = mentions - merges; and each dataset's count against the
 * counter of the stage that made it. A counter that was never incremented is absent, so absent
 * means zero; when the runner reported no counters at all, those checks say "not checked".
 */
final class Reconciliation {
  /** The record counts read from the datasets. */
  record Counts(long articles, long rejects, long removedSegments, long mentions, long claims,
      long articlesRemovedSum, long claimsMentionSum) {}

  /** Read-stage counters of WARC/WET input (io.claimsift.beam.ReadWarcFile), absent when there was none. */
  private static final String WARC_FILES = "warc_files";
  private static final String WARC_DOCUMENTS = "warc_documents";
  private static final String WARC_REJECTED = "warc_rejected";
  private static final String WARC_SKIPPED = "warc_skipped_";

  private final SortedMap<String, SortedMap<String, Long>> counters;
  private final boolean reported;

  private Reconciliation(SortedMap<String, SortedMap<String, Long>> counters) {
    this.counters = counters;
    this.reported = counters != null && !counters.isEmpty();
  }

  static List<ReportView.CountRow> rows(RunInfo run, Counts c) {
    return new Reconciliation(run.counters()).rows(run.inputFiles(), c);
  }

  /** True when no row is a mismatch. */
  static boolean allReconcile(List<ReportView.CountRow> rows) {
    return rows.stream().noneMatch(r -> r.status().equals("mismatch"));
  }

  private List<ReportView.CountRow> rows(long inputFiles, Counts c) {
    List<ReportView.CountRow> rows = new ArrayList<>();
    String articlesPlusRejects = Formats.counted(c.articles(), "article", "articles") + " + "
        + Formats.counted(c.rejects(), "reject", "rejects");
    long warcFiles = orZero(counted("read", WARC_FILES));
    if (warcFiles == 0) {
      rows.add(row("input-files", "Input files", inputFiles, inputFiles == c.articles() + c.rejects(),
          "= " + articlesPlusRejects));
    } else {
      // A crawl file holds many records: it counts as those that became documents or rejects.
      long outcomes = orZero(counted("read", WARC_DOCUMENTS)) + orZero(counted("read", WARC_REJECTED));
      rows.add(row("input-files", "Input files", inputFiles,
          inputFiles - warcFiles + outcomes == c.articles() + c.rejects(),
          "counting each of the " + Formats.counted(warcFiles, "WARC/WET file", "WARC/WET files") + " as its "
              + Formats.counted(outcomes, "record", "records") + " that became documents or rejects (the "
              + Formats.count(sum("read", WARC_SKIPPED)) + " others are skipped and counted): "
              + Formats.count(inputFiles - warcFiles + outcomes) + " = " + articlesPlusRejects));
    }

    Long cleaned = counted("clean", "articles");
    rows.add(row("articles", "Articles", c.articles(), cleaned == null ? null : cleaned == c.articles(),
        cleaned == null ? "no counters reported" : "= " + Formats.count(cleaned) + " counted by the clean stage"));

    Long rejected = reported ? sum(null, "rejected_") : null;
    rows.add(row("rejects", "Rejects", c.rejects(), rejected == null ? null : rejected == c.rejects(),
        rejected == null ? "no counters reported"
            : "= " + Formats.count(rejected) + " counted by the read and clean stages"));

    Long removed = reported ? sum("clean", "removed_") : null;
    rows.add(row("removed-segments", "Removed segments", c.removedSegments(),
        c.removedSegments() == c.articlesRemovedSum() && (removed == null || removed == c.removedSegments()),
        "= the articles' removed_count summed (" + Formats.count(c.articlesRemovedSum()) + ")"
            + (removed == null ? "" : " = " + Formats.count(removed) + " counted by the clean stage")));

    Long sentences = counted("claims", "sentences");
    long below = orZero(counted("claims", "below_threshold"));
    long failed = orZero(counted("claims", "failed_sentences"));
    long template = orZero(counted("claims", "site_template_mentions"));
    // ExtractClaims counts a sentence over --maxSentenceChars or past --maxCandidateChars in
    // claims.sentences too, and analyses neither: they are terms of the sum like the others
    long tooLong = orZero(counted("claims", "sentences_too_long"));
    long overBudget = orZero(counted("claims", "sentences_over_budget"));
    String sentenceSum = "= " + Formats.count(c.mentions()) + " claim mentions + " + Formats.count(below)
        + " below the score threshold + " + Formats.count(failed) + " failed"
        + (template == 0 ? "" : " + " + Formats.count(template) + " site template text")
        + (tooLong == 0 ? "" : " + " + Formats.count(tooLong) + " too long")
        + (overBudget == 0 ? "" : " + " + Formats.count(overBudget) + " past the article's candidate budget");
    if (sentences == null) {
      rows.add(new ReportView.CountRow("sentences", "Sentences", "not reported", "", "unknown",
          statusText(null), "the runner reported no counters"));
    } else {
      rows.add(row("sentences", "Sentences", sentences, sentences == c.mentions() + below + failed + template + tooLong + overBudget,
          sentenceSum));
    }

    rows.add(row("claim-mentions", "Claim mentions", c.mentions(), c.mentions() == c.claimsMentionSum(),
        "= the claims' mention_count summed (" + Formats.count(c.claimsMentionSum()) + ")"));

    Long merges = counted("dedup", "merges");
    rows.add(row("claims", "Claims", c.claims(), merges == null ? null : c.mentions() - merges == c.claims(),
        merges == null ? "no counters reported"
            : "= " + Formats.count(c.mentions()) + " claim mentions − " + Formats.count(merges)
                + " merges by deduplication"));
    return rows;
  }

  private static ReportView.CountRow row(String id, String name, long value, Boolean ok, String check) {
    String status = ok == null ? "unknown" : ok ? "ok" : "mismatch";
    return new ReportView.CountRow(id, name, Formats.count(value), Long.toString(value), status, statusText(ok), check);
  }

  private static String statusText(Boolean ok) {
    return ok == null ? "– not checked" : ok ? "✓ adds up" : "✗ does not add up";
  }

  /** A counter's value; zero when absent from reported counters, null when none were reported. */
  private Long counted(String stage, String name) {
    if (!reported) {
      return null;
    }
    Map<String, Long> ofStage = counters.get(stage);
    return ofStage == null ? 0L : ofStage.getOrDefault(name, 0L);
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  /** The sum of the counters whose name starts with the prefix, in one stage or (null) in all. */
  private long sum(String stage, String prefix) {
    long sum = 0;
    for (Map.Entry<String, SortedMap<String, Long>> ofStage : counters.entrySet()) {
      if (stage != null && !stage.equals(ofStage.getKey())) {
        continue;
      }
      for (Map.Entry<String, Long> e : ofStage.getValue().entrySet()) {
        if (e.getKey().startsWith(prefix)) {
          sum += e.getValue();
        }
      }
    }
    return sum;
  }
}
