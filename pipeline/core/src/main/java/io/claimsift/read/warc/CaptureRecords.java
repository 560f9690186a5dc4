package io.claimsift.read.warc;

import io.claimsift.read.DocumentFormat;
import io.claimsift.read.DocumentReader;
import io.claimsift.read.ReadOutcome;
import io.claimsift.read.RejectReason;
import io.claimsift.read.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Decides what one parsed WARC record becomes: an HTML response (HTTP status 2xx, Content-Type
 * text/html or application/xhtml+xml) or a WET text conversion is decoded into a document; any
 * other record is skipped under a counted kind.
 */
final class CaptureRecords {
  /** Record types skipped under their own name; any other type is counted as {@code other}. */
  private static final Set<String> KNOWN_TYPES =
      Set.of("warcinfo", "request", "metadata", "revisit", "resource", "continuation", "response", "conversion");
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  private final DocumentReader decoder;
  private final long maxPayloadBytes;

  CaptureRecords(DocumentReader decoder, long maxPayloadBytes) {
    this.decoder = decoder;
    this.maxPayloadBytes = maxPayloadBytes;
  }

  /**
   * The outcome of one record whose header has been parsed.
   *
   * @throws IOException only when the container fails under the record (a damaged gzip member, a
   *     file that ends inside the record): the caller then looks for the next record
   */
  RecordOutcome read(WarcRecord record, String recordUri) throws IOException {
    try {
      if (record instanceof WarcResponse response) {
        return response(response, recordUri);
      }
      if (record instanceof WarcConversion conversion) {
        return conversion(conversion, recordUri);
      }
      String type = record.headers().first("WARC-Type").orElse("").toLowerCase(Locale.ROOT);
      return RecordOutcome.skipped(KNOWN_TYPES.contains(type) ? type : "other");
    } catch (ZipException | EOFException containerFailed) {
      throw containerFailed;
    } catch (IOException | RuntimeException e) {
      // The WARC framing held (or the caller finds out when it skips the rest of the record):
      // only this record's HTTP message or headers are bad.
      return RecordOutcome.rejected(Rejection.of(recordUri, "read", RejectReason.CORRUPT_RECORD,
          "unreadable record (" + Describe.error(e) + ")"));
    }
  }

  private RecordOutcome response(WarcResponse response, String recordUri) throws IOException {
    MediaType block = response.contentType();
    if (!(block.type() + "/" + block.subtype()).equalsIgnoreCase("application/http")) {
      return RecordOutcome.skipped("response_not_http");
    }
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() > 299) {
      return RecordOutcome.skipped("response_not_2xx");
    }
    MediaType type = http.contentType();
    if (!HTML_TYPES.contains((type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT))) {
      return RecordOutcome.skipped("response_not_html");
    }
    List<String> encodings = http.headers().all("Content-Encoding");
    String encoding = encodings.isEmpty() ? null : String.join(", ", encodings);
    return decode(response, recordUri, http.body(), encoding, DocumentFormat.HTML, charset(type));
  }

  private RecordOutcome conversion(WarcConversion conversion, String recordUri) throws IOException {
    Optional<String> declared = conversion.headers().first("Content-Type");
    MediaType type = conversion.contentType();
    if (declared.isPresent() && !(type.type() + "/" + type.subtype()).equalsIgnoreCase("text/plain")) {
      return RecordOutcome.skipped("conversion_not_text");
    }
    return decode(conversion, recordUri, conversion.body(), null, DocumentFormat.TEXT, charset(type));
  }

  private RecordOutcome decode(WarcTargetRecord record, String recordUri, ReadableByteChannel body,
      String encoding, DocumentFormat format, Optional<Charset> charset) throws IOException {
    byte[] payload = readAtMost(body, maxPayloadBytes);
    if (payload == null) {
      return RecordOutcome.rejected(Rejection.of(recordUri, "read", RejectReason.TOO_LARGE,
          "record payload is larger than the limit of " + maxPayloadBytes + " bytes"));
    }
    ReadOutcome outcome = decoder.decodeRecord(recordUri, payload, encoding, format, charset);
    if (!outcome.isDecoded()) {
      return RecordOutcome.rejected(outcome.rejection());
    }
    return RecordOutcome.document(outcome.document().withCapture(record.target(), fetchedAt(record)));
  }

  /** The record's WARC-Date in whole milliseconds (what the Avro field holds); null when missing or malformed. */
  private static Instant fetchedAt(WarcRecord record) {
    try {
      return Instant.ofEpochMilli(record.date().toEpochMilli());
    } catch (RuntimeException missingOrMalformed) {
      return null;
    }
  }

  private static Optional<Charset> charset(MediaType type) {
    for (Map.Entry<String, String> parameter : type.parameters().entrySet()) {
      if (parameter.getKey().equalsIgnoreCase("charset")) {
        try {
          return Optional.of(Charset.forName(parameter.getValue().trim()));
        } catch (IllegalArgumentException unknown) {
          return Optional.empty(); // the meta tag or UTF-8 is then used, as for a loose file
        }
      }
    }
    return Optional.empty();
  }

  /** The channel's bytes, or null when there are more than {@code limit}: memory stays bounded by one record. */
  private static byte[] readAtMost(ReadableByteChannel body, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    long total = 0;
    for (int n; (n = body.read(buffer)) >= 0; ) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buffer.array(), 0, n);
      buffer.clear();
    }
    return out.toByteArray();
  }
}
