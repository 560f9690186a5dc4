package io.claimsift.report;

import io.claimsift.output.Dataset;
import io.claimsift.output.OutputFolder;
import io.claimsift.output.OutputFormat;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Writes report.html beside the datasets of a run, from those datasets as written: five streaming
 * passes (claims, their mentions, rejects, removed segments, then the few articles the page names),
 * each keeping only what the capped lists show; the removed segments' pass runs beside the first
 * three.
 */
public final class RunReport {
  /** The page's file name in the output folder. */
  public static final String FILE = OutputFolder.REPORT;

  /** The order of a dataset's files in the datasets table: the one to open in a spreadsheet first. */
  private static final List<OutputFormat> LINK_ORDER = List.of(OutputFormat.CSV, OutputFormat.AVRO, OutputFormat.PARQUET);

  private RunReport() {}

  /** Writes {@value #FILE} into {@code outputDir}, which holds the run's datasets; returns its path. */
  public static Path write(Path outputDir, RunInfo run) throws IOException {
    return write(outputDir, run, ReportLimits.DEFAULT);
  }

  /** Writes {@value #FILE} with the given caps. */
  public static Path write(Path outputDir, RunInfo run, ReportLimits limits) throws IOException {
    Path file = outputDir.resolve(FILE);
    Files.write(file, render(outputDir, run, limits));
    return file;
  }

  /** The page's bytes (UTF-8). */
  static byte[] render(Path outputDir, RunInfo run, ReportLimits limits) throws IOException {
    // The removed segments are the largest dataset and their pass needs no other: it runs on a
    // thread of its own beside the claims, mentions and rejects passes (the report is made after
    // the job, when nothing else runs). Each pass keeps its own state, so the page is the same.
    FutureTask<RemovalsPass> removalsTask =
        new FutureTask<>(() -> RemovalsPass.read(outputDir, limits.samplesPerRemovalReason()));
    Thread removalsThread = new Thread(removalsTask, "report-removed-segments");
    removalsThread.setDaemon(true);
    removalsThread.start();
    ClaimsPass claims;
    MentionsPass mentions;
    RejectsPass rejects;
    try {
      claims = ClaimsPass.read(outputDir, limits.topClaims());
      mentions = MentionsPass.read(outputDir, claims.top(), limits.mentionsPerClaim());
      rejects = RejectsPass.read(outputDir, limits.filesPerRejectReason());
    } catch (IOException | RuntimeException e) {
      removalsTask.cancel(true);
      throw e;
    }
    List<Claim> top = claims.top();
    RemovalsPass removals = joined(removalsTask);
    ArticlesPass articles = ArticlesPass.read(outputDir, namedArticles(top, mentions, removals, limits));

    Reconciliation.Counts counts = new Reconciliation.Counts(articles.articles, rejects.rejects, removals.segments,
        mentions.mentions, claims.claims, articles.removedCountSum, claims.mentionCountSum);
    List<ReportView.CountRow> countRows = Reconciliation.rows(run, counts);
    Map<Dataset, Long> records = new EnumMap<>(Dataset.class);
    records.put(Dataset.ARTICLES, articles.articles);
    records.put(Dataset.CLAIM_MENTIONS, mentions.mentions);
    records.put(Dataset.CLAIMS, claims.claims);
    records.put(Dataset.REMOVED_SEGMENTS, removals.segments);
    records.put(Dataset.REJECTS, rejects.rejects);
    long[] changes = {0};
    DatasetFiles.forEach(outputDir, Dataset.CLAIM_CHANGES, io.claimsift.schema.ClaimChange.class, c -> changes[0]++);
    records.put(Dataset.CLAIM_CHANGES, changes[0]);

    ReportView.Page page = new ReportView.Page(run.pipelineVersion(),
        "ClaimSift report: " + Formats.counted(claims.claims, "claim", "claims") + " from "
            + Formats.counted(articles.articles, "article", "articles"),
        Formats.counted(run.inputFiles(), "input file", "input files") + " became "
            + Formats.counted(articles.articles, "article", "articles") + " and "
            + Formats.counted(rejects.rejects, "reject", "rejects") + "; the articles stated "
            + Formats.counted(mentions.mentions, "claim mention", "claim mentions") + ", deduplicated into "
            + Formats.counted(claims.claims, "claim", "claims") + ".",
        Reconciliation.allReconcile(countRows), countRows, Options.rows(run.options()),
        topClaims(outputDir, claims, top, new ClaimRows(mentions, articles, limits)),
        BarChart.draw("support-chart", "Claims by number of supporting articles",
            "One bar per number of supporting articles; its length is the number of claims with that support.",
            claims.support.bars()),
        "Support is the number of distinct articles that state a claim. "
            + Formats.counted(claims.claims, "claim", "claims") + " in all.",
        rejects(outputDir, rejects, limits), removals(outputDir, removals, articles, limits),
        datasets(outputDir, records, run.formats(), limits));
    return Templates.render(page);
  }

