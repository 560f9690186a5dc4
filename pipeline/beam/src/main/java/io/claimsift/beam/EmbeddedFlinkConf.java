package io.claimsift.beam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Flink configuration a command-line run on embedded Flink ({@code --flinkMaster=[local]})
 * gets when the user names none (no {@code --flinkConfDir}, no {@code FLINK_CONF_DIR}).
 *
 * <p>Without it, Beam sizes Flink's managed memory at 40 % of the heap free at start and Flink
 * allocates it off the heap, so peak RSS is about 1.4 times {@code -Xmx} plus the JVM's own
 * native memory (2.9 GB at 8,000 articles with {@code -Xmx2g}). A fixed budget keeps the native
 * part small whatever the heap: groups larger than it spill to disk, which changes no output. The
 * long heartbeat timeout is for a busy machine: JobManager and TaskManager share this JVM, so a
 * missed heartbeat can only mean starved threads, never a lost worker (runs on a machine with a
 * load average of 75 failed on the default 50 s).
 */
final class EmbeddedFlinkConf {
  /** Flink's managed memory (sorting, spilling groups) for the embedded runner. */
  static final String MANAGED_MEMORY = "256m";
  /** Heartbeat timeout in milliseconds between the embedded JobManager and TaskManager. */
  static final long HEARTBEAT_TIMEOUT_MS = 900_000;

  private EmbeddedFlinkConf() {}

  /** The lines of the flink-conf.yaml written for embedded runs. */
  static String yaml() {
    return "taskmanager.memory.managed.size: " + MANAGED_MEMORY + "\n"
        + "heartbeat.timeout: " + HEARTBEAT_TIMEOUT_MS + "\n";
  }

  /**
   * Writes the configuration to a new temporary folder, deleted when the JVM exits, and returns
   * the folder (what {@code --flinkConfDir} takes).
   */
  static Path writeTemporary() {
    try {
      Path dir = Files.createTempDirectory("claimsift-flink-conf");
      Path file = dir.resolve("flink-conf.yaml");
      Files.writeString(file, yaml(), StandardCharsets.UTF_8);
      // deleteOnExit runs in reverse order of registration: the file goes before its folder.
      dir.toFile().deleteOnExit();
      file.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the embedded Flink configuration", e);
    }
  }
}
