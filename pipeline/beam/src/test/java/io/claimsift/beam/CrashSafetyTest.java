package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.claimsift.output.PausePoints;
import io.claimsift.read.Hashing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The output survives crashes: real runs in child JVMs are killed with SIGKILL at named points,
 * run beside a second run on the same --output, or meet a full disk and an unwritable staging
 * folder halfway; the previous release stays as it was and the next run succeeds.
 */
public class CrashSafetyTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private Path firstInput;
  private Path secondInput;
  private Path out;
  private Path staging;
  private Path previous;
  private Path logs;

  @Before
  public void inputs() throws IOException {
    firstInput = tmp.newFolder("first").toPath();
    Files.copy(Paths.get("input/000_4dc87a5fd8523e15.txt"), firstInput.resolve("a.txt"));
    secondInput = tmp.newFolder("second").toPath();
    Files.copy(Paths.get("input/001_c67cc06ef57ab136.txt"), secondInput.resolve("b.txt"));
    out = tmp.getRoot().toPath().resolve("out");
    staging = out.resolveSibling(".out.staging");
    previous = out.resolveSibling(".out.previous");
    logs = tmp.getRoot().toPath().resolve("logs");
  }

  /** Runs in this JVM, as the command line does; returns the exit status. */
  private int runHere(Path input, ByteArrayOutputStream err) {
    return ClaimSiftPipeline.execute(new String[] {"--input=" + input, "--output=" + out},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int runHere(Path input) {
    return runHere(input, new ByteArrayOutputStream());
  }

  /** Every file under a folder, relative path to SHA-256: equal maps mean byte-identical trees. */
  private static Map<String, String> snapshot(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(p).toString(), Hashing.sha256Hex(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  private static List<String> claimsiftLines(String stderr) {
    return stderr.lines()
        .filter(l -> l.startsWith("claimsift:") && !l.startsWith("claimsift: paused at"))
        .toList();
  }

  private String releasedSource() throws IOException {
    return Files.readString(out.resolve("manifest.json")).contains("\"a.txt\"") ? "a.txt" : "b.txt";
  }

  @Test
  public void aRunKilledAtAnyPointLeavesThePreviousReleaseAndTheNextRunSucceeds() throws Exception {
    assertThat(runHere(firstInput), equalTo(0));
    Path current = firstInput;
    for (String point : List.of(PausePoints.STAGING_READY, PausePoints.DATASETS_WRITTEN,
        PausePoints.OUTPUT_MOVED_ASIDE)) {
      Map<String, String> release = snapshot(out);
      Path other = current == firstInput ? secondInput : firstInput;

      ChildRun run = ChildRun.start(logs, other, out, point, null);
      run.awaitPause(point);
      run.kill();

      // Killed mid-swap, the release is whole in .out.previous, where the next run takes it back from.
      Path release2 = point.equals(PausePoints.OUTPUT_MOVED_ASIDE) ? previous : out;
      assertThat("release after a kill at " + point, snapshot(release2), equalTo(release));
      assertThat("a kill at " + point + " leaves a stale staging folder", Files.isDirectory(staging), is(true));

      assertThat("the run after a kill at " + point, runHere(other), equalTo(0));
      assertThat(Files.exists(staging), is(false));
      assertThat(Files.exists(previous), is(false));
      assertThat(releasedSource(), equalTo(other == firstInput ? "a.txt" : "b.txt"));
      current = other;
    }
  }

  @Test
  public void aSecondRunOnTheSameOutputIsRefusedAtOnceAndTheFirstFinishes() throws Exception {
    assertThat(runHere(firstInput), equalTo(0));
    Map<String, String> release = snapshot(out);
    Path resume = tmp.getRoot().toPath().resolve("resume");
    ChildRun first = ChildRun.start(logs, secondInput, out, PausePoints.STAGING_READY, resume);
    first.awaitPause(PausePoints.STAGING_READY);
    Map<String, String> firstStaging = snapshot(staging);

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int status = runHere(firstInput, err);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(status, equalTo(1));
    assertThat(seconds, lessThan(30L));
    assertThat(message.lines().count(), equalTo(1L));
    assertThat(message, startsWith("claimsift: another ClaimSift run (pid " + first.pid() + ") is writing to " + out));
    assertThat("the refused run changed nothing", snapshot(out), equalTo(release));
    assertThat(snapshot(staging), equalTo(firstStaging));

    Files.writeString(resume, "go");
    assertThat(first.stderr(), first.awaitExit(), equalTo(0));
    assertThat(releasedSource(), equalTo("b.txt"));
    assertThat(Files.exists(staging), is(false));
  }

  @Test
  public void aRunThatMeetsAFullDiskHalfwayExitsOneKeepsTheReleaseAndSaysWhyInOneLine() throws Exception {
    Path full = Paths.get("/dev/full");
    Assume.assumeTrue("needs Linux's /dev/full, whose writes fail with ENOSPC", Files.exists(full));
    assertThat(runHere(firstInput), equalTo(0));
    Map<String, String> release = snapshot(out);
    Path resume = tmp.getRoot().toPath().resolve("resume");
    ChildRun run = ChildRun.start(logs, secondInput, out, PausePoints.DATASETS_WRITTEN, resume);
    run.awaitPause(PausePoints.DATASETS_WRITTEN);
    // The manifest is written last: pointing it at /dev/full makes that write fail as on a full disk.
    Files.createSymbolicLink(staging.resolve("manifest.json"), full);

    Files.writeString(resume, "go");

    assertThat(run.awaitExit(), equalTo(1));
    List<String> said = claimsiftLines(run.stderr());
    assertThat(run.stderr(), said.size(), equalTo(1));
    assertThat(said.get(0), startsWith("claimsift: the run failed and the previous output is unchanged: "));
    assertThat(said.get(0), containsString("No space left on device"));
    assertThat(snapshot(out), equalTo(release));
    assertThat(Files.exists(staging), is(false));
    assertThat("the next run", runHere(secondInput), equalTo(0));
  }

  @Test
  public void aRunWhoseStagingFolderBecomesUnwritableExitsOneAndKeepsTheRelease() throws Exception {
    assertThat(runHere(firstInput), equalTo(0));
    Map<String, String> release = snapshot(out);
    Path resume = tmp.getRoot().toPath().resolve("resume");
    ChildRun run = ChildRun.start(logs, secondInput, out, PausePoints.STAGING_READY, resume);
    run.awaitPause(PausePoints.STAGING_READY);
    // Permissions do not stop root (the tests' user), but a file where the folder should be does.
    Files.delete(staging);
    Files.writeString(staging, "not a folder");

    Files.writeString(resume, "go");

    assertThat(run.awaitExit(), equalTo(1));
    List<String> said = claimsiftLines(run.stderr());
    assertThat(run.stderr(), said.size(), equalTo(1));
    assertThat(said.get(0), startsWith("claimsift: the run failed and the previous output is unchanged: "));
    assertThat(snapshot(out), equalTo(release));
    assertThat(Files.exists(staging), is(false));
  }
}