  /** The pass's result once its thread has finished, with its own exception if it failed. */
  private static RemovalsPass joined(FutureTask<RemovalsPass> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the removed segments for the report", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }

  /** The articles whose titles or file names the page shows. */
  private static Set<String> namedArticles(List<Claim> top, MentionsPass mentions, RemovalsPass removals,
      ReportLimits limits) {
    Set<String> ids = new HashSet<>();
    for (Claim claim : top) {
      ids.addAll(ClaimRows.shownSources(claim, limits));
      for (ClaimMention m : mentions.of(claim.getClaimId())) {
        ids.add(m.getArticleId());
      }
    }
    for (RemovalsPass.Tally tally : removals.tallies()) {
      tally.first.sorted().forEach(s -> ids.add(s.getArticleId()));
    }
    return ids;
  }

  private static ReportView.TopClaims topClaims(Path outputDir, ClaimsPass claims, List<Claim> top, ClaimRows rows)
      throws IOException {
    ReportView.FileLink file = link(outputDir, Dataset.CLAIMS);
    String cap = top.size() == claims.claims
        ? (claims.claims == 1 ? "The run's only claim." : "All " + Formats.count(claims.claims)
            + " claims, from the most outlets first (then the most supporting articles, then the most mentions).")
        : "The " + Formats.count(top.size()) + " most corroborated of " + Formats.count(claims.claims)
            + " claims, from the most outlets first (the list stops at " + Formats.count(top.size())
            + "); all of them are in";
    return new ReportView.TopClaims(cap, top.isEmpty(), rows.rows(top), top.size() == claims.claims ? null : file);
  }

  private static ReportView.Rejects rejects(Path outputDir, RejectsPass pass, ReportLimits limits) throws IOException {
    List<ReportView.RejectRow> rows = new ArrayList<>();
    List<BarChart.Bar> bars = new ArrayList<>();
    for (RejectsPass.Tally tally : pass.tallies()) {
      List<ReportView.RejectFile> files = new ArrayList<>();
      for (Reject r : tally.first.sorted()) {
        files.add(new ReportView.RejectFile(r.getSourceUri(), Formats.excerpt(r.getDetail(), limits.sampleChars())));
      }
      rows.add(new ReportView.RejectRow(tally.stage, tally.reason, Formats.count(tally.count()), files,
          more(tally.count(), files.size(), "file")));
      bars.add(new BarChart.Bar(tally.reason + " (" + tally.stage + ")", tally.count()));
    }
    return new ReportView.Rejects(Formats.count(pass.rejects), pass.rejects == 0,
        BarChart.draw("rejects-chart", "Rejected input files by reason and stage",
            "One bar per reason and stage; its length is the number of files rejected for it.", bars),
        rows, "Each reason lists its first " + Formats.count(limits.filesPerRejectReason())
            + " files by name; every rejected file is in", link(outputDir, Dataset.REJECTS));
  }

  private static ReportView.Removals removals(Path outputDir, RemovalsPass pass, ArticlesPass articles,
      ReportLimits limits) throws IOException {
    List<ReportView.RemovalRow> rows = new ArrayList<>();
    List<BarChart.Bar> bars = new ArrayList<>();
    for (RemovalsPass.Tally tally : pass.tallies()) {
      List<ReportView.Sample> samples = new ArrayList<>();
      for (RemovedSegment s : tally.first.sorted()) {
        ArticlesPass.ArticleInfo article = articles.get(s.getArticleId());
        samples.add(new ReportView.Sample(
            s.getText().isBlank() ? null : Formats.excerpt(s.getText(), limits.sampleChars()),
            article.sourceUri() == null ? "article " + s.getArticleId() : article.sourceUri(),
            s.getLine() == null ? null : "line " + s.getLine()));
      }
      rows.add(new ReportView.RemovalRow(tally.reason, Formats.count(tally.count()), samples,
          more(tally.count(), samples.size(), "segment")));
      bars.add(new BarChart.Bar(tally.reason, tally.count()));
    }
    return new ReportView.Removals(Formats.count(pass.segments), pass.segments == 0,
        BarChart.draw("removals-chart", "Removed segments by reason",
            "One bar per reason; its length is the number of segments the cleaner removed for it.", bars),
        rows, "Each reason quotes up to " + Formats.count(limits.samplesPerRemovalReason())
            + " of its segments, picked by a fixed hash so that they come from different articles and"
            + " the same data always shows the same ones, cut at " + Formats.count(limits.sampleChars())
            + " characters; every removed segment is in", link(outputDir, Dataset.REMOVED_SEGMENTS));
  }

  private static List<ReportView.DatasetRow> datasets(Path outputDir, Map<Dataset, Long> records,
      Set<OutputFormat> formats, ReportLimits limits) throws IOException {
    List<ReportView.DatasetRow> rows = new ArrayList<>();
    for (Dataset dataset : Dataset.values()) {
      List<String> files = new ArrayList<>();
      for (OutputFormat format : LINK_ORDER) {
        if (formats.contains(format)) {
          files.addAll(DatasetFiles.names(outputDir, dataset, "." + format.extension()));
        }
      }
      List<ReportView.FileLink> links = new ArrayList<>();
      for (String file : files.subList(0, Math.min(files.size(), limits.filesPerDataset()))) {
        links.add(new ReportView.FileLink(file, file));
      }
      rows.add(new ReportView.DatasetRow(dataset.folder(), Formats.count(records.get(dataset)), links,
          files.size() > links.size() ? "and " + Formats.count(files.size() - links.size()) + " more files in "
              + dataset.folder() + "/ (manifest.json lists them all)" : null));
    }
    return rows;
  }

  /**
   * A link to a dataset's CSV file, or to the datasets table when it has several shards or the run
   * wrote no CSV.
   */
  private static ReportView.FileLink link(Path outputDir, Dataset dataset) throws IOException {
    List<String> csv = DatasetFiles.names(outputDir, dataset, ".csv");
    if (csv.size() == 1) {
      return new ReportView.FileLink(csv.get(0), csv.get(0));
    }
    if (csv.isEmpty()) {
      return new ReportView.FileLink("#datasets", dataset.folder() + "/");
    }
    return new ReportView.FileLink("#datasets", dataset.folder() + "/ (" + Formats.count(csv.size()) + " CSV files)");
  }

  private static String more(long count, int shown, String noun) {
    return count > shown ? "and " + Formats.count(count - shown) + " more " + (count - shown == 1 ? noun : noun + "s")
        : null;
  }
}
