package io.claimsift.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.Assert.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class InputLocationTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void folderIsReadRecursivelyAndPathsAreRelativeToIt() throws IOException {
    Path root = tmp.newFolder("crawl").toPath();
    Files.createDirectories(root.resolve("day1"));
    Files.writeString(root.resolve("day1/a.txt"), "x");

    InputLocation location = InputLocation.resolve(root.toString());

    assertThat(location.glob(), equalTo(root.toAbsolutePath() + "/**"));
    assertThat(location.sourceUri(root.resolve("day1/a.txt")), equalTo("day1/a.txt"));
  }

  @Test
  public void globRootIsItsLongestFolderPrefixWithoutWildcards() throws IOException {
    Path root = tmp.newFolder("crawl").toPath();

    InputLocation location = InputLocation.resolve(root + "/2026-*/*.html");

    assertThat(location.root(), equalTo(root.toAbsolutePath()));
    assertThat(location.sourceUri(root.resolve("2026-11/x.html")), equalTo("2026-11/x.html"));
  }

  @Test
  public void missingInputIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputLocation.resolve(tmp.getRoot() + "/nope"));

    assertThat(e.getMessage(), containsString("--input does not exist"));
  }

  @Test
  public void emptyFolderIsAClearError() throws IOException {
    Path empty = tmp.newFolder("empty").toPath();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputLocation.resolve(empty.toString()));

    assertThat(e.getMessage(), containsString("contains no files"));
  }

  @Test
  public void danglingLinksAreListedSoTheyCanBeRejected() throws IOException {
    Path root = tmp.newFolder("links").toPath();
    Files.writeString(root.resolve("real.txt"), "x");
    Files.createSymbolicLink(root.resolve("dangling.txt"), root.resolve("gone.txt"));

    InputLocation location = InputLocation.resolve(root.toString());

    assertThat(InputListing.list(location).stream()
            .filter(e -> e.kind() == InputEntry.Kind.NOT_A_FILE).map(InputEntry::sourceUri).toList(),
        equalTo(java.util.List.of("dangling.txt")));
  }
}
