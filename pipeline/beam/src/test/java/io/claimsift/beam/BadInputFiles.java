package io.claimsift.beam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Builds a folder of broken inputs next to good ones; maps each file to the reject reason it must get. */
final class BadInputFiles {
  /** The limit the tests run with, so that a small gzip bomb exceeds it. */
  static final long MAX_DOCUMENT_BYTES = 100_000;

  private BadInputFiles() {}

  /** Writes the files and returns source_uri to expected reason (null for files that must become articles). */
  static Map<String, String> write(Path dir, Path goodSample) throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    Files.createDirectories(dir.resolve("nested"));
    Files.copy(goodSample, dir.resolve("good.txt"));
    expected.put("good.txt", null);
    Files.copy(goodSample, dir.resolve("nested/copy-of-good.txt"));
    expected.put("nested/copy-of-good.txt", "duplicate_content");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    expected.put("empty.txt", "empty");
    Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    expected.put("image.txt", "binary");
    Files.write(dir.resolve("archive.txt"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
    expected.put("archive.txt", "binary");
    byte[] garbage = new byte[300];
    Arrays.fill(garbage, (byte) 0xFE);
    Files.write(dir.resolve("latin.txt"), garbage);
    expected.put("latin.txt", "undecodable");
    Files.writeString(dir.resolve("broken.txt.gz"), "definitely not gzip");
    expected.put("broken.txt.gz", "corrupt_gzip");
    Files.write(dir.resolve("bomb.html.gz"), gzip(new byte[(int) MAX_DOCUMENT_BYTES * 3]));
    expected.put("bomb.html.gz", "too_large");
    Files.writeString(dir.resolve("menu-only.html"),
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            + "<script>var x = 1;</script></body></html>");
    expected.put("menu-only.html", "no_body_text");
    Files.writeString(dir.resolve("data.json"), "{\"not\": \"an article\"}");
    expected.put("data.json", "unsupported_extension");
    // As root every file is readable, so the unreadable case is a link to a file that is gone.
    Files.createSymbolicLink(dir.resolve("moved-away.txt"), dir.resolve("no-such-target.txt"));
    expected.put("moved-away.txt", "unreadable");
    return expected;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
