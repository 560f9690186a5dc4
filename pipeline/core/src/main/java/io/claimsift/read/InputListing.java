package io.claimsift.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Lists the entries that {@code --input} names, without opening any of them: regular files to
 * read, entries that are not regular files (pipes, sockets, devices, broken or looping links,
 * folders that cannot be listed), and folder links that loop back.
 *
 * <p>Links are followed, as a reader of the folder would expect, but a link back to a folder that
 * is already being listed is reported once instead of being walked again. Only file-system
 * metadata is read here: opening a named pipe would block until something writes to it.
 */
public final class InputListing {
  /** Links followed one after another before a chain counts as a loop (Linux stops at 40). */
  private static final int MAX_LINK_HOPS = 40;
  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFSOCK = 0140000;

  private InputListing() {}

  /** Every entry, sorted by source_uri. */
  public static List<InputEntry> list(InputLocation location) throws IOException {
    List<InputEntry> entries = new ArrayList<>();
    forEach(location, entries::add);
    entries.sort(Comparator.comparing(InputEntry::sourceUri));
    return entries;
  }

  /** Hands every entry to {@code sink}, in file-system order. */
  public static void forEach(InputLocation location, Consumer<InputEntry> sink) throws IOException {
    Path root = location.root();
    Path start = location.isSingleFile() ? Paths.get(location.glob()) : root;
    PathMatcher matcher = location.isWholeFolder() || location.isSingleFile()
        ? p -> true
        : FileSystems.getDefault().getPathMatcher("glob:" + Paths.get(location.glob()).normalize());
    Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (matcher.matches(file)) {
              sink.accept(entry(root, file, attrs));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String sourceUri = SourceUris.of(root, file);
            if (e instanceof FileSystemLoopException) {
              sink.accept(InputEntry.folderLinkCycle(sourceUri, file));
            } else if (matcher.matches(file) || Files.isDirectory(file)) {
              sink.accept(InputEntry.notAFile(sourceUri, file, "cannot be listed: " + describe(e)));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
              sink.accept(InputEntry.notAFile(SourceUris.of(root, dir), dir,
                  "a folder that could not be listed to the end: " + describe(e)));
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static InputEntry entry(Path root, Path file, BasicFileAttributes attrs) {
    String sourceUri = SourceUris.of(root, file);
    if (attrs.isRegularFile()) {
      return InputEntry.file(sourceUri, file, attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }
    if (attrs.isSymbolicLink()) {
      // The walk falls back to the link's own attributes when its target cannot be read.
      return InputEntry.notAFile(sourceUri, file, brokenLink(file));
    }
    return InputEntry.notAFile(sourceUri, file, "a " + specialKind(file)
        + ", not a regular file; it is not opened, because reading one can block forever");
  }

  /** Why a link does not lead to a file: it loops, or its target is missing. */
  static String brokenLink(Path link) {
    Set<Path> seen = new HashSet<>();
    Path p = link;
    for (int hop = 0; hop <= MAX_LINK_HOPS; hop++) {
      if (!Files.isSymbolicLink(p)) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS)
            ? "a symbolic link that cannot be followed"
            : "a dangling symbolic link: its target does not exist";
      }
      if (!seen.add(p)) {
        return "a symbolic link loop: the link leads back to itself";
      }
      try {
        p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
      } catch (IOException e) {
        return "a symbolic link that cannot be followed";
      }
    }
    return "a symbolic link loop: more than " + MAX_LINK_HOPS + " links in a row";
  }

  /** Names a special file from its Unix mode; "special file" where the mode is not available. */
  static String specialKind(Path file) {
    int mode;
    try {
      mode = (Integer) Files.getAttribute(file, "unix:mode");
    } catch (IOException | RuntimeException notUnix) {
      return "special file";
    }
    return switch (mode & S_IFMT) {
      case S_IFIFO -> "named pipe (FIFO)";
      case S_IFSOCK -> "socket";
      case S_IFCHR -> "character device";
      case S_IFBLK -> "block device";
      default -> "special file";
    };
  }

  /** Names an error without its file-system path, which would make the output machine-dependent. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "no permission";
    }
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    String message = e.getMessage();
    return message == null || message.contains("/") || message.contains("\\")
        ? e.getClass().getSimpleName()
        : message;
  }
}
