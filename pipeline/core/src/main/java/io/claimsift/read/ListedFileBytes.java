package io.claimsift.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * Reads the bytes of a file as it was listed. It opens nothing but a regular file (a named pipe
 * put in a file's place would block the read forever), reads at most one byte more than the
 * listed size, and rejects a file whose size or modification time differs from the listing
 * before, during or after the read: one that is still being written, was replaced or was
 * truncated.
 */
public final class ListedFileBytes implements DocumentReader.ByteSource {
  /** Opens a file for reading; tests replace it to cause errors that the machine cannot (a root user reads every file). */
  @FunctionalInterface
  public interface Opener {
    InputStream open(Path path) throws IOException;
  }

  /** The largest byte array a JVM can allocate, roughly. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final InputEntry entry;
  private final Opener opener;

  public ListedFileBytes(InputEntry entry) {
    this(entry, Files::newInputStream);
  }

  public ListedFileBytes(InputEntry entry, Opener opener) {
    this.entry = entry;
    this.opener = opener;
  }

  @Override
  public byte[] read() throws IOException {
    Path path = entry.path();
    BasicFileAttributes before = attributes(path);
    if (!before.isRegularFile()) {
      throw new InputFileException(RejectReason.UNREADABLE,
          "no longer a regular file when it was read; it was not opened");
    }
    checkUnchanged(before);
    byte[] bytes;
    try (InputStream in = opener.open(path)) {
      bytes = in.readNBytes((int) Math.min(entry.bytes() + 1, MAX_ARRAY));
    } catch (IOException e) {
      throw translate(e);
    }
    if (bytes.length != entry.bytes()) {
      throw changed(bytes.length > entry.bytes()
          ? "it grew past its listed size of " + entry.bytes() + " bytes while the run read it"
          : "it had " + entry.bytes() + " bytes when listed and " + bytes.length + " when read");
    }
    checkUnchanged(attributes(path));
    return bytes;
  }

  private void checkUnchanged(BasicFileAttributes now) throws InputFileException {
    if (now.size() != entry.bytes()) {
      throw changed("it had " + entry.bytes() + " bytes when listed and " + now.size() + " when read");
    }
    if (now.lastModifiedTime().to(TimeUnit.NANOSECONDS) != entry.modifiedNanos()) {
      throw changed("it was modified after it was listed");
    }
  }

  private static InputFileException changed(String how) {
    return new InputFileException(RejectReason.CHANGED_WHILE_READING,
        "the file changed during the run (" + how + "); the next run will read it");
  }

  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /** Turns a file-system error into a reject detail without the path (output stays machine-independent). */
  private static IOException translate(IOException e) {
    if (e instanceof InputFileException) {
      return e;
    }
    if (e instanceof NoSuchFileException) {
      return new InputFileException(RejectReason.UNREADABLE, "the file disappeared after it was listed");
    }
    if (e instanceof AccessDeniedException) {
      return new InputFileException(RejectReason.UNREADABLE, "no permission to read the file");
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return new InputFileException(RejectReason.UNREADABLE, "cannot read the file: " + fse.getReason());
    }
    return e;
  }
}
