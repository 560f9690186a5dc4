package io.claimsift.eval.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Steady-state speed of the cleaning stage on one thread, in pages per second.
 *
 * <p>Method: warm-up passes over all pages until the speed has settled (at least {@link
 * #WARMUP_PASSES}; then until the median of the last {@link #SETTLE_WINDOW} passes is no more
 * than 5% faster than the median of the {@link #SETTLE_WINDOW} before them; at most {@link
 * #MAX_WARMUP_PASSES}), so the JIT has compiled, de-optimised and recompiled the hot code, which
 * takes more passes when other processes starve its compiler threads. Then {@link #TIMED_PASSES}
 * timed passes. Each pass is timed by the thread's CPU time, which other processes on a shared
 * machine disturb far less than wall time; the figure is the median pass. Why steady state: the
 * pipeline cleans pages for hours in one JVM, so compiled code is what users get; one pass over
 * 91 pages still runs partly interpreted.
 *
 * @param cpuPagesPerSecond pages/s of each timed pass, by thread CPU time, in pass order
 * @param wallPagesPerSecond pages/s of each timed pass, by wall time, in pass order
 */
record Timing(int warmupPasses, double[] cpuPagesPerSecond, double[] wallPagesPerSecond) {

  // 100 passes, not 20: the largest methods of the line classifier reach their final compiled
  // form only after several thousand pages (text mode measured 607 pages/s after 25 warm-up
  // passes and 1,179 after 100 on the same quiet machine), as JMH's long warm-up also assumes.
  static final int WARMUP_PASSES = 100;
  static final int SETTLE_WINDOW = 5;
  static final int MAX_WARMUP_PASSES = 300;
  static final int TIMED_PASSES = 20;

  /**
   * Warms up (at least {@code warmupPasses}, then until settled), then times {@code timedPasses}
   * passes of {@code clean} over {@code pages}. With {@code warmupPasses} 0 there is no warm-up
   * at all (to see the cold figure).
   */
  static Timing measure(
      List<ExtractionEval.Page> pages,
      Function<String, String> clean,
      int warmupPasses,
      int timedPasses) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> warmup = new ArrayList<>();
    while (warmup.size() < warmupPasses
        || (warmupPasses > 0 && warmup.size() < MAX_WARMUP_PASSES && !settled(warmup))) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      runPass(pages, clean);
      warmup.add(pages.size() / Math.max((threads.getCurrentThreadCpuTime() - cpu0) / 1e9, 1e-9));
    }
    int warmed = warmup.size();
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

  /** Whether the last window of pass speeds is no longer clearly faster than the one before. */
  static boolean settled(List<Double> passSpeeds) {
    int n = passSpeeds.size();
    if (n < 2 * SETTLE_WINDOW) {
      return false;
    }
    double last = median(toArray(passSpeeds.subList(n - SETTLE_WINDOW, n)));
    double before = median(toArray(passSpeeds.subList(n - 2 * SETTLE_WINDOW, n - SETTLE_WINDOW)));
    return last <= before * 1.05;
  }

  private static double[] toArray(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
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
