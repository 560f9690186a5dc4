package io.claimsift.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.stream.StreamSupport;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Writes records to an Avro container file whose bytes depend only on the records.
 *
 * <p>Avro normally picks a random 16-byte sync marker per file; here it is derived from the
 * dataset name and the records' sort keys, and the codec is fixed, so equal input gives equal bytes.
 */
public final class AvroDatasetWriter {
  /** Deflate at a fixed level: widely supported by warehouses, and byte-stable across JVMs. */
  private static final int DEFLATE_LEVEL = 6;

  private AvroDatasetWriter() {}

  /** Writes the records, already in their final order, to {@code out} (which is not closed). */
  public static void write(Dataset dataset, Iterable<? extends SpecificRecord> sortedRecords, OutputStream out)
      throws IOException {
    write(dataset, sortedRecords, syncMarker(dataset, sortedRecords), out);
  }

  /** Writes the records, already in their final order, with the sync marker made from their keys. */
  static void write(Dataset dataset, Iterable<? extends SpecificRecord> sortedRecords, byte[] syncMarker,
      OutputStream out) throws IOException {
    DataFileWriter<SpecificRecord> writer = open(dataset, syncMarker, out);
    for (SpecificRecord record : sortedRecords) {
      writer.append(record);
    }
    writer.close();
  }

  /**
   * Writes records given as their Avro binary encodings (of the dataset's schema), already in
   * their final order: the same bytes as {@link #write} of the decoded records, without encoding
   * them again.
   */
  static void writeEncoded(Dataset dataset, Iterable<byte[]> sortedEncodings, byte[] syncMarker,
      OutputStream out) throws IOException {
    DataFileWriter<SpecificRecord> writer = open(dataset, syncMarker, out);
    for (byte[] encoding : sortedEncodings) {
      writer.appendEncoded(ByteBuffer.wrap(encoding));
    }
    writer.close();
  }

  /** A container-file writer of the dataset's schema, deflate-compressed, with the given sync marker. */
  private static DataFileWriter<SpecificRecord> open(Dataset dataset, byte[] syncMarker, OutputStream out)
      throws IOException {
    @SuppressWarnings("unchecked")
    SpecificDatumWriter<SpecificRecord> datumWriter =
        new SpecificDatumWriter<>((Class<SpecificRecord>) dataset.recordClass());
    DataFileWriter<SpecificRecord> writer = new DataFileWriter<>(datumWriter);
    writer.setCodec(CodecFactory.deflateCodec(DEFLATE_LEVEL));
    writer.create(dataset.schema(), new NonClosingOutputStream(out), syncMarker);
    return writer;
  }

  /** The first 16 bytes of SHA-256 over the dataset name and every record's sort key. */
  static byte[] syncMarker(Dataset dataset, Iterable<? extends SpecificRecord> records) {
    return syncMarkerOfKeys(dataset, () -> StreamSupport.stream(records.spliterator(), false)
        .map(r -> dataset.sortKey(r)).iterator());
  }

  /** The sync marker from the records' sort keys, in file order. */
  static byte[] syncMarkerOfKeys(Dataset dataset, Iterable<String> sortKeys) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(dataset.folder().getBytes(StandardCharsets.UTF_8));
      for (String key : sortKeys) {
        digest.update((byte) 0);
        digest.update(key.getBytes(StandardCharsets.UTF_8));
      }
      byte[] sync = new byte[16];
      System.arraycopy(digest.digest(), 0, sync, 0, sync.length);
      return sync;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Lets the caller own the stream's lifetime. */
  private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
    NonClosingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
