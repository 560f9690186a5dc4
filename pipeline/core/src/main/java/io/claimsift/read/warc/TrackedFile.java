package io.claimsift.read.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A file read through any number of channels, each opened at some offset, that still yields the
 * SHA-256 and size of the whole file for the manifest: every byte is hashed once, the first time a
 * channel reads it in order. Reading jumps back only when a damaged record makes the reader look for
 * the next record, so in the usual single pass every byte is read once.
 */
final class TrackedFile {
  private final FileChannels channels;
  private final MessageDigest digest = sha256();
  /** Bytes [0, hashedUpTo) are in the digest. */
  private long hashedUpTo;
  /** The latest bytes the latest channel read: [recentStart, recentEnd) of the file, at index position % size. */
  private final byte[] recent = new byte[RECENT_BYTES];
  private long recentStart;
  private long recentEnd;

  /**
   * How many of the latest bytes are kept to check where a record starts. jwarc reads ahead through
   * an 8 KiB buffer, so a record's first bytes are still among the latest read when its header is parsed.
   */
  static final int RECENT_BYTES = 256 * 1024;

  TrackedFile(FileChannels channels) {
    this.channels = channels;
  }

  /** A channel from {@code offset} that feeds the digest. Its own positions count from {@code offset}. */
  ReadableByteChannel openAt(long offset) throws IOException {
    ReadableByteChannel channel = channels.openAt(offset);
    recentStart = offset;
    recentEnd = offset;
    return new Tracking(channel, offset);
  }

  /**
   * Whether the file's bytes at {@code offset} are {@code signature}, when the latest channel has
   * read them recently enough to tell; empty when it cannot tell.
   */
  java.util.Optional<Boolean> hasAt(long offset, byte[] signature) {
    if (offset < Math.max(recentStart, recentEnd - RECENT_BYTES) || offset + signature.length > recentEnd) {
      return java.util.Optional.empty();
    }
    for (int i = 0; i < signature.length; i++) {
      if (recent[(int) ((offset + i) % RECENT_BYTES)] != signature[i]) {
        return java.util.Optional.of(false);
      }
    }
    return java.util.Optional.of(true);
  }

  /** Reads what no channel has read yet, up to the end of the file; then the hash and size are known. */
  void readRest() throws IOException {
    try (ReadableByteChannel rest = openAt(hashedUpTo)) {
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
      while (rest.read(buffer) >= 0) {
        buffer.clear();
      }
    }
  }

  /** Lower-case hex SHA-256 of the file; call after {@link #readRest()}. */
  String sha256Hex() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digests are cloneable in every JVM", e);
    }
  }

  /** The number of bytes hashed: the file's size after {@link #readRest()}. */
  long size() {
    return hashedUpTo;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  /** Not a SeekableByteChannel on purpose: jwarc then reads sequentially and counts offsets from zero. */
  private final class Tracking implements ReadableByteChannel {
    private final ReadableByteChannel channel;
    private long position;

    Tracking(ReadableByteChannel channel, long offset) {
      this.channel = channel;
      this.position = offset;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      int start = dst.position();
      int n = channel.read(dst);
      if (n > 0) {
        long end = position + n;
        if (position <= hashedUpTo && end > hashedUpTo) {
          ByteBuffer fresh = dst.duplicate();
          fresh.limit(start + n);
          fresh.position(start + (int) (hashedUpTo - position));
          digest.update(fresh);
          hashedUpTo = end;
        }
        remember(dst, start, n);
        position = end;
      }
      return n;
    }

    private void remember(ByteBuffer dst, int start, int n) {
      if (position != recentEnd) {
        return; // an older channel, read after a newer one was opened: its bytes are not the latest
      }
      for (int copied = 0; copied < n; ) {
        int index = (int) ((position + copied) % RECENT_BYTES);
        int chunk = Math.min(n - copied, RECENT_BYTES - index);
        dst.get(start + copied, recent, index, chunk);
        copied += chunk;
      }
      recentEnd = position + n;
    }

    @Override
    public boolean isOpen() {
      return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
