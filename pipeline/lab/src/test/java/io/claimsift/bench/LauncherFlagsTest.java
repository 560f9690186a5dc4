package io.claimsift.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LauncherFlagsTest {

  /** Deleted after each test, so that runs leave nothing in the system temp folder. */
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  /** The {@code claimsift} launcher beside the root pom.xml, found from the module's folder. */
  private static String launcher() throws IOException {
    return Files.readString(launcherPath(), StandardCharsets.UTF_8);
  }

  private static Path launcherPath() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path script = dir.resolve("claimsift");
      if (Files.isRegularFile(script) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return script;
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

  @Test
  public void theChildUsesTheParallelCollectorUnlessItsExtraOptionsChooseOne() {
    List<String> plain = LauncherFlags.forThisJvm(List.of("-Xss4m"));
    List<String> withG1 = LauncherFlags.forThisJvm(List.of("-XX:+UseG1GC"));

    assertThat(plain, hasItem("-XX:+UseParallelGC"));
    assertThat(withG1, not(hasItem("-XX:+UseParallelGC")));
  }

  @Test
  public void theLauncherLeavesTheCollectorToClaimsiftJavaOptsWhenTheyChooseOne() throws Exception {
    // Arrange: a stand-in `java` first on the PATH that prints the arguments it gets
    Path bin = tmp.newFolder("fake-java").toPath();
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"$*\"\n", StandardCharsets.UTF_8);
    java.toFile().setExecutable(true);

    // Act
    String plain = runLauncher(bin, "-Xmx3g");
    String withZgc = runLauncher(bin, "-Xmx3g -XX:+UseZGC");

    // Assert
    assertThat(plain, containsString("-XX:+UseParallelGC -Xmx3g -jar "));
    assertThat(withZgc, containsString("-XX:+UseZGC"));
    assertThat(withZgc, not(containsString("-XX:+UseParallelGC")));
  }

  private static String runLauncher(Path bin, String javaOpts) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", launcherPath().toString(), "--help").redirectErrorStream(true);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("CLAIMSIFT_JAVA_OPTS", javaOpts);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(), org.hamcrest.Matchers.equalTo(0));
    return out;
  }
}
