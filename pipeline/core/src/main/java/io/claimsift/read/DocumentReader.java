package io.claimsift.read;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Turns one stored input file, or the payload of one WARC/WET record ({@link #decodeRecord}), into
 * a decoded document or a rejection; never throws for bad input.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentReader {
  private static final String GZ = ".gz";
  private static final char REPLACEMENT = '\uFFFD';

  private final ReadLimits limits;

  public DocumentReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** Supplies a file's bytes; may fail with an I/O error. */
  @FunctionalInterface
  public interface ByteSource {
    byte[] read() throws IOException;
  }

  /**
   * Reads and decodes one file.
   *
   * @param sourceUri the path relative to the input root
   * @param storedSize the size the file system reports, checked before reading
   */
  public ReadOutcome read(String sourceUri, long storedSize, ByteSource source) {
    InputFileInfo unread = new InputFileInfo(sourceUri, null, Math.max(storedSize, 0));
    String name = sourceUri.substring(sourceUri.lastIndexOf('/') + 1);
    boolean gzipped = name.toLowerCase(Locale.ROOT).endsWith(GZ);
    String innerName = gzipped ? name.substring(0, name.length() - GZ.length()) : name;
    Optional<DocumentFormat> format = DocumentFormat.ofFileName(innerName);
    byte[] stored;
    if (storedSize > limits.maxDocumentBytes()) {
      return reject(unread, "read", RejectReason.TOO_LARGE,
          "file is " + storedSize + " bytes; the limit is " + limits.maxDocumentBytes());
    }
    try {
      stored = source.read();
    } catch (InputFileException e) {
      return reject(unread, "read", e.reason(), e.getMessage());
    } catch (IOException | RuntimeException e) {
      return reject(unread, "read", RejectReason.UNREADABLE, "cannot read file: " + describe(e));
    }
    InputFileInfo file = new InputFileInfo(sourceUri, Hashing.sha256Hex(stored), stored.length);
    if (format.isEmpty()) {
      return reject(file, "read", RejectReason.UNSUPPORTED_EXTENSION,
          "not .txt, .html or .htm (optionally .gz): " + name);
    }
    return decode(file, stored, gzipped, format.get());
  }

  private ReadOutcome decode(InputFileInfo file, byte[] stored, boolean gzipped, DocumentFormat format) {
    if (stored.length == 0) {
      return reject(file, "decode", RejectReason.EMPTY, "file is empty");
    }
    byte[] content = stored;
    if (gzipped) {
      try {
        content = gunzip(stored, limits.maxDocumentBytes());
      } catch (TooLargeException e) {
        return reject(file, "decode", RejectReason.TOO_LARGE,
            "gzip content expands past the limit of " + limits.maxDocumentBytes() + " bytes");
      } catch (IOException e) {
        return reject(file, "decode", RejectReason.CORRUPT_GZIP, "not a valid gzip stream ("
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
      }
    }
    if (gzipped && BinarySniffer.isGzip(content)) {
      return reject(file, "decode", RejectReason.BINARY,
          "binary content: a gzip stream inside the gzip (the file was compressed twice)");
    }
    return decodeText(file, content, format, Optional.empty());
  }

  /**
   * Decodes the payload of one WARC/WET record with the checks a file gets: emptiness, size,
   * binary sniffing, charset detection and the share of undecodable characters. The WARC container
   * is already undone; an HTTP Content-Encoding is undone here.
   *
   * @param recordUri the record's source_uri (the file's path and the record's offset)
   * @param payload the payload as the record stores it; its SHA-256 is the article id
   * @param contentEncoding the HTTP Content-Encoding (gzip, x-gzip, deflate, identity), or null
   * @param declaredCharset the charset the HTTP Content-Type declares, if any
   */
  public ReadOutcome decodeRecord(String recordUri, byte[] payload, String contentEncoding, DocumentFormat format,
      Optional<Charset> declaredCharset) {
    InputFileInfo record = new InputFileInfo(recordUri, Hashing.sha256Hex(payload), payload.length);
    if (payload.length == 0) {
      return reject(record, "decode", RejectReason.EMPTY, "record payload is empty");
    }
    if (payload.length > limits.maxDocumentBytes()) {
      return reject(record, "read", RejectReason.TOO_LARGE, "record payload is " + payload.length
          + " bytes; the limit is " + limits.maxDocumentBytes());
    }
    String coding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
    byte[] content;
    try {
      switch (coding) {
        case "", "identity", "none" -> content = payload;
        case "gzip", "x-gzip" -> content = gunzip(payload, limits.maxDocumentBytes());
        case "deflate" -> content = inflate(payload, limits.maxDocumentBytes());
        default -> {
          return reject(record, "decode", RejectReason.UNDECODABLE,
              "Content-Encoding " + coding + " is not supported");
        }
      }
    } catch (TooLargeException e) {
      return reject(record, "decode", RejectReason.TOO_LARGE,
          coding + " content expands past the limit of " + limits.maxDocumentBytes() + " bytes");
    } catch (IOException e) {
      return reject(record, "decode", RejectReason.CORRUPT_RECORD, "not a valid " + coding + " payload ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
    }
    return decodeText(record, content, format, declaredCharset);
  }

  private ReadOutcome decodeText(InputFileInfo file, byte[] content, DocumentFormat format,
      Optional<Charset> declaredCharset) {
    CharsetDetector.Detection charset = CharsetDetector.detect(content, format, declaredCharset);
    boolean utf16 = charset.charset().name().startsWith("UTF-16");
    Optional<String> binary = BinarySniffer.sniff(content, utf16);
    if (binary.isPresent()) {
      return reject(file, "decode", RejectReason.BINARY, "binary content: " + binary.get());
    }
    String text = decodeLeniently(content, charset);
    if (text.isBlank()) {
      return reject(file, "decode", RejectReason.EMPTY, "no text after decoding");
    }
    double undecodable = share(text, REPLACEMENT);
    if (undecodable > limits.maxUndecodableShare()) {
      return reject(file, "decode", RejectReason.UNDECODABLE, String.format(Locale.ROOT,
          "%.1f%% of characters are not valid %s", undecodable * 100, charset.charset().name()));
    }
    return ReadOutcome.decoded(file, new DecodedDocument(file.sourceUri(), file.sha256(), format, text));
  }

  /** Decodes with replacement characters for invalid input, so bad bytes never throw. */
  static String decodeLeniently(byte[] content, CharsetDetector.Detection detection) {
    CharsetDecoder decoder = detection.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer chars = decoder.decode(
          ByteBuffer.wrap(content, detection.skipBytes(), content.length - detection.skipBytes()));
      return chars.toString();
    } catch (CharacterCodingException impossibleWithReplace) {
      throw new IllegalStateException(impossibleWithReplace);
    }
  }

  private static byte[] gunzip(byte[] stored, long limit) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
      return readLimited(in, limit, gzipSizeHint(stored, limit));
    } catch (EOFException | ZipException e) {
      throw new IOException(e.getMessage() == null ? "truncated gzip stream" : e.getMessage(), e);
    }
  }

  /** Undoes HTTP's "deflate" coding: zlib-wrapped as the RFC says, or raw deflate as some servers send. */
  private static byte[] inflate(byte[] stored, long limit) throws IOException {
    try {
      return inflate(stored, limit, false);
    } catch (ZipException notZlib) {
      return inflate(stored, limit, true);
    }
  }

  private static byte[] inflate(byte[] stored, long limit, boolean raw) throws IOException {
    Inflater inflater = new Inflater(raw);
    try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(stored), inflater)) {
      return readLimited(in, limit, 0);
    } catch (EOFException e) {
      throw new IOException(e.getMessage() == null ? "truncated deflate stream" : e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }

  /**
   * The size a gzip stream's trailer (ISIZE, its last four bytes) gives for its content, as the
   * first guess of the output buffer, or 0 when there is none. Only a guess: the trailer may lie
   * or name the last of several members only, so it is capped by the limit and by a thousand
   * times the stored size (the most deflate can expand), and the reading checks every byte.
   */
  private static int gzipSizeHint(byte[] stored, long limit) {
    if (stored.length < 18) {
      return 0;
    }
    int n = stored.length;
    long size = (stored[n - 4] & 0xFFL) | (stored[n - 3] & 0xFFL) << 8
        | (stored[n - 2] & 0xFFL) << 16 | (stored[n - 1] & 0xFFL) << 24;
    return (int) Math.min(size, Math.min(Math.min(limit, 1032L * n), 1L << 30));
  }

  /** The most bytes asked of the stream per read, as before (see {@link #readLimited}). */
  private static final int CHUNK = 64 * 1024;

  /**
   * The whole stream, failing with {@link TooLargeException} past {@code limit} bytes. Read into
   * one array sized by {@code sizeHint} (plus one chunk), which grows only when the stream is
   * longer and is cut to the read length at the end: a gzip page used to grow a {@code
   * ByteArrayOutputStream} from 32 bytes (a copy per doubling) and be copied out of it. Each
   * read asks for {@link #CHUNK} bytes, as the 64 KiB buffer did, so a stream that is both too
   * long and corrupt fails at the same read, with the same reason, as before.
   */
  private static byte[] readLimited(InputStream in, long limit, int sizeHint) throws IOException {
    byte[] out = new byte[sizeHint + CHUNK];
    int total = 0;
    for (int n; (n = in.read(out, total, CHUNK)) > 0; ) {
      total += n;
      if (total > limit) {
        throw new TooLargeException();
      }
      if (out.length - total < CHUNK) {
        out = Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 8,
            Math.max(2L * out.length, (long) total + CHUNK)));
      }
    }
    return Arrays.copyOf(out, total);
  }

  private static double share(String text, char c) {
    // indexOf, not a charAt loop: the runtime's intrinsic scan (and a Latin-1 string, which
    // cannot hold U+FFFD, is answered at once).
    long count = 0;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      count++;
    }
    return text.isEmpty() ? 0 : (double) count / text.length();
  }

  /** Names the error without file-system paths, which would make the output machine-dependent. */
  private static String describe(Exception e) {
    String simple = e.getClass().getSimpleName();
    String message = e.getMessage();
    if (message == null || message.contains("/") || message.contains("\\")) {
      return simple;
    }
    return simple + ": " + message;
  }

  private static ReadOutcome reject(InputFileInfo file, String stage, RejectReason reason, String detail) {
    return ReadOutcome.rejected(file, Rejection.of(file.sourceUri(), stage, reason, detail));
  }

  /** Signals a gzip bomb or an oversized document. */
  private static final class TooLargeException extends IOException {
    TooLargeException() {
      super("too large");
    }
  }
}
