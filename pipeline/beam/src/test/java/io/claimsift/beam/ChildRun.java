package io.claimsift.beam;

import io.claimsift.output.PausePoints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline's main class in a child JVM (the test classpath; the runnable jar exists only after
 * packaging), optionally paused at a {@link PausePoints} point so that a test can kill it there
 * with SIGKILL, or change the file system and let it go on.
 */
final class ChildRun {
  private static final long TIMEOUT_SECONDS = 600;

  private final Process process;
  private final Path stderr;

  private ChildRun(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
  }

  /** Starts a run; {@code pauseAt} and {@code resumeWhen} may be null. */
  static ChildRun start(Path logs, Path input, Path output, String pauseAt, Path resumeWhen) throws IOException {
    Files.createDirectories(logs);
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "-Xmx1500m", "-XX:TieredStopAtLevel=1"));
    if (pauseAt != null) {
      command.add("-Dclaimsift.pauseAt=" + pauseAt);
    }
    if (resumeWhen != null) {
      command.add("-Dclaimsift.resumeWhen=" + resumeWhen);
    }
    command.addAll(List.of(ClaimSiftPipeline.class.getName(), "--input=" + input, "--output=" + output));
    Path err = Files.createTempFile(logs, "child", ".err");
    Process process = new ProcessBuilder(command)
        .redirectOutput(Files.createTempFile(logs, "child", ".out").toFile())
        .redirectError(err.toFile())
        .start();
    return new ChildRun(process, err);
  }

  long pid() {
    return process.pid();
  }

  /** Waits until the run says it paused at {@code point}; fails if it ends or takes too long. */
  void awaitPause(String point) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (!stderr().contains("claimsift: paused at " + point)) {
      if (!process.isAlive()) {
        throw new AssertionError("the run ended (status " + process.exitValue() + ") before pausing at "
            + point + ":\n" + stderr());
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new AssertionError("the run did not reach " + point + " in time:\n" + stderr());
      }
      Thread.sleep(20);
    }
  }

  /** SIGKILL, as the OS or an operator would: no shutdown hook, no finally block runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError("the killed run did not end");
    }
  }

  /** The exit status, once the run has ended. */
  int awaitExit() throws InterruptedException {
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the run did not end in time");
    }
    return process.exitValue();
  }

  String stderr() throws IOException {
    return Files.readString(stderr, StandardCharsets.UTF_8);
  }
}
