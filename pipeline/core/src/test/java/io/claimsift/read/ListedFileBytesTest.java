package io.claimsift.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

/** A file is read as it was listed, or becomes a reject that says what happened to it. */
public class ListedFileBytesTest {
  private static final String TEXT = "Headline\n\nThe council approved the budget on Monday.\n";

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();
  /** Opening a named pipe would block forever; the rule turns that into a failure. */
  @Rule public final Timeout timeout = Timeout.seconds(60);

  private final DocumentReader reader = new DocumentReader(ReadLimits.withMaxDocumentBytes(1_000_000));

  private InputEntry listed(Path file) throws Exception {
    Files.writeString(file, TEXT);
    Path root = file.getParent();
    return InputListing.list(InputLocation.resolve(root.toString())).stream()
        .filter(e -> e.sourceUri().equals(file.getFileName().toString())).findFirst().orElseThrow();
  }

  private ReadOutcome read(InputEntry entry, ListedFileBytes.Opener opener) {
    return reader.read(entry.sourceUri(), entry.bytes(), new ListedFileBytes(entry, opener));
  }

  private ReadOutcome read(InputEntry entry) {
    return reader.read(entry.sourceUri(), entry.bytes(), new ListedFileBytes(entry));
  }

  private static void assertRejected(ReadOutcome outcome, RejectReason reason, String detail) {
    assertThat(outcome.isDecoded(), is(false));
    assertThat(outcome.rejection().reason(), equalTo(reason.code()));
    assertThat(outcome.rejection().detail(), containsString(detail));
    assertThat("an unread file has no content hash", outcome.file().sha256(), equalTo(null));
  }

  @Test
  public void anUnchangedFileIsReadWhole() throws Exception {
    InputEntry entry = listed(tmp.newFolder("in").toPath().resolve("a.txt"));

    ReadOutcome outcome = read(entry);

    assertThat(outcome.document().text(), equalTo(TEXT));
  }

  @Test
  public void aFileThatGrewAfterTheListingIsRejectedAsChanged() throws Exception {
    Path file = tmp.newFolder("in").toPath().resolve("a.txt");
    InputEntry entry = listed(file);
    Files.writeString(file, "More text arrived.\n", StandardOpenOption.APPEND);

    assertRejected(read(entry), RejectReason.CHANGED_WHILE_READING, "bytes when listed");
  }

  @Test
  public void aFileRewrittenWithTheSameSizeIsRejectedAsChanged() throws Exception {
    Path file = tmp.newFolder("in").toPath().resolve("a.txt");
    InputEntry entry = listed(file);
    Files.writeString(file, TEXT.toUpperCase(java.util.Locale.ROOT));
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));

    assertRejected(read(entry), RejectReason.CHANGED_WHILE_READING, "modified after it was listed");
  }

  @Test
  public void aFileThatGrowsWhileItIsReadIsReadOnlyToItsListedSizePlusOneByte() throws Exception {
    Path file = tmp.newFolder("in").toPath().resolve("a.txt");
    InputEntry entry = listed(file);
    // An endless stream stands for a file that a crawler keeps appending to: the read must stop.
    ListedFileBytes.Opener endless = path -> new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };

    assertRejected(read(entry, endless), RejectReason.CHANGED_WHILE_READING, "grew past its listed size");
  }

  @Test
  public void aFileThatDisappearedAfterTheListingIsUnreadable() throws Exception {
    Path file = tmp.newFolder("in").toPath().resolve("a.txt");
    InputEntry entry = listed(file);
    Files.delete(file);

    assertRejected(read(entry), RejectReason.UNREADABLE, "disappeared after it was listed");
  }

  @Test
  public void aFileReplacedByANamedPipeIsNeverOpened() throws Exception {
    Path file = tmp.newFolder("in").toPath().resolve("a.txt");
    InputEntry entry = listed(file);
    Files.delete(file);
    InputListingTest.mkfifo(file);

    assertRejected(read(entry), RejectReason.UNREADABLE, "no longer a regular file");
  }

  @Test
  public void aFileWithoutReadPermissionIsUnreadable() throws Exception {
    // The tests run as root, who reads any file whatever its mode, so the denial is injected here
    // where the file is opened; the test below makes the real one when not run as root.
    InputEntry entry = listed(tmp.newFolder("in").toPath().resolve("a.txt"));
    ListedFileBytes.Opener denied = path -> {
      throw new AccessDeniedException(path.toString());
    };

    ReadOutcome outcome = read(entry, denied);

    assertRejected(outcome, RejectReason.UNREADABLE, "no permission to read the file");
    assertThat("no absolute path in the detail", outcome.rejection().detail().contains("/"), is(false));
  }

  @Test
  public void aFileWithoutReadPermissionIsUnreadableForARealUser() throws Exception {
    Path file = tmp.newFolder("in").toPath().resolve("a.txt");
    InputEntry entry = listed(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Assume.assumeFalse("root reads files without permission; covered by the injected test above",
        Files.isReadable(file));

    assertRejected(read(entry), RejectReason.UNREADABLE, "no permission to read the file");
  }

  @Test
  public void theLocationReopensANameThatIsNotUtf8() throws Exception {
    Path root = tmp.newFolder("in").toPath();
    Path file = java.nio.file.Paths.get(java.net.URI.create(root.toUri() + "caf%E9.txt"));
    Files.write(file, TEXT.getBytes(StandardCharsets.UTF_8));
    InputEntry entry = InputListing.list(InputLocation.resolve(root.toString())).get(0);

    assertThat(entry.sourceUri(), equalTo("caf\\xE9.txt"));
    assertThat(read(entry).document().text(), equalTo(TEXT));
  }
}
