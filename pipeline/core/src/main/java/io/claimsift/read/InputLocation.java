package io.claimsift.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/**
 * Where the input files are: a root folder that source_uri values are relative to, and the glob that lists them.
 *
 * <p>{@code --input} may name a folder (read recursively), a single file, or a glob such as
 * {@code crawl/2026-11-*}/*.html; the root of a glob is its longest folder prefix without wildcards.
 */
public record InputLocation(Path root, String glob) {
  private static final String WILDCARDS = "*?[{";

  /** Resolves and validates {@code --input}; throws {@link IllegalArgumentException} with a user-facing message. */
  public static InputLocation resolve(String input) {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("--input is empty: name a folder, a file or a glob");
    }
    if (!hasWildcard(input)) {
      Path path = Paths.get(input).toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        if (!containsAnyFile(path)) {
          throw new IllegalArgumentException("--input folder contains no files: " + input);
        }
        return new InputLocation(path, wholeFolderGlob(path));
      }
      if (Files.isRegularFile(path)) {
        return new InputLocation(path.getParent(), path.toString());
      }
      throw new IllegalArgumentException("--input does not exist: " + input);
    }
    Path absolute = Paths.get("").toAbsolutePath().resolve(input.replace('\\', '/'));
    Path root = absolute.getRoot();
    for (Path part : absolute) {
      if (hasWildcard(part.toString())) {
        break;
      }
      root = root.resolve(part);
    }
    root = root.normalize();
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("--input glob starts in a folder that does not exist: " + root.getFileName());
    }
    return new InputLocation(root, absolute.toString());
  }

  /** True when the input is a whole folder, read recursively: every entry under the root counts. */
  public boolean isWholeFolder() {
    return glob.equals(wholeFolderGlob(root));
  }

  /** True when the input is one file, named by the glob without wildcards. */
  public boolean isSingleFile() {
    return !isWholeFolder() && !hasWildcard(glob);
  }

  private static String wholeFolderGlob(Path folder) {
    return folder + "/**";
  }

  /** The source_uri of a file under the root: its path relative to the root (see {@link SourceUris}). */
  public String sourceUri(Path file) {
    return SourceUris.of(root, file);
  }

  private static boolean hasWildcard(String s) {
    return s.chars().anyMatch(c -> WILDCARDS.indexOf(c) >= 0);
  }

  private static boolean containsAnyFile(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(Files::isRegularFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir.getFileName(), e);
    }
  }
}
