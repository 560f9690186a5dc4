package io.claimsift.beam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Builds a folder of odd entries beside good articles with odd names; maps each source_uri to the
 * reject reason it must get (null for files that must become articles). The folder also holds a
 * link back to itself, which is skipped and counted, not listed.
 */
final class OddInputFiles {
  private OddInputFiles() {}

  static Map<String, String> write(Path dir) throws IOException, InterruptedException {
    Map<String, String> expected = new LinkedHashMap<>();
    Files.createDirectories(dir.resolve("sub"));
    Files.copy(Paths.get("input/000_4dc87a5fd8523e15.txt"), dir.resolve("good.txt"));
    expected.put("good.txt", null);
    Files.copy(Paths.get("input/001_c67cc06ef57ab136.txt"), dir.resolve("sub/with space.txt"));
    expected.put("sub/with space.txt", null);
    Files.copy(Paths.get("input/002_5344aadedac827a6.txt"), rawName(dir, "new%0Aline.txt"));
    expected.put("new\\x0Aline.txt", null);
    Files.copy(Paths.get("input/003_4f0adde976a0fa26.txt"), rawName(dir, "latin1-caf%E9.txt"));
    expected.put("latin1-caf\\xE9.txt", null);
    Files.copy(Paths.get("input/004_365083c2c57dae54.txt"), dir.resolve("back\\slash.txt"));
    expected.put("back\\\\slash.txt", null);

    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).inheritIO().start();
    if (mkfifo.waitFor() != 0) {
      throw new IOException("mkfifo failed");
    }
    expected.put("pipe.txt", "unreadable");
    Files.createSymbolicLink(dir.resolve("zeros.html"), Paths.get("/dev/zero"));
    expected.put("zeros.html", "unreadable");
    Files.createSymbolicLink(dir.resolve("self.txt"), Paths.get("self.txt"));
    expected.put("self.txt", "unreadable");
    Files.createSymbolicLink(dir.resolve("sub/loop"), Paths.get(".."));

    Files.write(dir.resolve("twice.txt.gz"), gzip(gzip(utf8("A story that a crawler compressed twice."))));
    expected.put("twice.txt.gz", "binary");
    Files.write(dir.resolve("program.html.gz"), gzip(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0}));
    expected.put("program.html.gz", "binary");
    return expected;
  }

  /** A path whose file name is exactly the bytes given as a URI's %HH escapes. */
  private static Path rawName(Path dir, String percentEncodedName) {
    return Paths.get(URI.create(dir.toUri() + percentEncodedName));
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
