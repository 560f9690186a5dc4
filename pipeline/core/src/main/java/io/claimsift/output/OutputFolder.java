package io.claimsift.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The --output folder and its staging sibling: a run writes into staging, and only a finished
 * run replaces the output, so a failed run leaves the previous output as it was.
 */
public final class OutputFolder {
  /** The file whose presence marks a folder as a ClaimSift output that may be replaced. */
  public static final String MANIFEST = "manifest.json";
  /** The run's report page, beside the manifest (written by io.claimsift.report, listed in the manifest). */
  public static final String REPORT = "report.html";

  private final Path target;
  private final Path staging;
  private final Path previous;

  private OutputFolder(Path target) {
    this.target = target;
    String name = target.getFileName().toString();
    this.staging = target.resolveSibling("." + name + ".staging");
    this.previous = target.resolveSibling("." + name + ".previous");
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

  /** Creates an empty staging folder, removing what a crashed run may have left there. */
  public Path prepareStaging() throws IOException {
    deleteRecursively(staging);
    Files.createDirectories(staging);
    return staging;
  }

  /** Replaces the output with the staging folder. */
  public void promote() throws IOException {
    deleteRecursively(previous);
    if (Files.exists(target)) {
      move(target, previous);
    }
    move(staging, target);
    deleteRecursively(previous);
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
