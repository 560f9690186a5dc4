package io.claimsift.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.Test;

public class LauncherFlagsTest {

  /** The {@code claimsift} launcher beside the root pom.xml, found from the module's folder. */
  private static String launcher() throws IOException {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path script = dir.resolve("claimsift");
      if (Files.isRegularFile(script) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return Files.readString(script, StandardCharsets.UTF_8);
      }
    }
    throw new IllegalStateException("no claimsift launcher above " + Paths.get("").toAbsolutePath());
  }

  @Test
  public void everyFlagTheBenchmarkGivesItsChildIsOneTheLauncherPasses() throws IOException {
    String script = launcher();

    List<String> flags = LauncherFlags.forThisJvm();

    for (String flag : flags) {
      assertThat(script, containsString(flag));
    }
  }

  @Test
  public void theChildAlwaysExitsOnOutOfMemory() {
    List<String> flags = LauncherFlags.forThisJvm();

    assertThat(flags, hasItem("-XX:+ExitOnOutOfMemoryError"));
  }

  @Test
  public void theLauncherDropsTheTrimFlagOnlyWhenTheJvmRejectsIt() throws IOException {
    String script = launcher();

    assertThat(script, containsString("java \"$trim\" -version >/dev/null 2>&1 || trim="));
  }
}
