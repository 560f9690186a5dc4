package io.claimsift.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

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

  private LauncherFlags() {}

  /** The launcher's flags that the running JVM (the child's, too: same java.home) accepts. */
  static List<String> forThisJvm() {
    List<String> flags = new ArrayList<>(List.of(EXIT_ON_OOM));
    if (knowsOption("TrimNativeHeapInterval")) {
      flags.add(TRIM_NATIVE_HEAP);
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
