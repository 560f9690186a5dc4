package io.claimsift.read.warc;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source_uri of a WARC/WET record: the file's relative path, {@code #offset=}, and the byte
 * offset where the record starts in the file as stored, e.g. {@code crawl/part-1.warc.gz#offset=12345}.
 * In a {@code .gz} file compressed record by record (the WARC standard's way, and every crawler's)
 * that is the offset of the record's gzip member, the same offset a CDX index gives. A file gzipped
 * as one stream has no such offsets; its records get {@code #decompressed-offset=N}, the offset in
 * the decompressed stream.
 */
public final class RecordUri {
  private static final Pattern FRAGMENT = Pattern.compile("#(?:offset|decompressed-offset)=([0-9]{1,18})$");

  /**
   * Orders source_uri values as strings, except that two records of the same file compare by
   * their offsets as numbers, so that the record that comes first in the file comes first.
   * Loose files' paths (which have no such fragment) keep plain string order.
   */
  public static final Comparator<String> ORDER = RecordUri::compare;

  private RecordUri() {}

  /** The source_uri of the record at {@code offset} in the stored file. */
  public static String of(String fileUri, long offset) {
    return fileUri + "#offset=" + offset;
  }

  /** The source_uri of the record at {@code offset} of a file gzipped as a single stream. */
  public static String inDecompressedStream(String fileUri, long offset) {
    return fileUri + "#decompressed-offset=" + offset;
  }

  /**
   * Compares (path, kind of offset, offset as a number, whole string): a lexicographic order of
   * tuples, so it is a total order whatever the names; for strings without a record fragment it
   * is plain string order.
   */
  private static int compare(String a, String b) {
    Matcher ma = FRAGMENT.matcher(a);
    Matcher mb = FRAGMENT.matcher(b);
    boolean ra = ma.find();
    boolean rb = mb.find();
    int byPath = (ra ? a.substring(0, ma.start()) : a).compareTo(rb ? b.substring(0, mb.start()) : b);
    if (byPath != 0 || !ra || !rb) {
      return byPath != 0 ? byPath : Boolean.compare(ra, rb) != 0 ? Boolean.compare(ra, rb) : a.compareTo(b);
    }
    int byKind = Character.compare(a.charAt(ma.start() + 1), b.charAt(mb.start() + 1));
    if (byKind != 0) {
      return byKind;
    }
    int byOffset = Long.compare(Long.parseLong(ma.group(1)), Long.parseLong(mb.group(1)));
    return byOffset != 0 ? byOffset : a.compareTo(b);
  }
}
