package io.claimsift.bench;

import java.util.Locale;

/** The form of the synthetic articles, matching the layout of the evaluation pages. */
enum InputFormat {
  /** HTML pages, gzipped as crawls store them: {@code html/*.html.gz}. */
  HTML("html", ".html.gz", true),
  /** Plain-text dumps: {@code text/*.txt}. */
  TEXT("text", ".txt", false);

  private final String folder;
  private final String extension;
  private final boolean gzipped;

  InputFormat(String folder, String extension, boolean gzipped) {
    this.folder = folder;
    this.extension = extension;
    this.gzipped = gzipped;
  }

  String folder() {
    return folder;
  }

  String extension() {
    return extension;
  }

  boolean gzipped() {
    return gzipped;
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static InputFormat parse(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
