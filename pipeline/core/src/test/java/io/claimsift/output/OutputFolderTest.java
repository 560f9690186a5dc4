package io.claimsift.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

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

  @Test(expected = IllegalArgumentException.class)
  public void aFileIsNotAnOutputFolder() throws Exception {
    OutputFolder.validate(tmp.newFile("file.txt").toPath());
  }
}
