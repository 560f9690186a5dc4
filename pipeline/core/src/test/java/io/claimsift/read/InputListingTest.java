package io.claimsift.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

/** The listing names every entry once, follows links without looping, and opens nothing. */
public class InputListingTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();
  /** Opening a named pipe would block this test forever; the rule turns that into a failure. */
  @Rule public final Timeout timeout = Timeout.seconds(60);

  static void mkfifo(Path path) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertThat("mkfifo " + path, p.waitFor(), equalTo(0));
  }

  private static Map<String, InputEntry> bySourceUri(List<InputEntry> entries) {
    Map<String, InputEntry> map = new TreeMap<>();
    entries.forEach(e -> map.put(e.sourceUri(), e));
    return map;
  }

  @Test
  public void aNamedPipeIsListedAsNotAFileWithoutBeingOpened() throws Exception {
    Path root = tmp.newFolder("in").toPath();
    Files.writeString(root.resolve("a.txt"), "x");
    mkfifo(root.resolve("pipe.txt"));

    Map<String, InputEntry> entries = bySourceUri(InputListing.list(InputLocation.resolve(root.toString())));

    assertThat(entries.keySet(), equalTo(java.util.Set.of("a.txt", "pipe.txt")));
    assertThat(entries.get("a.txt").kind(), equalTo(InputEntry.Kind.FILE));
    assertThat(entries.get("pipe.txt").kind(), equalTo(InputEntry.Kind.NOT_A_FILE));
    assertThat(entries.get("pipe.txt").detail(), containsString("named pipe (FIFO)"));
  }

  @Test
  public void aLinkToADeviceIsNotAFile() throws Exception {
    Path root = tmp.newFolder("in").toPath();
    Files.createSymbolicLink(root.resolve("zeros.txt"), Paths.get("/dev/zero"));

    InputEntry entry = InputListing.list(InputLocation.resolve(root.toString() + "/*.txt")).get(0);

    assertThat(entry.kind(), equalTo(InputEntry.Kind.NOT_A_FILE));
    assertThat(entry.detail(), containsString("character device"));
  }

  @Test
  public void aFolderLinkLoopIsReportedOnceAndTheFilesAreListedOnce() throws Exception {
    Path root = tmp.newFolder("in").toPath();
    Files.createDirectories(root.resolve("day1"));
    Files.writeString(root.resolve("day1/a.txt"), "x");
    Files.createSymbolicLink(root.resolve("day1/back-to-top"), Paths.get(".."));
    Files.createSymbolicLink(root.resolve("day1-again"), Paths.get("day1"));

    Map<String, InputEntry> entries = bySourceUri(InputListing.list(InputLocation.resolve(root.toString())));

    assertThat(entries.get("day1/back-to-top").kind(), equalTo(InputEntry.Kind.FOLDER_LINK_CYCLE));
    // A link to a folder that is not an ancestor is followed, as before: its file is a second entry.
    assertThat(entries.get("day1/a.txt").kind(), equalTo(InputEntry.Kind.FILE));
    assertThat(entries.get("day1-again/a.txt").kind(), equalTo(InputEntry.Kind.FILE));
    assertThat(entries.get("day1-again/back-to-top").kind(), equalTo(InputEntry.Kind.FOLDER_LINK_CYCLE));
    assertThat(entries.keySet(), equalTo(java.util.Set.of(
        "day1/a.txt", "day1/back-to-top", "day1-again/a.txt", "day1-again/back-to-top")));
  }

  @Test
  public void aLinkThatLeadsBackToItselfIsNotAFile() throws Exception {
    Path root = tmp.newFolder("in").toPath();
    Files.writeString(root.resolve("real.txt"), "x");
    Files.createSymbolicLink(root.resolve("self.txt"), Paths.get("self.txt"));
    Files.createSymbolicLink(root.resolve("ping.txt"), Paths.get("pong.txt"));
    Files.createSymbolicLink(root.resolve("pong.txt"), Paths.get("ping.txt"));

    Map<String, InputEntry> entries = bySourceUri(InputListing.list(InputLocation.resolve(root.toString())));

    for (String link : List.of("self.txt", "ping.txt", "pong.txt")) {
      assertThat(entries.get(link).kind(), equalTo(InputEntry.Kind.NOT_A_FILE));
      assertThat(entries.get(link).detail(), containsString("symbolic link loop"));
    }
  }

  @Test
  public void oddNamesAreListedWithEscapedSourceUrisAndLocationsThatReopenThem() throws Exception {
    Path root = tmp.newFolder("in").toPath();
    for (String raw : List.of("with%20space.txt", "new%0Aline.txt", "latin1-caf%E9.txt")) {
      Files.writeString(Paths.get(URI.create(root.toUri() + raw)), raw);
    }

    Map<String, InputEntry> entries = bySourceUri(InputListing.list(InputLocation.resolve(root.toString())));

    assertThat(entries.keySet(), equalTo(java.util.Set.of("with space.txt", "new\\x0Aline.txt", "latin1-caf\\xE9.txt")));
    assertThat(Files.readString(entries.get("new\\x0Aline.txt").path()), equalTo("new%0Aline.txt"));
    assertThat(Files.readString(entries.get("latin1-caf\\xE9.txt").path()), equalTo("latin1-caf%E9.txt"));
  }

  @Test
  public void aGlobMatchesAgainstTheNormalisedPath() throws Exception {
    Path root = tmp.newFolder("in").toPath();
    Files.writeString(root.resolve("a.html"), "x");
    Files.writeString(root.resolve("b.txt"), "x");

    List<InputEntry> entries = InputListing.list(InputLocation.resolve(root + "/./*.html"));

    assertThat(entries.stream().map(InputEntry::sourceUri).toList(), equalTo(List.of("a.html")));
  }

  @Test
  public void aSingleFileIsItsOwnListing() throws Exception {
    Path root = tmp.newFolder("in").toPath();
    Files.writeString(root.resolve("a.txt"), "abc");
    Files.writeString(root.resolve("b.txt"), "x");

    List<InputEntry> entries = InputListing.list(InputLocation.resolve(root.resolve("a.txt").toString()));

    assertThat(entries.size(), equalTo(1));
    assertThat(entries.get(0).sourceUri(), equalTo("a.txt"));
    assertThat(entries.get(0).bytes(), equalTo(3L));
  }
}
