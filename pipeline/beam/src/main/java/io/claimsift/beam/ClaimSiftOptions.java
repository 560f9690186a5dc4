package io.claimsift.beam;

import io.claimsift.claims.CandidateBudget;
import io.claimsift.claims.ClaimLanguages;
import io.claimsift.clean.CleaningLimits;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Options of a ClaimSift run; every option that changes the output is recorded in manifest.json. */
public interface ClaimSiftOptions extends PipelineOptions {

  @Description("Input: a folder (read recursively), a single file, or a glob such as 'crawl/*/*.html'. "
      + "Files ending in .txt, .html or .htm, optionally gzipped (.gz), become articles; any other file "
      + "becomes a row of the rejects dataset.")
  @Default.String("input/")
  String getInput();

  void setInput(String value);

  @Description("Output folder. The run writes into a staging folder beside it and replaces the folder "
      + "only when it succeeds, so a failed run leaves the previous output intact. An existing folder "
      + "must be empty or a previous ClaimSift output (it has manifest.json).")
  @Default.String("output/")
  String getOutput();

  void setOutput(String value);

  @Description("Largest accepted file, and largest gunzipped content, in bytes; larger inputs are "
      + "rejected with reason too_large.")
  @Default.Long(64L * 1024 * 1024)
  long getMaxDocumentBytes();

  void setMaxDocumentBytes(long value);

  @Description("Budget: a sentence longer than this many characters is not a claim candidate (counted in "
      + "the manifest as claims.sentences_too_long). The claim engines' work grows faster than a sentence's "
      + "length. No claim mention on the evaluation data is longer than 2,467 characters.")
  @Default.Integer(CandidateBudget.DEFAULT_MAX_SENTENCE_CHARS)
  int getMaxSentenceChars();

  void setMaxSentenceChars(int value);

  @Description("Budget per article: its claim candidates are analysed in text order until their total "
      + "length reaches this many characters; its later sentences are not claim candidates (counted in the "
      + "manifest as claims.sentences_over_budget and claims.articles_over_budget).")
  @Default.Integer(CandidateBudget.DEFAULT_MAX_CANDIDATE_CHARS)
  int getMaxCandidateChars();

  void setMaxCandidateChars(int value);

  @Description("Budget: HTML elements nested more deeply than this below <body> are removed with their "
      + "content (removed_segments reason too_deep); the rest of the page is cleaned as usual.")
  @Default.Integer(CleaningLimits.DEFAULT_MAX_HTML_DEPTH)
  int getMaxHtmlDepth();

  void setMaxHtmlDepth(int value);

  @Description("Budget: an HTML page with more elements than this is rejected with reason too_complex.")
  @Default.Integer(CleaningLimits.DEFAULT_MAX_HTML_ELEMENTS)
  int getMaxHtmlElements();

  void setMaxHtmlElements(int value);

  @Description("Budget: a text file with more non-blank lines than this is rejected with reason too_complex.")
  @Default.Integer(CleaningLimits.DEFAULT_MAX_TEXT_LINES)
  int getMaxTextLines();

  void setMaxTextLines(int value);

  @Description("Budget: Readability votes on the paragraphs of an HTML page's body (a third extractor beside "
      + "the HTML and text front ends; removed_segments reason outvoted) only on pages of at most this many "
      + "elements. 0 turns the vote off: HTML cleaning is then about twice as fast and a little less "
      + "accurate (docs/quality.md).")
  @Default.Integer(CleaningLimits.DEFAULT_MAX_READABILITY_ELEMENTS)
  int getMaxReadabilityElements();

  void setMaxReadabilityElements(int value);

  @Description("Check-worthiness threshold in [0, 1]: sentences scoring below it are not claim mentions. "
      + "The score is the probability of a logistic-regression model over lexical features trained on "
      + "ClaimBuster; 0.5 is its best-F1 decision point for check-worthy sentences. Lower it for recall "
      + "(0.2 keeps most factual news sentences), raise it for precision; questions, commands and "
      + "headings always score 0.")
  @Default.Double(0.5)
  double getMinClaimScore();

  void setMinClaimScore(double value);

  @Description("Languages claim extraction runs for, comma-separated: en (the only language with claim "
      + "rules), and unknown for articles whose language was not detected. Articles in other languages "
      + "are still cleaned and written, with their language; their sentences are not claim mentions.")
  @Default.String(ClaimLanguages.DEFAULT)
  String getClaimLanguages();

  void setClaimLanguages(String value);

  @Description("Number of files per dataset (1 to 1024). Records are spread over files by a hash of "
      + "their key and sorted within each file.")
  @Default.Integer(1)
  int getOutputShards();

  void setOutputShards(int value);

  @Description("File formats to write every dataset in: a comma-separated list of avro, csv and parquet. "
      + "All three hold the same records in the same order. Avro (the schema's own format) is staged in "
      + "any case, because report.html is made from it, and removed before the output is replaced when "
      + "not listed.")
  @Default.String("avro,csv,parquet")
  String getFormats();

  void setFormats(String value);

  @Description("An earlier ClaimSift output folder to continue from (see docs/incremental.md). Inputs whose "
      + "article it already has, made by the same pipeline version, are not cleaned or extracted again; "
      + "their rows are taken from it. Deduplication runs over all mentions, and each claim keeps the id "
      + "of the previous claim it shares the most mentions with. Empty: a fresh release.")
  @Default.String("")
  String getPrevious();

  void setPrevious(String value);

  @Description("With --previous, what happens to previous articles whose input is not in this run: "
      + "accumulate keeps them with their mentions, window drops them.")
  @Default.String("accumulate")
  String getPreviousMode();

  void setPreviousMode(String value);

  @Description("The release's id, recorded in manifest.json as release_id and in the first_seen_release "
      + "of its new articles and claims: 1 to 64 characters from A-Z, a-z, 0-9, '.', '_' and '-' (e.g. "
      + "2026-11-21). Empty: derived from the release's content, never from the clock: the first 16 hex "
      + "digits of SHA-256 over the pipeline version, the output options, the previous release's id and "
      + "each input file's source_uri and SHA-256 (docs/incremental.md).")
  @Default.String("")
  String getReleaseId();

  void setReleaseId(String value);
}
