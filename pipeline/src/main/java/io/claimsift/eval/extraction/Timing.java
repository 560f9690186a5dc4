package io.claimsift.eval.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Steady-state speed of the cleaning stage on one thread, in pages per second.
 *
 * <p>Method: warm-up passes over all pages (at least {@link #WARMUP_PASSES} and at least {@link
 * #WARMUP_SECONDS} seconds, so the JIT has compiled, and de-optimised and recompiled, the hot
 * code), then {@link #TIMED_PASSES} timed passes. Each pass is timed by the thread's CPU time,
 * which other processes on a shared machine disturb far less than wall time; the figure is the
 * median pass. Why steady state: the pipeline cleans pages for hours in one JVM, so compiled
 * code is what users get; one pass over 91 pages still runs partly interpreted.
 *
 * @param cpuPagesPerSecond pages/s of each timed pass, by thread CPU time, in pass order
 * @param wallPagesPerSecond pages/s of each timed pass, by wall time, in pass order
 */
record Timing(int warmupPasses, double[] cpuPagesPerSecond, double[] wallPagesPerSecond) {

  static final int WARMUP_PASSES = 10;
  static final double WARMUP_SECONDS = 5;
  static final int TIMED_PASSES = 10;

  /**
   * Warms up, then times {@code timedPasses} passes of {@code clean} over {@code pages}. With
   * {@code warmupPasses} 0 there is no warm-up at all (to see the cold figure).
   */
  static Timing measure(
      List<ExtractionEval.Page> pages,
      Function<String, String> clean,
      int warmupPasses,
      int timedPasses) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long warmupStart = System.nanoTime();
    int warmed = 0;
    while (warmed < warmupPasses
        || (warmupPasses > 0 && System.nanoTime() - warmupStart < WARMUP_SECONDS * 1e9)) {
      runPass(pages, clean);
      warmed++;
    }
    double[] cpu = new double[timedPasses];
    double[] wall = new double[timedPasses];
    for (int k = 0; k < timedPasses; k++) {
      long wall0 = System.nanoTime();
      long cpu0 = threads.getCurrentThreadCpuTime();
      runPass(pages, clean);
      cpu[k] = pages.size() / Math.max((threads.getCurrentThreadCpuTime() - cpu0) / 1e9, 1e-9);
      wall[k] = pages.size() / Math.max((System.nanoTime() - wall0) / 1e9, 1e-9);
    }
    return new Timing(warmed, cpu, wall);
  }

  private static void runPass(List<ExtractionEval.Page> pages, Function<String, String> clean) {
    int sink = 0;
    for (ExtractionEval.Page p : pages) {
      sink += clean.apply(p.input()).length();
    }
    if (sink < 0) {
      throw new IllegalStateException("unreachable: keeps the JIT from dropping the work");
    }
  }

  /** The RESULT figure: the median timed pass by thread CPU time. */
  double medianCpuPagesPerSecond() {
    return median(cpuPagesPerSecond);
  }

  /** One line with the method and the spread, so the noise is visible beside the figure. */
  String describe() {
    double[] c = cpuPagesPerSecond.clone();
    Arrays.sort(c);
    return String.format(Locale.ROOT,
        "timing: %d warm-up passes, %d timed passes; pages/s by thread CPU min %.0f median %.0f"
            + " max %.0f; by wall time median %.0f",
        warmupPasses, c.length, c.length == 0 ? 0 : c[0], median(c),
        c.length == 0 ? 0 : c[c.length - 1], median(wallPagesPerSecond));
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int mid = v.length / 2;
    return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  }
}
