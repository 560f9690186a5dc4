package io.claimsift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The output-affecting options as the summary shows them, with what each one does. */
final class Options {
  private static final Map<String, String> EFFECTS = Map.of(
      "max_document_bytes", "input files larger than this many bytes are rejected (too_large)",
      "max_html_depth", "HTML elements nested deeper than this are removed (too_deep)",
      "max_html_elements", "HTML pages with more elements than this are rejected (too_complex)",
      "max_text_lines", "text files with more non-blank lines than this are rejected (too_complex)",
      "max_sentence_chars", "longer sentences are not claim candidates",
      "max_candidate_chars", "an article's sentences after this many characters of candidates are not claim candidates",
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
