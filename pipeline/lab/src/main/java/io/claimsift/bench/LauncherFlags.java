package io.claimsift.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JVM flags the {@code claimsift} launcher gives a run, so that a benchmark's child JVM is
 * measured as a user's run would be ({@code LauncherFlagsTest} checks that the launcher passes
 * each of them).
 */
final class LauncherFlags {
  /** Exits on an out-of-memory error instead of hanging. */
  static final String EXIT_ON_OOM = "-XX:+ExitOnOutOfMemoryError";
  /** Returns freed native memory to the OS every 2 s; only on a JVM that knows the flag. */
  static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=2000";
  /** The parallel collector: less CPU than G1 on a batch run; left out when the caller picks a collector. */
  static final String PARALLEL_GC = "-XX:+UseParallelGC";
  /** A JVM option that selects a garbage collector ({@code -XX:+UseG1GC}, {@code -XX:+UseZGC}, ...). */
  private static final Pattern CHOOSES_GC = Pattern.compile("-XX:\\+Use[A-Za-z0-9]+GC");

  private LauncherFlags() {}

  /** The launcher's flags that the running JVM (the child's, too: same java.home) accepts. */
  static List<String> forThisJvm() {
    return forThisJvm(List.of());
  }

  /**
   * The launcher's flags for a child that also gets {@code extra} (after them): as in the
   * launcher, the parallel collector only when no extra option chooses a collector, since the JVM
   * refuses two.
   */
  static List<String> forThisJvm(List<String> extra) {
    List<String> flags = new ArrayList<>(List.of(EXIT_ON_OOM));
    if (knowsOption("TrimNativeHeapInterval")) {
      flags.add(TRIM_NATIVE_HEAP);
    }
    if (extra.stream().noneMatch(option -> CHOOSES_GC.matcher(option).matches())) {
      flags.add(PARALLEL_GC);
    }
    return flags;
  }

  private static boolean knowsOption(String name) {
    try {
      ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(name);
      return true;
    } catch (IllegalArgumentException unknownOption) {
      return false;
    }
  }
}
