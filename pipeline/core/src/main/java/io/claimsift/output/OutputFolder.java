package io.claimsift.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The --output folder and its siblings: a run writes into {@code .NAME.staging}, and only a
 * finished run replaces the output, so a failed or killed run leaves the previous output as it
 * was. {@code .NAME.lock} keeps a second run off the same output, and {@code .NAME.previous}
 * holds the previous output during the swap.
 */
public final class OutputFolder {
  /** The file whose presence marks a folder as a ClaimSift output that may be replaced. */
  public static final String MANIFEST = "manifest.json";
  /** The run's report page, beside the manifest (written by io.claimsift.report, listed in the manifest). */
  public static final String REPORT = "report.html";

  /** Lock files this JVM holds. */
  private static final Set<Path> LOCKED_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

  private final Path target;
  private final Path staging;
  private final Path previous;
  private final Path lockFile;

  private OutputFolder(Path target) {
    this.target = target;
    String name = target.getFileName().toString();
    this.staging = target.resolveSibling("." + name + ".staging");
    this.previous = target.resolveSibling("." + name + ".previous");
    this.lockFile = target.resolveSibling("." + name + ".lock");
  }

  /**
   * Checks that {@code output} may be written; throws {@link IllegalArgumentException} with a
   * user-facing message when it is a file, or a non-empty folder that is not a ClaimSift output.
   */
  public static OutputFolder validate(Path output) {
    Path target = output.toAbsolutePath().normalize();
    if (target.getParent() == null) {
      throw new IllegalArgumentException("--output cannot be the file-system root");
    }
    if (Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw new IllegalArgumentException("--output exists and is not a folder: " + output);
      }
      if (!isEmpty(target) && !Files.isRegularFile(target.resolve(MANIFEST))) {
        throw new IllegalArgumentException("--output is a non-empty folder without " + MANIFEST
            + ", so it is not a ClaimSift output; refusing to replace it: " + output);
      }
    }
    return new OutputFolder(target);
  }

  public Path target() {
    return target;
  }

  public Path staging() {
    return staging;
  }

  public Path lockFile() {
    return lockFile;
  }

  /**
   * Takes the output's lock for this run, or throws {@link BusyException} at once when another run
   * holds it. The lock is an OS file lock, which the OS releases when the process ends in any way,
   * so a killed run leaves no stale lock; the lock file itself stays (removing it would let two
   * runs lock two different files).
   */
  public Lock lock() throws IOException {
    // POSIX drops all of a process's locks on a file when any descriptor of it closes, so a run in
    // this JVM must not even open the lock file while another run here holds it.
    if (!LOCKED_IN_THIS_JVM.add(lockFile)) {
      throw busy(" (in this process)");
    }
    try {
      Files.createDirectories(lockFile.getParent());
      FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock held;
      try {
        held = channel.tryLock();
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      if (held == null) {
        String holder = holder(channel);
        channel.close();
        throw busy(holder);
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
          .getBytes(StandardCharsets.US_ASCII)), 0);
      return new Lock(lockFile, channel, held);
    } catch (IOException | RuntimeException e) {
      LOCKED_IN_THIS_JVM.remove(lockFile);
      throw e;
    }
  }

  private BusyException busy(String holder) {
    return new BusyException("another ClaimSift run" + holder + " is writing to " + target
        + "; this run did not start (wait for that run to finish, or stop it)");
  }

  /** " (pid N)" from the lock file, or "" when the holder has not written it yet. */
  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(64);
      channel.read(buffer, 0);
      String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
      return text.matches("pid \\d+") ? " (" + text + ")" : "";
    } catch (IOException unreadable) {
      return "";
    }
  }

  /**
   * Finishes the swap of a run that was killed while replacing the output: if the output is
   * missing, the previous output is moved back; if both exist, the swap had finished and the
   * previous output is removed. Call it while holding the lock.
   */
  public void recoverInterruptedSwap() throws IOException {
    if (!Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      deleteRecursively(previous);
    } else {
      move(previous, target);
    }
  }

  /** Creates an empty staging folder, removing what a crashed run may have left there. */
  public Path prepareStaging() throws IOException {
    deleteRecursively(staging);
    Files.createDirectories(staging);
    return staging;
  }

  /**
   * Replaces the output with the staging folder: two renames. If the second fails, the previous
   * output is put back; a kill between them is undone by {@link #recoverInterruptedSwap}.
   */
  public void promote() throws IOException {
    deleteRecursively(previous);
    if (Files.exists(target)) {
      move(target, previous);
      PausePoints.reach(PausePoints.OUTPUT_MOVED_ASIDE);
    }
    try {
      move(staging, target);
    } catch (IOException | RuntimeException e) {
      try {
        recoverInterruptedSwap();
      } catch (IOException | RuntimeException alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      throw e;
    }
    try {
      deleteRecursively(previous);
    } catch (IOException leftForTheNextRun) {
      // The new output is in place; the next run's recoverInterruptedSwap removes the rest.
    }
  }

  /** Removes the staging folder after a failed run. */
  public void discardStaging() throws IOException {
    deleteRecursively(staging);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** The output's lock, held by one run; closing it releases the lock. */
  public static final class Lock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private Lock(Path file, FileChannel channel, FileLock lock) {
      this.file = file;
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public void close() throws IOException {
      try {
        lock.release();
        channel.close();
      } finally {
        LOCKED_IN_THIS_JVM.remove(file);
      }
    }
  }

  /** Another run holds the output's lock; the message is one line for the user. */
  public static final class BusyException extends IOException {
    BusyException(String message) {
      super(message);
    }
  }

  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
