package io.claimsift.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class OutputFolderTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void aDiscardedRunLeavesThePreviousOutputIntact() throws Exception {
    Path target = tmp.getRoot().toPath().resolve("out");
    Files.createDirectories(target);
    Files.writeString(target.resolve(OutputFolder.MANIFEST), "previous");
    OutputFolder folder = OutputFolder.validate(target);
    Path staging = folder.prepareStaging();
    Files.writeString(staging.resolve(OutputFolder.MANIFEST), "half-written");

    folder.discardStaging();

    assertThat(Files.readString(target.resolve(OutputFolder.MANIFEST)), equalTo("previous"));
    assertThat(Files.exists(staging), is(false));
  }

  @Test
  public void promotionReplacesThePreviousOutputWhole() throws Exception {
    Path target = tmp.getRoot().toPath().resolve("out");
    Files.createDirectories(target);
    Files.writeString(target.resolve(OutputFolder.MANIFEST), "previous");
    Files.writeString(target.resolve("old-only.csv"), "x");
    OutputFolder folder = OutputFolder.validate(target);
    Files.writeString(folder.prepareStaging().resolve(OutputFolder.MANIFEST), "new");

    folder.promote();

    assertThat(Files.readString(target.resolve(OutputFolder.MANIFEST)), equalTo("new"));
    assertThat(Files.exists(target.resolve("old-only.csv")), is(false));
    assertThat(Files.exists(folder.staging()), is(false));
  }

  @Test
  public void aSecondLockOnTheSameOutputIsRefusedUntilTheFirstIsReleased() throws Exception {
    Path target = tmp.getRoot().toPath().resolve("out");
    OutputFolder folder = OutputFolder.validate(target);

    try (OutputFolder.Lock first = folder.lock()) {
      OutputFolder.BusyException busy = assertThrows(OutputFolder.BusyException.class,
          () -> OutputFolder.validate(target).lock());
      assertThat(busy.getMessage(), containsString("another ClaimSift run"));
      assertThat(busy.getMessage().contains("\n"), is(false));
      assertThat(Files.readString(folder.lockFile()).trim(), equalTo("pid " + ProcessHandle.current().pid()));
    }
    try (OutputFolder.Lock again = folder.lock()) {
      assertThat(Files.exists(folder.lockFile()), is(true));
    }
    assertThat(folder.lockFile().getFileName().toString(), equalTo(".out.lock"));
  }

  @Test
  public void aSwapKilledBetweenItsTwoRenamesIsUndoneByTheNextRun() throws Exception {
    Path target = tmp.getRoot().toPath().resolve("out");
    Path previous = target.resolveSibling(".out.previous");
    Files.createDirectories(previous);
    Files.writeString(previous.resolve(OutputFolder.MANIFEST), "previous");
    OutputFolder folder = OutputFolder.validate(target);

    folder.recoverInterruptedSwap();

    assertThat(Files.readString(target.resolve(OutputFolder.MANIFEST)), equalTo("previous"));
    assertThat(Files.exists(previous), is(false));
  }

  @Test
  public void aSwapKilledWhileRemovingTheOldOutputIsFinishedByTheNextRun() throws Exception {
    Path target = tmp.getRoot().toPath().resolve("out");
    Path previous = target.resolveSibling(".out.previous");
    Files.createDirectories(target);
    Files.writeString(target.resolve(OutputFolder.MANIFEST), "new");
    Files.createDirectories(previous.resolve("claims"));
    OutputFolder folder = OutputFolder.validate(target);

    folder.recoverInterruptedSwap();

    assertThat(Files.readString(target.resolve(OutputFolder.MANIFEST)), equalTo("new"));
    assertThat(Files.exists(previous), is(false));
  }

  @Test
  public void aSwapWhoseSecondRenameFailsPutsThePreviousOutputBack() throws Exception {
    Path target = tmp.getRoot().toPath().resolve("out");
    Files.createDirectories(target);
    Files.writeString(target.resolve(OutputFolder.MANIFEST), "previous");
    OutputFolder folder = OutputFolder.validate(target);
    folder.prepareStaging();
    OutputFolder.deleteRecursively(folder.staging()); // the rename of staging to the output now fails

    assertThrows(java.io.IOException.class, folder::promote);

    assertThat(Files.readString(target.resolve(OutputFolder.MANIFEST)), equalTo("previous"));
    assertThat(Files.exists(target.resolveSibling(".out.previous")), is(false));
  }

  @Test
  public void aStaleStagingFolderIsReplacedByAnEmptyOne() throws Exception {
    Path target = tmp.getRoot().toPath().resolve("out");
    OutputFolder folder = OutputFolder.validate(target);
    Files.createDirectories(folder.staging().resolve("claims"));
    Files.writeString(folder.staging().resolve("claims/half.avro"), "half-written");

    Path staging = folder.prepareStaging();

    try (java.util.stream.Stream<Path> left = Files.list(staging)) {
      assertThat(left.count(), equalTo(0L));
    }
  }

  @Test(expected = IllegalArgumentException.class)
  public void aFileIsNotAnOutputFolder() throws Exception {
    OutputFolder.validate(tmp.newFile("file.txt").toPath());
  }
}
