package io.claimsift.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's character set: byte-order mark first, then the charset the HTTP header of a
 * WARC record declares (loose files have none), then the HTML meta charset, then UTF-8.
 */
public final class CharsetDetector {
  /** How far into an HTML document the meta charset is looked for (the HTML spec says 1024 bytes; be lenient). */
  private static final int META_SCAN_BYTES = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private CharsetDetector() {}

  /** The charset and how many leading bytes (a BOM) to skip. */
  public record Detection(Charset charset, int skipBytes) {}

  /** Detects the charset of the stored bytes of a document in the given format. */
  public static Detection detect(byte[] bytes, DocumentFormat format) {
    return detect(bytes, format, Optional.empty());
  }

  /**
   * Detects the charset of a document whose transport declared one (a WARC response's HTTP
   * Content-Type); the HTML spec ranks that declaration below a byte-order mark and above the meta tag.
   */
  public static Detection detect(byte[] bytes, DocumentFormat format, Optional<Charset> declared) {
    Optional<Detection> bom = byteOrderMark(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    if (declared.isPresent()) {
      return new Detection(declared.get(), 0);
    }
    if (format == DocumentFormat.HTML) {
      Optional<Charset> meta = metaCharset(bytes);
      if (meta.isPresent()) {
        return new Detection(meta.get(), 0);
      }
    }
    return new Detection(StandardCharsets.UTF_8, 0);
  }

  static Optional<Detection> byteOrderMark(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(new Detection(StandardCharsets.UTF_8, 3));
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return Optional.of(new Detection(StandardCharsets.UTF_16BE, 2));
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return Optional.of(new Detection(StandardCharsets.UTF_16LE, 2));
    }
    return Optional.empty();
  }

  static Optional<Charset> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    try {
      Charset charset = Charset.forName(name);
      // A page that says UTF-16 in an ASCII-readable meta tag is really an ASCII superset (HTML spec).
      return Optional.of(name.startsWith("utf-16") ? StandardCharsets.UTF_8 : charset);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
