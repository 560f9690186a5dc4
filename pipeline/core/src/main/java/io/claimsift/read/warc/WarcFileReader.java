package io.claimsift.read.warc;

import io.claimsift.read.DocumentReader;
import io.claimsift.read.InputFileInfo;
import io.claimsift.read.ReadLimits;
import io.claimsift.read.RejectReason;
import io.claimsift.read.Rejection;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads one WARC or WET file record by record, in file order, as a stream of outcomes: one per
 * record (a document, a reject or a skipped record), so that memory holds one record's payload at
 * a time however large the file is.
 *
 * <p>A damaged record (a header that does not parse, a damaged gzip member, a body that does not
 * end where its Content-Length says) becomes a {@code corrupt_record} reject naming its offset;
 * reading then goes on at the next place where a record starts (a gzip member, or a
 * {@code WARC/} version line in an uncompressed file). A file gzipped as one stream, not record by
 * record, cannot be entered in the middle: there, damage ends the file with one reject for the rest.
 * Not thread-safe; close it when done.
 */
public final class WarcFileReader implements Iterator<RecordOutcome>, Closeable {
  private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_VERSION = "WARC/".getBytes(StandardCharsets.US_ASCII);

  /** How the file is stored, which decides what a record offset means and where reading can resume. */
  private enum Layout { PLAIN, GZIP_PER_RECORD, GZIP_WHOLE }

  private final String fileUri;
  private final TrackedFile file;
  private final CaptureRecords captures;
  private final ArrayDeque<RecordOutcome> ready = new ArrayDeque<>();

  private boolean started;
  private boolean finished;
  private Layout layout;
  private WarcReader reader;
  /** Where the reader's channel starts: its record positions count from here. */
  private long base;
  /** The record whose header has been parsed and that has no outcome yet. */
  private WarcRecord current;
  private long currentOffset;
  /** Records with an outcome so far, while no damage has made the reader jump. */
  private long recordsInOrder;
  private boolean jumped;
  private boolean trailerWarning;

