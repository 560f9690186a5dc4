package io.claimsift.read;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * One entry of the input listing: a regular file to read, an entry that is not one, or a folder
 * link that leads back to a folder already being listed.
 *
 * @param sourceUri the path relative to the input root (see {@link SourceUris})
 * @param location the file's URI, which names its exact bytes even when the name is not UTF-8
 * @param bytes the size when listed (0 unless a regular file)
 * @param modifiedNanos the last-modified time when listed, in nanoseconds since the epoch
 * @param detail why the entry is not read; null for a regular file
 */
public record InputEntry(Kind kind, String sourceUri, String location, long bytes, long modifiedNanos, String detail)
    implements Serializable {

  /** What the listing found. */
  public enum Kind {
    /** A regular file (possibly through symbolic links): read it. */
    FILE,
    /** A pipe, socket, device, broken link or unlistable folder: a reject, and never opened. */
    NOT_A_FILE,
    /** A link to a folder that is already being listed (a loop): skipped, its files are listed once. */
    FOLDER_LINK_CYCLE
  }

  static InputEntry file(String sourceUri, Path path, long bytes, long modifiedNanos) {
    return new InputEntry(Kind.FILE, sourceUri, path.toUri().toString(), bytes, modifiedNanos, null);
  }

  static InputEntry notAFile(String sourceUri, Path path, String detail) {
    return new InputEntry(Kind.NOT_A_FILE, sourceUri, path.toUri().toString(), 0, 0, detail);
  }

  static InputEntry folderLinkCycle(String sourceUri, Path path) {
    return new InputEntry(Kind.FOLDER_LINK_CYCLE, sourceUri, path.toUri().toString(), 0, 0,
        "a link to a folder that is already being read");
  }

  /** The file's path, with the exact bytes of its name. */
  public Path path() {
    return Paths.get(URI.create(location));
  }
}
