package io.claimsift.read.warc;

import java.util.Locale;

/** Tells crawl files apart by extension: {@code .warc}, {@code .warc.gz}, {@code .wet}, {@code .wet.gz} (so {@code .warc.wet.gz}). */
public final class WarcFiles {
  private static final String[] EXTENSIONS = {".warc", ".warc.gz", ".wet", ".wet.gz"};

  private WarcFiles() {}

  /** True when the file name (or a path ending in it) names a WARC or WET file. */
  public static boolean isWarc(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String extension : EXTENSIONS) {
      if (lower.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }
}
