package io.claimsift.output;

import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Named points of a run where a crash-safety test can stop the real process. With the system
 * property {@code claimsift.pauseAt=NAME}, a run that reaches point NAME prints
 * "claimsift: paused at NAME" on stderr and waits until the file named by
 * {@code claimsift.resumeWhen} exists (forever when that property is not set), so that the test
 * can kill it there, or change the file system and let it go on. Without the property nothing
 * happens.
 */
public final class PausePoints {
  /** The staging folder has just been created, empty; the lock is held. */
  public static final String STAGING_READY = "staging-ready";
  /** The runner has written every dataset into the staging folder; the manifest is not written yet. */
  public static final String DATASETS_WRITTEN = "datasets-written";
  /** The previous output has been moved aside and the staging folder is not yet in its place. */
  public static final String OUTPUT_MOVED_ASIDE = "output-moved-aside";

  static final String PAUSE_AT = "claimsift.pauseAt";
  static final String RESUME_WHEN = "claimsift.resumeWhen";

  private PausePoints() {}

  /** Pauses here when a test asked for this point. */
  public static void reach(String point) {
    if (!point.equals(System.getProperty(PAUSE_AT))) {
      return;
    }
    System.err.println("claimsift: paused at " + point);
    System.err.flush();
    String resume = System.getProperty(RESUME_WHEN);
    try {
      while (resume == null || !Files.exists(Paths.get(resume))) {
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
