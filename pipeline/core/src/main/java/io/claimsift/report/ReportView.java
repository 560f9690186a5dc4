package io.claimsift.report;

import java.util.List;

/**
 * What the template shows, already counted, cut and formatted: the template only lays it out.
 * Mustache reads these records by their accessor names; text is HTML-escaped when rendered.
 */
final class ReportView {
  private ReportView() {}

  /** The whole page. */
  public record Page(String pipelineVersion, String title, String lede, boolean allReconcile,
      List<CountRow> counts, List<OptionRow> options, TopClaims topClaims, Chart supportChart,
      String supportCaption, Rejects rejects, Removals removals, List<DatasetRow> datasets) {}

  /** One count of the run summary, with how it adds up; {@code status} is ok, mismatch or unknown. */
  public record CountRow(String id, String name, String value, String raw, String status, String statusText,
      String check) {}

  /** One option that affects the output. */
  public record OptionRow(String name, String value, String effect) {}

  /** The top-claims table and the sentence that states its cap. */
  public record TopClaims(String cap, boolean empty, List<ClaimRow> rows, FileLink claimsFile) {}

  /** One claim: its representative sentence, facts, claimer, support, sources and mentions. */
  public record ClaimRow(int rank, String anchor, String text, List<QuantityView> quantities, List<DateView> dates,
      boolean noFacts, String claimer, boolean hedged, String support, String supportNote,
      List<SourceView> sources, String moreSources, String mentionsSummary, List<MentionView> mentionList,
      String mentionsCap) {}

  /** A quantity of a claim: its words and what they mean. */
  public record QuantityView(String text, String detail) {}

  /** A date of a claim: its words and the days they cover. */
  public record DateView(String text, String period) {}

  /** A supporting article; {@code url} only when the page gave an http(s) address. */
  public record SourceView(String title, String url, String published, String sourceUri) {}

  /** One mention of a claim: its sentence in pieces, with the quantities marked. */
  public record MentionView(List<Piece> pieces, boolean representative, boolean hedged, String articleTitle,
      String sourceUri, String mentionClaimer, String score, String similarity) {}

  /** A piece of a sentence; marked pieces are quantities. */
  public record Piece(String text, boolean marked) {}

  /** An inline-SVG bar chart, drawn by {@link BarChart}. */
  public record Chart(String id, String title, String description, int width, int height, int barHeight,
      List<ChartBar> bars) {}

  /** One bar: its label, value text and coordinates. */
  public record ChartBar(String label, String value, String tooltip, int labelY, int barY, int barWidth,
      int valueX, int valueY) {}

  /** The rejects section. */
  public record Rejects(String total, boolean none, Chart chart, List<RejectRow> rows, String cap, FileLink file) {}

  /** The rejects of one stage and reason, with the first files. */
  public record RejectRow(String stage, String reason, String count, List<RejectFile> files, String more) {}

  /** A rejected file and why. */
  public record RejectFile(String sourceUri, String detail) {}

  /** The removed-segments section. */
  public record Removals(String total, boolean none, Chart chart, List<RemovalRow> rows, String cap, FileLink file) {}

  /** The removed segments of one reason, with a sample. */
  public record RemovalRow(String reason, String count, List<Sample> samples, String more) {}

  /** A removed segment: its text (maybe cut) and where it came from. */
  public record Sample(String text, String sourceUri, String line) {}

  /** A dataset, its record count and links to its files. */
  public record DatasetRow(String name, String records, List<FileLink> files, String more) {}

  /** A link to a dataset's file or files, relative to the page. */
  public record FileLink(String href, String label) {}
}
