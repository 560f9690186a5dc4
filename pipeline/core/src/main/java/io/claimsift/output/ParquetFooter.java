package io.claimsift.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * The footer of a Parquet file (Thrift FileMetaData, then its length and "PAR1"): made canonical
 * after writing, and read for the record count.
 */
final class ParquetFooter {
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
  private static final int TAIL = 8; // footer length (4 bytes, little-endian) + magic

  private ParquetFooter() {}

  /**
   * The file with each column chunk's encodings listed in ascending order. parquet-hadoop collects
   * them in a HashSet of enum constants, whose order follows identity hash codes and so changes
   * from one JVM to the next; that list is the only part of the file that does. The footer is the
   * last thing in the file and nothing points into it, so it can be rewritten in place.
   */
  static byte[] canonical(byte[] file) throws IOException {
    int footerLength = footerLength(file, file.length);
    int footerStart = file.length - TAIL - footerLength;
    FileMetaData metadata = Util.readFileMetaData(new ByteArrayInputStream(file, footerStart, footerLength));
    for (RowGroup rowGroup : metadata.getRow_groups()) {
      for (ColumnChunk chunk : rowGroup.getColumns()) {
        ColumnMetaData column = chunk.getMeta_data();
        if (column != null && column.getEncodings() != null) {
          List<Encoding> sorted = new ArrayList<>(column.getEncodings());
          sorted.sort(Comparator.comparingInt(Encoding::getValue));
          column.setEncodings(sorted);
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
    out.write(file, 0, footerStart);
    ByteArrayOutputStream footer = new ByteArrayOutputStream(footerLength);
    Util.writeFileMetaData(metadata, footer);
    footer.writeTo(out);
    out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.size()).array());
    out.write(MAGIC);
    return out.toByteArray();
  }

  /** The number of rows the file's footer states. */
  static long rowCount(Path file) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      if (size < TAIL + MAGIC.length) {
        throw new IOException("not a Parquet file (too short): " + file.getFileName());
      }
      byte[] tail = read(channel, size - TAIL, TAIL);
      int footerLength = footerLength(tail, size);
      byte[] footer = read(channel, size - TAIL - footerLength, footerLength);
      try (InputStream in = new ByteArrayInputStream(footer)) {
        return Util.readFileMetaData(in).getNum_rows();
      }
    }
  }

  /** The footer length from the last 8 bytes of {@code bytes}, checked against the file's size. */
  private static int footerLength(byte[] bytes, long fileSize) throws IOException {
    int end = bytes.length;
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[end - MAGIC.length + i] != MAGIC[i]) {
        throw new IOException("not a Parquet file: no PAR1 at the end");
      }
    }
    int length = ByteBuffer.wrap(bytes, end - TAIL, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    if (length <= 0 || length > fileSize - TAIL - MAGIC.length) {
      throw new IOException("not a Parquet file: footer length " + length);
    }
    return length;
  }

  private static byte[] read(SeekableByteChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    channel.position(position);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        throw new IOException("unexpected end of file");
      }
    }
    return buffer.array();
  }
}