  /**
   * @param fileUri the file's path relative to the input root; record source_uri values extend it
   * @param channels the file's stored bytes
   * @param limits the per-record limits (a record payload counts as a document)
   */
  public WarcFileReader(String fileUri, FileChannels channels, ReadLimits limits) {
    this.fileUri = fileUri;
    this.file = new TrackedFile(channels);
    this.captures = new CaptureRecords(new DocumentReader(limits), limits.maxDocumentBytes());
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !finished) {
      if (!started) {
        started = true;
        start();
      } else if (current == null) {
        closeReader();
        finished = true;
      } else {
        step();
      }
    }
    return !ready.isEmpty();
  }

  @Override
  public RecordOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  /**
   * The file as the manifest lists it: path, SHA-256 of all its bytes and size. Call after the last
   * record; reads whatever the records did not (nothing, for an undamaged file).
   */
  public InputFileInfo fileInfo() {
    try {
      file.readRest();
      return new InputFileInfo(fileUri, file.sha256Hex(), file.size());
    } catch (IOException | RuntimeException e) {
      return new InputFileInfo(fileUri, null, file.size());
    }
  }

  @Override
  public void close() {
    closeReader();
    finished = true;
  }

  private void start() {
    byte[] head;
    try {
      head = firstBytes();
    } catch (IOException | RuntimeException e) {
      reject(fileUri, RejectReason.UNREADABLE, "cannot read file: " + e.getClass().getSimpleName());
      finished = true;
      return;
    }
    if (head.length == 0) {
      ready.add(RecordOutcome.rejected(Rejection.of(fileUri, "decode", RejectReason.EMPTY, "file is empty")));
      finished = true;
      return;
    }
    layout = head.length >= 2 && head[0] == GZIP_MEMBER[0] && head[1] == GZIP_MEMBER[1]
        ? Layout.GZIP_PER_RECORD : Layout.PLAIN;
    Exception failure = openAt(0);
    if (failure != null) {
      damaged(0, "unreadable record", failure);
    }
  }

  /** Decides the current record's outcome, then parses the next header, which also checks the current record's end. */
  private void step() {
    long offset = currentOffset;
    RecordOutcome outcome;
    try {
      outcome = captures.read(current, uriOf(offset));
      current.body().consume();
    } catch (IOException | RuntimeException e) {
      damaged(offset, "damaged record", e);
      return;
    }
    trailerWarning = false;
    Optional<WarcRecord> next;
    try {
      next = reader.next();
    } catch (IOException | RuntimeException e) {
      long failedAt = base + reader.position();
      if (trailerWarning) {
        damagedEnd(offset);
      } else if (failedAt <= offset) {
        // the reader had not got past the current record: its end (the record separator) is unreadable
        damaged(offset, "damaged record", e);
      } else {
        add(outcome);
        damaged(failedAt, "unreadable record", e);
      }
      return;
    }
    if (trailerWarning) {
      damagedEnd(offset);
      return;
    }
    add(outcome);
    if (next.isEmpty()) {
      current = null;
      return;
    }
    long nextOffset = base + reader.position();
    if (layout == Layout.GZIP_PER_RECORD && !startsMember(nextOffset, offset)) {
      if (!jumped) {
        restartAsOneStream();
      } else {
        damaged(Math.max(nextOffset, offset + 1), "record does not start a gzip member",
            new IOException("the file is not compressed one record per gzip member"));
      }
      return;
    }
    current = next.get();
    currentOffset = nextOffset;
  }

  private void add(RecordOutcome outcome) {
    ready.add(outcome);
    recordsInOrder++;
  }

  /** Whether a record of a per-record gzip file starts where a gzip member does, as it must. */
  private boolean startsMember(long offset, long previousOffset) {
    return offset > previousOffset && file.hasAt(offset, GZIP_MEMBER).orElse(true);
  }

  /**
   * The file turned out to be gzipped as one stream (its second record does not start a gzip
   * member): read it again through one decompressor, skipping the records already done; the
   * remaining records get offsets in the decompressed stream.
   */
  private void restartAsOneStream() {
    layout = Layout.GZIP_WHOLE;
    Exception failure = openAt(0);
    long skip = recordsInOrder;
    try {
      for (long i = 1; failure == null && i < skip + 1 && current != null; i++) {
        current = reader.next().orElse(null);
      }
    } catch (IOException | RuntimeException e) {
      failure = e;
    }
    if (failure != null) {
      damaged(reader == null ? 0 : reader.position(), "unreadable record", failure);
      return;
    }
    if (current != null) {
      currentOffset = reader.position();
    }
  }

  /** Opens a reader at the offset and parses the first header there; returns the failure, if any. */
  private Exception openAt(long offset) {
    closeReader();
    current = null;
    base = offset;
    try {
      ReadableByteChannel channel = file.openAt(offset);
      if (layout == Layout.GZIP_WHOLE) {
        channel = Channels.newChannel(new GZIPInputStream(Channels.newInputStream(channel), 64 * 1024));
      }
      reader = new WarcReader(channel);
      reader.onWarning(warning -> trailerWarning = true);
      current = reader.next().orElse(null);
      currentOffset = base + reader.position();
      return null;
    } catch (IOException | RuntimeException e) {
      current = null;
      return e;
    }
  }

  /** A record whose body does not end with the record separator: its Content-Length is wrong or bytes are missing. */
  private void damagedEnd(long offset) {
    damaged(offset, "damaged record", new IOException(
        "the record does not end where its Content-Length says"));
  }

  /** Rejects the record at the offset and goes on at the next record start after it. */
  private void damaged(long offset, String what, Exception cause) {
    jumped = true;
    if (layout == Layout.GZIP_WHOLE) {
      reject(uriOf(offset), RejectReason.CORRUPT_RECORD, what + " (" + Describe.error(cause) + "); the file is"
          + " gzipped as one stream, so the rest of it cannot be read");
      closeReader();
      current = null;
      finished = true;
      return;
    }
    reject(uriOf(offset), RejectReason.CORRUPT_RECORD, what + " (" + Describe.error(cause)
        + "); reading goes on at the next record");
    resync(offset + 1);
  }

  /** Finds the next offset from which a record parses; without one, the file ends here. */
  private void resync(long from) {
    closeReader();
    current = null;
    byte[] signature = layout == Layout.GZIP_PER_RECORD ? GZIP_MEMBER : WARC_VERSION;
    long candidate = from;
    while ((candidate = scan(candidate, signature)) >= 0) {
      if (openAt(candidate) == null && current != null && currentOffset == candidate) {
        return;
      }
      closeReader();
      current = null;
      candidate++;
    }
  }

  /** The first offset at or after {@code from} where the signature occurs; -1 when none does. */
  private long scan(long from, byte[] signature) {
    try (ReadableByteChannel channel = file.openAt(from)) {
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
      long position = from;
      int matched = 0;
      for (int n; (n = channel.read(buffer)) >= 0; buffer.clear()) {
        for (int i = 0; i < n; i++, position++) {
          byte b = buffer.get(i);
          // the signatures' first byte does not recur in them, so a mismatch can only restart a match here
          matched = b == signature[matched] ? matched + 1 : b == signature[0] ? 1 : 0;
          if (matched == signature.length) {
            return position + 1 - signature.length;
          }
        }
      }
      return -1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private byte[] firstBytes() throws IOException {
    try (ReadableByteChannel channel = file.openAt(0)) {
      ByteBuffer head = ByteBuffer.allocate(GZIP_MEMBER.length);
      while (head.hasRemaining() && channel.read(head) >= 0) {
        // read until full or the end of the file
      }
      byte[] bytes = new byte[head.position()];
      head.flip().get(bytes);
      return bytes;
    }
  }

  private String uriOf(long offset) {
    return layout == Layout.GZIP_WHOLE ? RecordUri.inDecompressedStream(fileUri, offset) : RecordUri.of(fileUri, offset);
  }

  private void reject(String uri, RejectReason reason, String detail) {
    ready.add(RecordOutcome.rejected(Rejection.of(uri, "read", reason, detail)));
  }

  private void closeReader() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // nothing was written; a failing close cannot lose data
      }
      reader = null;
    }
  }
}
