package io.claimsift.eval;

import static org.junit.Assume.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared/eval} for tests, and skips them with a clear message when it is absent. */
public final class SharedEvalData {

  /** Where the evaluation data lives: beside the repository, never inside it. */
  public static final Path ROOT = Path.of("..", "shared", "eval");

  private SharedEvalData() {}

  /**
   * The given file or folder under {@code ../shared/eval}; skips the calling test (JUnit
   * assumption) when it does not exist, e.g. on a checkout without the shared data.
   */
  public static Path require(String relative) {
    Path path = ROOT.resolve(relative);
    assumeTrue(
        "skipped: evaluation data " + path + " is absent (it lives in ../shared/eval beside the repository)",
        Files.exists(path));
    return path;
  }
}
