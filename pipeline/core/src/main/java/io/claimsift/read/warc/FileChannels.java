package io.claimsift.read.warc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;

/** Opens a file's stored bytes from a given offset; a damaged record makes the reader start again further on. */
@FunctionalInterface
public interface FileChannels {
  /** A new channel over the file's bytes, starting at {@code offset}; the caller closes it. */
  ReadableByteChannel openAt(long offset) throws IOException;

  /** The channels of a local file. */
  static FileChannels of(Path path) {
    return offset -> {
      FileChannel channel = FileChannel.open(path);
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
