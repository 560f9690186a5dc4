package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A normal run prints no warning: the pipeline's main in a fresh JVM (so that no earlier test has
 * already triggered a one-time warning) on the sample input leaves nothing marked WARN on stderr.
 * It caught DJL's GPU probe, which warned twice per run on a machine with a CUDA runtime.
 */
public class QuietLogTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void aRunOnTheSampleInputPrintsNoWarning() throws Exception {
    Path root = tmp.getRoot().toPath();

    ChildRun run = ChildRun.start(root.resolve("logs"), Paths.get("input").toAbsolutePath(), root.resolve("out"),
        null, null);

    assertThat(run.stderr(), run.awaitExit(), equalTo(0));
    assertThat(run.stderr(), not(containsString("WARN")));
  }
}
