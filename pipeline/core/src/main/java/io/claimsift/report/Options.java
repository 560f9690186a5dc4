package io.claimsift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The output-affecting options as the summary shows them, with what each one does. */
final class Options {
  private static final Map<String, String> EFFECTS = Map.of(
      "max_document_bytes", "input files larger than this many bytes are rejected (too_large)",
      "min_claim_score", "sentences whose check-worthiness score is below this are not claim mentions",
      "output_shards", "files per dataset and format",
      "formats", "the file formats every dataset is written in");

  private Options() {}

  static List<ReportView.OptionRow> rows(Map<String, Object> options) {
    List<ReportView.OptionRow> rows = new ArrayList<>();
    options.forEach((name, value) -> rows.add(new ReportView.OptionRow(name, text(value), EFFECTS.get(name))));
    return rows;
  }

  static String text(Object value) {
    if (value instanceof Integer || value instanceof Long) {
      return Formats.count(((Number) value).longValue());
    }
    if (value instanceof Number) {
      return Formats.number(((Number) value).doubleValue());
    }
    return String.valueOf(value);
  }
}
