package io.claimsift.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** source_uri is a valid, locale-independent, reversible string whatever bytes a file name holds. */
public class SourceUrisTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  /** Creates a file whose name is exactly the given bytes (given as a URI's %HH escapes). */
  private Path fileWithRawName(Path dir, String percentEncodedName) throws Exception {
    Path file = Paths.get(URI.create(dir.toUri() + percentEncodedName));
    Files.writeString(file, "x");
    return file;
  }

  @Test
  public void plainNamesSpacesPercentSignsAndAccentedLettersAreKeptAsTheyAre() throws Exception {
    Path root = tmp.newFolder("in").toPath();
    Files.createDirectories(root.resolve("day 1"));

    assertThat(SourceUris.of(root, Files.writeString(root.resolve("day 1/a b.txt"), "x")), equalTo("day 1/a b.txt"));
    assertThat(SourceUris.of(root, Files.writeString(root.resolve("news%2Fstory.html"), "x")),
        equalTo("news%2Fstory.html"));
    assertThat(SourceUris.of(root, fileWithRawName(root, "caf%C3%A9.txt")), equalTo("caf\u00e9.txt"));
  }

  @Test
  public void controlCharactersAndBytesThatAreNotUtf8AreEscapedAsHex() throws Exception {
    Path root = tmp.newFolder("in").toPath();

    assertThat(SourceUris.of(root, fileWithRawName(root, "new%0Aline.txt")), equalTo("new\\x0Aline.txt"));
    assertThat(SourceUris.of(root, fileWithRawName(root, "tab%09.txt")), equalTo("tab\\x09.txt"));
    assertThat(SourceUris.of(root, fileWithRawName(root, "latin1-caf%E9.txt")), equalTo("latin1-caf\\xE9.txt"));
    assertThat(SourceUris.of(root, fileWithRawName(root, "c1-%C2%85.txt")), equalTo("c1-\\xC2\\x85.txt"));
    // An overlong encoding of '/' and a lone surrogate are not valid UTF-8 either.
    assertThat(SourceUris.of(root, fileWithRawName(root, "overlong%C0%AF.txt")), equalTo("overlong\\xC0\\xAF.txt"));
    assertThat(SourceUris.of(root, fileWithRawName(root, "surrogate%ED%A0%80.txt")),
        equalTo("surrogate\\xED\\xA0\\x80.txt"));
  }

  @Test
  public void aBackslashIsDoubledSoThatNoTwoNamesShareASourceUri() throws Exception {
    Path root = tmp.newFolder("in").toPath();
    String newline = SourceUris.of(root, fileWithRawName(root, "a%0A.txt"));
    String spelledOut = SourceUris.of(root, Files.writeString(root.resolve("a\\x0A.txt"), "x"));

    assertThat(newline, equalTo("a\\x0A.txt"));
    assertThat(spelledOut, equalTo("a\\\\x0A.txt"));
    assertThat(newline, not(equalTo(spelledOut)));
  }

  @Test
  public void theResultIsAlwaysAValidString() {
    byte[] everyByte = new byte[256];
    for (int i = 0; i < 256; i++) {
      everyByte[i] = (byte) i;
    }

    String escaped = SourceUris.escape(everyByte);

    byte[] utf8 = escaped.getBytes(StandardCharsets.UTF_8);
    assertThat(new String(utf8, StandardCharsets.UTF_8), equalTo(escaped));
    assertThat(escaped.chars().allMatch(c -> c >= 0x20 && c < 0x7F), equalTo(true));
  }
}
