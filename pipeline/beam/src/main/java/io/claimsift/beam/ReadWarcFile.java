package io.claimsift.beam;

import io.claimsift.read.InputEntry;
import io.claimsift.read.InputFileInfo;
import io.claimsift.read.ReadLimits;
import io.claimsift.read.Rejection;
import io.claimsift.read.warc.FileChannels;
import io.claimsift.read.warc.RecordOutcome;
import io.claimsift.read.warc.WarcFileReader;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;

/**
 * Reads one WARC/WET file for {@link ReadArticles}: a document or a reject per HTML response or
 * WET conversion, and counters for the rest. Read-stage counters, all absent when no crawl file
 * was read: {@code warc_files}; {@code warc_records} (every record, one per damaged stretch);
 * {@code warc_documents} and {@code warc_rejected} (the records that became documents or rejects,
 * also counted in {@code documents} and {@code rejected_*}); {@code warc_skipped_KIND} (e.g.
 * {@code request}, {@code metadata}, {@code warcinfo}, {@code response_not_html}).
 */
final class ReadWarcFile {
  static final String FILES = "warc_files";
  static final String RECORDS = "warc_records";
  static final String DOCUMENTS = "warc_documents";
  static final String REJECTED = "warc_rejected";
  static final String SKIPPED_PREFIX = "warc_skipped_";

  private ReadWarcFile() {}

  /** Emits the file's documents, rejects and input entry; never throws for bad input. */
  static void read(InputEntry entry, ReadLimits limits, ReadArticles.Outcomes out) {
    String sourceUri = entry.sourceUri();
    out.count(FILES);
    InputFileInfo info;
    WarcFileReader reader = new WarcFileReader(sourceUri, channels(entry), limits);
    try (reader) {
      while (reader.hasNext()) {
        emit(reader.next(), out);
      }
      info = reader.fileInfo();
    } catch (Throwable e) {
      // Whatever the reader meets (a bug, a stack overflow) must not fail the run or lose the rest
      // of the input: it becomes a reject. Only a fatal JVM error is rethrown (DocumentFailures).
      Rejection failure = DocumentFailures.rejection(sourceUri, Stage.READ, e);
      emit(new RecordOutcome(null, new Rejection(sourceUri, failure.stage(), failure.reason(),
          failure.detail() + "; the rest of the file is not read"), null), out);
      info = new InputFileInfo(sourceUri, null, entry.bytes());
    }
    out.input(info);
  }

  private static void emit(RecordOutcome outcome, ReadArticles.Outcomes out) {
    out.count(RECORDS);
    if (outcome.isDocument()) {
      out.count("documents");
      out.count(DOCUMENTS);
      out.document(outcome.document());
    } else if (outcome.isRejected()) {
      out.count("rejected_" + outcome.rejection().reason());
      out.count(REJECTED);
      out.reject(Records.reject(outcome.rejection()));
    } else {
      out.count(SKIPPED_PREFIX + outcome.skippedKind());
    }
  }

  /** The file's bytes from an offset (a local file: the channel seeks). */
  private static FileChannels channels(InputEntry entry) {
    return offset -> {
      SeekableByteChannel channel = Files.newByteChannel(entry.path());
      try {
        channel.position(offset);
        return channel;
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    };
  }
}
