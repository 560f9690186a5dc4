package io.claimsift.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.eval.ResultLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a folder of hostile input files, kept apart from the tests that shaped the budgets, and
 * checks a run's manifest against it: every file written must be listed exactly once as an input
 * (docs/reliability.md, "A hostile folder").
 *
 * <pre>
 * java -cp pipeline/target/claimsift.jar:pipeline/target/claimsift-lab.jar io.claimsift.bench.HostileFolder write DIR
 * ./claimsift --input=DIR --output=OUT
 * java -cp ... io.claimsift.bench.HostileFolder check DIR OUT
 * </pre>
 */
public final class HostileFolder {
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  private static final String ARTICLE = "WELLINGTON, 4 March 2024 - The council approved a budget of $4.2 million "
      + "on Tuesday, officials said. Spending on roads rose 12% to 310 million dollars, the mayor told "
      + "reporters. \"We expect the bridge to open in June 2025,\" she said.\n\nThe vote was 7 to 2. Critics "
      + "said the plan ignored about 40,000 residents of the eastern suburbs.\n";

  private final Path dir;
  private final List<String> written = new ArrayList<>();

  private HostileFolder(Path dir) {
    this.dir = dir;
  }

  /** {@code write DIR} or {@code check DIR OUTPUT}. */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("write")) {
      HostileFolder folder = new HostileFolder(Paths.get(args[1]));
      folder.writeAll();
      long bytes = 0;
      for (Path p : Files.walk(folder.dir).filter(Files::isRegularFile).toList()) {
        bytes += Files.isReadable(p) ? Files.size(p) : 0;
      }
      System.out.println(ResultLine.of("hostile_folder").put("entries", folder.written.size())
          .put("mbytes", bytes / 1_000_000));
    } else if (args.length == 3 && args[0].equals("check")) {
      check(Paths.get(args[1]), Paths.get(args[2]));
    } else {
      System.err.println("usage: HostileFolder write DIR | check DIR OUTPUT");
      System.exit(2);
    }
  }

  /** Compares the manifest's inputs with the folder's listing; exits 1 when they differ. */
  private static void check(Path dir, Path output) throws IOException {
    TreeSet<String> expected = new TreeSet<>(Files.readAllLines(dir.getParent().resolve(dir.getFileName() + ".list")));
    JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    List<String> listed = new ArrayList<>();
    manifest.get("inputs").forEach(i -> listed.add(i.get("source_uri").asText()));
    TreeSet<String> unique = new TreeSet<>(listed);
    TreeSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(unique);
    TreeSet<String> extra = new TreeSet<>(unique);
    extra.removeAll(expected);
    System.out.println("missing: " + missing + "\nextra: " + extra);
    boolean ok = missing.isEmpty() && extra.isEmpty() && unique.size() == listed.size();
    System.out.println(ResultLine.of("hostile_folder_check").put("expected", expected.size())
        .put("listed", listed.size()).put("missing", missing.size()).put("extra", extra.size())
        .put("accounted", ok ? "yes" : "no"));
    if (!ok) {
      System.exit(1);
    }
  }

  private void writeAll() throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("sub"));
    // good files beside the hostile ones
    text("good.txt", ARTICLE);
    text("good.html", "<html><head><title>Budget</title></head><body><nav>Home | News</nav><article><p>"
        + ARTICLE.replace("\n\n", "</p><p>") + "</p></article><footer>(c) 2024</footer></body></html>");

    // the shapes of issue 16
    text("nested-divs.html", "<html><body>" + "<div>".repeat(100_000)
        + "<p>The minister said on 3 March 2024 that prices rose 5% to $3 million.</p>" + "</div>".repeat(100_000)
        + "</body></html>");
    text("amounts-and-dates.txt", joined(1_000_000, ", ", i -> i % 2 == 0
        ? "$" + (i % 997 + 1) + "." + (i % 90 + 10) + " million"
        : (i % 28 + 1) + " " + MONTHS[i % 12] + " " + (1990 + i % 40)));
    StringBuilder numbers = new StringBuilder();
    for (int i = 0; i < 300_000; i++) {
      numbers.append(i == 0 ? "" : " ").append((i * 7919L) % 100_000);
    }
    text("numbers.txt", numbers.toString());
    text("long-line-12mb.txt", joined(12_000_000, " ", i -> i % 3 == 0 ? "inflation" : i % 3 == 1 ? "rose" : "4.5%"));
    run("mkfifo", dir.resolve("pipe.txt").toString());
    written.add("pipe.txt");
    link("self.txt", "self.txt");
    link("loop-a.txt", "loop-b.txt");
    link("loop-b.txt", "loop-a.txt");
    link("dangling.html", "missing.html");
    link("zeros.html", "/dev/zero");
    text("unreadable.txt", variant(10)); // root reads it anyway
    Files.setPosixFilePermissions(dir.resolve("unreadable.txt"), PosixFilePermissions.fromString("---------"));
    Files.createSymbolicLink(dir.resolve("sub/up"), Paths.get("..")); // a folder cycle: skipped, not an input
    bytes("twice.txt.gz", gzip(gzip(utf8(ARTICLE))));
    bytes("program.html.gz", gzip(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0}));

    // odd names
    // (each its own article: the same bytes twice would make the second a duplicate_content reject)
    text("sub/with space.txt", variant(1));
    rawName("new%0Aline.txt", "new\\x0Aline.txt", variant(2));
    rawName("tab%09name.txt", "tab\\x09name.txt", variant(3));
    rawName("latin1-caf%E9.txt", "latin1-caf\\xE9.txt", variant(4));
    bytes("back\\slash.txt", "back\\\\slash.txt", utf8(variant(5)));
    text("-starts-with-dash.txt", variant(6));
    text(".hidden.txt", variant(7));
    text("news \uD83D\uDCF0 \u00FCber.txt", variant(8));
    text("n".repeat(240) + ".txt", variant(9));

    // others
    bytes("bomb.txt.gz", gzipRepeated((byte) 'a', 200_000_000));
    byte[] page = gzip(utf8("<html><body><p>" + ARTICLE.repeat(200) + "</p></body></html>"));
    bytes("truncated.html.gz", Arrays.copyOf(page, page.length / 2));
    text("huge-attribute.html", "<html><body><div data-x=\"" + "x".repeat(5_000_000) + "\"><p>" + ARTICLE
        + "</p></div></body></html>");
    text("one-tag-50mb.html", "<b>".repeat(50_000_000 / 3));
    text("unclosed-inline.html", "<html><body>" + "<b><i>".repeat(100_000) + ARTICLE + "</body></html>");
    text("nested-tables.html", "<html><body>" + "<table><tr><td>".repeat(20_000) + ARTICLE
        + "</td></tr></table>".repeat(20_000) + "</body></html>");
    text("many-elements.html", "<html><body>" + "<p>a</p>".repeat(200_001) + "</body></html>");
    text("many-lines.txt", "The council met.\n".repeat(200_001));
    text("entities.html", "<html><body><p>" + "&amp;&#x1F4F0;&nbsp;".repeat(300_000) + "</p></body></html>");
    text("unclosed-comment.html", "<html><body><p>" + ARTICLE + "</p><!-- " + "x ".repeat(2_500_000));
    text("unclosed-script.html", "<html><body><p>" + ARTICLE + "</p><script>" + "var a = '<p>';".repeat(350_000));
    byte[] nul = utf8(ARTICLE.repeat(100));
    for (int i = 0; i < nul.length; i += 7) {
      nul[i] = 0;
    }
    bytes("nul-bytes.txt", nul);
    bytes("utf16-no-bom.txt", ARTICLE.repeat(50).getBytes(StandardCharsets.UTF_16LE));
    bytes("invalid-utf8.txt", invalidUtf8());
    bytes("random.html", random(1_000_000, 16));
    bytes("report.pdf", utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + "stream ".repeat(1000)));
    text("empty.txt", "");
    text("blank.txt", " \n\t\r\n".repeat(100_000));
    text("long-word.txt", "a".repeat(2_000_000));
    text("cr-only.txt", ARTICLE.replace('\n', ' ').concat("\r").repeat(5_000));
    text("combining-marks.txt", joined(1_000_000, " ", i -> "z\u0301\u0327\u0308\u0303".repeat(20) + " rose 5%."));
    text("dense-dates.txt", joined(2_000_000, "\n", i -> joined(2_400, ", ", j -> (j % 28 + 1) + " " + MONTHS[(i + j) % 12]
        + " " + (1990 + j % 40)) + "."));
    text("one-paragraph.txt", "Prices rose 5% to $3 million on 3 March 2024, the minister said. ".repeat(80_000));
    text("quotes-and-brackets.txt", "\"(\u201C[{".repeat(400_000) + ARTICLE);
    Files.write(dir.getParent().resolve(dir.getFileName() + ".list"), written, StandardCharsets.UTF_8);
  }

  private void text(String name, String content) throws IOException {
    bytes(name, utf8(content));
  }

  private void bytes(String name, byte[] content) throws IOException {
    bytes(name, name, content);
  }

  private void bytes(String name, String sourceUri, byte[] content) throws IOException {
    Files.write(dir.resolve(name), content);
    written.add(sourceUri);
  }

  /** The article with a different vote count, so that its bytes are its own. */
  private static String variant(int n) {
    return ARTICLE.replace("7 to 2", (7 + n) + " to 2");
  }

  private void link(String name, String target) throws IOException {
    Files.createSymbolicLink(dir.resolve(name), Paths.get(target));
    written.add(name);
  }

  /** A file whose name is exactly the bytes given as %HH escapes; listed as its source_uri. */
  private void rawName(String percentEncoded, String sourceUri, String content) throws IOException {
    Files.write(Paths.get(URI.create(dir.toAbsolutePath().toUri() + percentEncoded)), utf8(content));
    written.add(sourceUri);
  }

  private static void run(String... command) throws IOException, InterruptedException {
    if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
      throw new IOException("failed: " + String.join(" ", command));
    }
  }

  private static String joined(int chars, String separator, java.util.function.IntFunction<String> unit) {
    StringBuilder out = new StringBuilder(chars + 64);
    for (int i = 0; out.length() < chars; i++) {
      out.append(i == 0 ? "" : separator).append(unit.apply(i));
    }
    return out.toString();
  }

  private static byte[] invalidUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] article = utf8(ARTICLE);
    byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}};
    for (int i = 0; i < 2_000; i++) {
      out.write(article, 0, article.length);
      out.writeBytes(bad[i % bad.length]);
    }
    return out.toByteArray();
  }

  private static byte[] random(int size, long seed) {
    byte[] out = new byte[size];
    new Random(seed).nextBytes(out);
    return out;
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    }
    return out.toByteArray();
  }

  private static byte[] gzipRepeated(byte value, int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] block = new byte[1 << 16];
    Arrays.fill(block, value);
    try (OutputStream gz = new GZIPOutputStream(out)) {
      for (int done = 0; done < count; done += block.length) {
        gz.write(block, 0, Math.min(block.length, count - done));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
