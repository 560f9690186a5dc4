package io.claimsift.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
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
        return new InputLocation(path, path + "/**");
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

  /**
   * Entries the glob names that are not readable regular files: dangling links, pipes, devices.
   * File-system listings skip them silently; ClaimSift reports them as unreadable rejects instead,
   * so that no input disappears without a trace.
   */
  public List<String> entriesThatAreNotFiles() {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<String> entries = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> !Files.isDirectory(p))
          .filter(p -> !Files.isRegularFile(p) || !Files.isReadable(p))
          .filter(matcher::matches)
          .forEach(p -> entries.add(relativize(p.toString())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the input folder " + root.getFileName(), e);
    }
    entries.sort(null);
    return entries;
  }

  /** The path of a matched file relative to the root, with '/' separators. */
  public String relativize(String matchedPath) {
    return relativize(root, matchedPath);
  }

  /** The path of a matched file relative to {@code root}, with '/' separators. */
  public static String relativize(Path root, String matchedPath) {
    Path path = Paths.get(matchedPath).toAbsolutePath().normalize();
    Path relative = path.startsWith(root) ? root.relativize(path) : path.getFileName();
    return relative.toString().replace('\\', '/');
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
