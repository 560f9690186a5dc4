package io.claimsift.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Runs the pipeline's command-line entry point in a child JVM, as a user's run would, and
 * measures its wall time and peak resident memory (VmHWM from /proc, polled while it runs).
 */
final class ChildRun {
  private static final long POLL_MILLIS = 100;

  /**
   * What one run measured; {@code peakRssKb} and {@code cpuSeconds} (user + system, as of the
   * last poll) are empty or NaN where /proc is not available.
   */
  record Measurement(int exitCode, double wallSeconds, OptionalLong peakRssKb, double cpuSeconds,
      Path stdout, Path stderr) {}
  /** Clock ticks per second of /proc/PID/stat times; 100 on Linux for every common architecture. */
  private static final double TICKS_PER_SECOND = 100.0;

  private ChildRun() {}

  /**
   * Starts {@code java <jvmArgs> -cp <this classpath> ClaimSiftPipeline <pipelineArgs>}, with
   * stdout and stderr going to files under {@code logs} named after {@code name}.
   */
  static Measurement run(String name, List<String> jvmArgs, List<String> pipelineArgs, Path logs)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.claimsift.beam.ClaimSiftPipeline");
    command.addAll(pipelineArgs);
    Files.createDirectories(logs);
    Path stdout = logs.resolve(name + ".out");
    Path stderr = logs.resolve(name + ".err");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    Path status = Paths.get("/proc", Long.toString(process.pid()), "status");
    Path stat = Paths.get("/proc", Long.toString(process.pid()), "stat");
    long peakKb = -1;
    long cpuTicks = -1;
    while (process.isAlive()) {
      peakKb = Math.max(peakKb, highWaterMarkKb(status));
      cpuTicks = Math.max(cpuTicks, cpuTicks(stat));
      Thread.sleep(POLL_MILLIS);
    }
    int exit = process.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    return new Measurement(exit, wall, peakKb > 0 ? OptionalLong.of(peakKb) : OptionalLong.empty(),
        cpuTicks >= 0 ? cpuTicks / TICKS_PER_SECOND : Double.NaN, stdout, stderr);
  }

  /**
   * User plus system CPU time in clock ticks (fields 14 and 15 of /proc/PID/stat), or -1. On a
   * shared machine this is a steadier measure of the work done than the wall time.
   */
  static long cpuTicks(Path stat) {
    try {
      String line = Files.readString(stat);
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException processEnded) {
      return -1;
    }
  }

  /** VmHWM (peak resident set) in kB, or -1 when the file is gone or absent. */
  static long highWaterMarkKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException processEnded) {
      // The child exited between the liveness check and the read: keep the last reading.
    }
    return -1;
  }
}
