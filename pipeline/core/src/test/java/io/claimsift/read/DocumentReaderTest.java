package io.claimsift.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.Test;

public class DocumentReaderTest {
  private final DocumentReader reader = new DocumentReader(ReadLimits.withMaxDocumentBytes(1000));

  private ReadOutcome read(String name, byte[] bytes) {
    return reader.read(name, bytes.length, () -> bytes);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  public void plainTextBecomesADocumentWithAContentId() {
    byte[] bytes = utf8("Headline\n\nA body sentence.");

    ReadOutcome outcome = read("a/b.txt", bytes);

    assertThat(outcome.isDecoded(), is(true));
    assertThat(outcome.document().format(), is(DocumentFormat.TEXT));
    assertThat(outcome.document().text(), equalTo("Headline\n\nA body sentence."));
    assertThat(outcome.document().articleId(), equalTo(Hashing.sha256Hex(bytes)));
    assertThat(outcome.file().sha256(), equalTo(Hashing.sha256Hex(bytes)));
  }

  @Test
  public void gzippedHtmlIsDecompressedAndIdentifiedByItsStoredBytes() throws IOException {
    byte[] stored = gzip(utf8("<html><body><p>Hi there.</p></body></html>"));

    ReadOutcome outcome = read("page.HTML.gz", stored);

    assertThat(outcome.document().format(), is(DocumentFormat.HTML));
    assertThat(outcome.document().text(), containsString("<p>Hi there.</p>"));
    assertThat(outcome.document().articleId(), equalTo(Hashing.sha256Hex(stored)));
  }

  @Test
  public void byteOrderMarkWinsAndIsStripped() {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] body = "Caf\u00e9 news.".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 2);
    System.arraycopy(body, 0, bytes, 2, body.length);

    ReadOutcome outcome = read("x.txt", bytes);

    assertThat(outcome.document().text(), equalTo("Caf\u00e9 news."));
  }

  @Test
  public void htmlMetaCharsetIsUsedWhenThereIsNoBom() {
    byte[] bytes = "<html><head><meta charset=\"windows-1252\"></head><body>Caf\u00e9</body></html>"
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));

    ReadOutcome outcome = read("x.html", bytes);

    assertThat(outcome.document().text(), containsString("Caf\u00e9"));
  }

  @Test
  public void aFewInvalidBytesAreReplacedNotFatal() {
    byte[] good = utf8("A long enough sentence about a story that has one bad byte in it: ");
    byte[] bytes = Arrays.copyOf(good, good.length + 1);
    bytes[good.length] = (byte) 0xC3; // a truncated two-byte sequence

    ReadOutcome outcome = read("x.txt", bytes);

    assertThat(outcome.isDecoded(), is(true));
    assertThat(outcome.document().text(), containsString("\uFFFD"));
  }

  @Test
  public void everyReplacementCharacterCountsTowardsTheUndecodableShare() {
    // Arrange: 100 characters, replacement characters first, last and side by side: 5 are
    // allowed (5%), 6 are too many
    char[] five = "a".repeat(100).toCharArray();
    for (int i : new int[] {0, 40, 41, 70, 99}) {
      five[i] = '\uFFFD';
    }
    char[] six = five.clone();
    six[42] = '\uFFFD';

    // Act
    ReadOutcome allowed = read("five.txt", utf8(new String(five)));
    ReadOutcome tooMany = read("six.txt", utf8(new String(six)));

    // Assert
    assertThat(allowed.isDecoded(), is(true));
    assertRejected(tooMany, "decode", RejectReason.UNDECODABLE);
  }

  @Test
  public void mostlyInvalidBytesAreRejectedAsUndecodable() {
    byte[] bytes = new byte[200];
    Arrays.fill(bytes, (byte) 0xFF);

    ReadOutcome outcome = read("x.txt", bytes);

    assertRejected(outcome, "decode", RejectReason.UNDECODABLE);
  }

  @Test
  public void emptyFileIsRejected() {
    assertRejected(read("empty.txt", new byte[0]), "decode", RejectReason.EMPTY);
  }

  @Test
  public void whitespaceOnlyFileIsRejectedAsEmpty() {
    assertRejected(read("blank.txt", utf8(" \n\t\n")), "decode", RejectReason.EMPTY);
  }

  @Test
  public void pngRenamedTxtIsRejectedAsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    ReadOutcome outcome = read("photo.txt", png);

    assertRejected(outcome, "decode", RejectReason.BINARY);
    assertThat(outcome.rejection().detail(), containsString("PNG"));
  }

  @Test
  public void zipRenamedTxtIsRejectedAsBinary() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};

    assertRejected(read("archive.txt", zip), "decode", RejectReason.BINARY);
  }

  @Test
  public void corruptGzipIsRejected() {
    byte[] notGzip = utf8("this is not gzip at all");

    assertRejected(read("x.txt.gz", notGzip), "decode", RejectReason.CORRUPT_GZIP);
  }

  @Test
  public void truncatedGzipIsRejected() throws IOException {
    byte[] full = gzip(utf8("some text that will be cut short ".repeat(5)));
    byte[] truncated = Arrays.copyOf(full, full.length / 2);

    assertRejected(read("x.txt.gz", truncated), "decode", RejectReason.CORRUPT_GZIP);
  }

  @Test
  public void gzipBombPastTheLimitIsRejectedAsTooLarge() throws IOException {
    byte[] bomb = gzip(new byte[5000]); // expands to 5000 bytes, limit is 1000; compresses to a few dozen

    ReadOutcome outcome = read("bomb.txt.gz", bomb);

    assertThat(bomb.length < 1000, is(true));
    assertRejected(outcome, "decode", RejectReason.TOO_LARGE);
  }

  @Test
  public void aGzipTrailerThatLiesAboutTheSizeIsRejectedAsCorrupt() throws IOException {
    // Arrange: the reader sizes its buffer by the trailer's size, a guess it must not trust
    byte[] honest = gzip(utf8("A story of several lines, long enough to fill a buffer.\n".repeat(12)));
    for (int lie : new int[] {1, 0, 999, Integer.MAX_VALUE, -1}) {
      byte[] lying = honest.clone();
      int n = lying.length;
      lying[n - 4] = (byte) lie;
      lying[n - 3] = (byte) (lie >>> 8);
      lying[n - 2] = (byte) (lie >>> 16);
      lying[n - 1] = (byte) (lie >>> 24);

      // Act
      ReadOutcome outcome = new DocumentReader(ReadLimits.withMaxDocumentBytes(100_000))
          .read("lying.txt.gz", lying.length, () -> lying);

      // Assert: gzip's own check of the trailer fails
      assertRejected(outcome, "decode", RejectReason.CORRUPT_GZIP);
    }
  }

  @Test
  public void twoGzipMembersAreReadWhole() throws IOException {
    // Arrange: the trailer at the end names the second member's size only
    String first = "The first part of the story, compressed on its own.\n".repeat(10);
    String second = "The second part, in a member of its own.\n".repeat(30);
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.write(gzip(utf8(first)));
    both.write(gzip(utf8(second)));
    byte[] stored = both.toByteArray();

    // Act
    ReadOutcome outcome = new DocumentReader(ReadLimits.withMaxDocumentBytes(100_000))
        .read("two.txt.gz", stored.length, () -> stored);

    // Assert
    assertThat(outcome.document().text(), equalTo(first + second));
  }

  @Test
  public void gzipContentLongerThanOneReadIsReadWhole() throws IOException {
    // Arrange: more than the 64 KiB asked per read, in a reader whose limit allows it
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 300_000; i++) {
      text.append("Line ").append(i).append(" of a long page.\n");
    }
    byte[] stored = gzip(utf8(text.toString()));

    // Act
    ReadOutcome outcome = new DocumentReader(ReadLimits.withMaxDocumentBytes(1_000_000))
        .read("long.txt.gz", stored.length, () -> stored);

    // Assert
    assertThat(outcome.document().text(), equalTo(text.toString()));
  }

  @Test
  public void gzipInsideGzipIsRejectedAsBinaryAndSaysSo() throws IOException {
    byte[] twice = gzip(gzip(utf8("A story that was compressed twice by a crawler.")));

    ReadOutcome outcome = read("story.txt.gz", twice);

    assertRejected(outcome, "decode", RejectReason.BINARY);
    assertThat(outcome.rejection().detail(), containsString("compressed twice"));
  }

  @Test
  public void gzipWhoseContentIsAnExecutableIsRejectedAsBinary() throws IOException {
    byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0};

    ReadOutcome outcome = read("page.html.gz", gzip(elf));

    assertRejected(outcome, "decode", RejectReason.BINARY);
    assertThat(outcome.rejection().detail(), containsString("ELF"));
  }

  @Test
  public void gzipWhoseContentIsRandomBytesIsRejected() throws IOException {
    java.util.Random random = new java.util.Random(16);
    for (int size : new int[] {40, 900}) {
      byte[] noise = new byte[size];
      random.nextBytes(noise);
      noise[0] = 'x'; // no known signature: only the bytes themselves can tell

      ReadOutcome outcome = read("noise.txt.gz", gzip(noise));

      assertThat(outcome.isDecoded(), is(false));
      assertThat(outcome.rejection().reason(),
          org.hamcrest.Matchers.oneOf(RejectReason.BINARY.code(), RejectReason.UNDECODABLE.code()));
    }
  }

  @Test
  public void oversizedFileIsRejectedBeforeReading() {
    ReadOutcome outcome = reader.read("big.txt", 5000, () -> {
      throw new AssertionError("must not read a file larger than the limit");
    });

    assertRejected(outcome, "read", RejectReason.TOO_LARGE);
    assertThat(outcome.file().sha256(), nullValue());
  }

  @Test
  public void unknownExtensionIsRejected() {
    assertRejected(read("data.json", utf8("{}")), "read", RejectReason.UNSUPPORTED_EXTENSION);
  }

  @Test
  public void unreadableFileIsRejectedWithoutItsAbsolutePath() {
    ReadOutcome outcome = reader.read("gone.txt", 10, () -> {
      throw new FileNotFoundException("/home/someone/crawl/gone.txt (Permission denied)");
    });

    assertRejected(outcome, "read", RejectReason.UNREADABLE);
    assertThat(outcome.rejection().detail().contains("/home"), is(false));
  }

  @Test
  public void aWarcPayloadIsIdentifiedByItsStoredBytesAndDecodedFromItsContentEncoding() throws IOException {
    byte[] html = utf8("<html><body><p>Caf\u00e9 prices rose.</p></body></html>");
    byte[] gzipped = gzip(html);
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(deflated)) {
      out.write(html);
    }

    ReadOutcome gz = reader.decodeRecord("c.warc.gz#offset=0", gzipped, "gzip", DocumentFormat.HTML,
        java.util.Optional.empty());
    ReadOutcome zlib = reader.decodeRecord("c.warc.gz#offset=9", deflated.toByteArray(), "deflate",
        DocumentFormat.HTML, java.util.Optional.empty());

    assertThat(gz.document().text(), equalTo(new String(html, StandardCharsets.UTF_8)));
    assertThat(gz.document().articleId(), equalTo(Hashing.sha256Hex(gzipped)));
    assertThat(gz.document().sourceUri(), equalTo("c.warc.gz#offset=0"));
    assertThat(zlib.document().text(), equalTo(new String(html, StandardCharsets.UTF_8)));
    assertRejected(reader.decodeRecord("c#offset=1", html, "br", DocumentFormat.HTML, java.util.Optional.empty()),
        "decode", RejectReason.UNDECODABLE);
    assertRejected(reader.decodeRecord("c#offset=2", html, "gzip", DocumentFormat.HTML, java.util.Optional.empty()),
        "decode", RejectReason.CORRUPT_RECORD);
    assertRejected(reader.decodeRecord("c#offset=3", new byte[0], null, DocumentFormat.TEXT, java.util.Optional.empty()),
        "decode", RejectReason.EMPTY);
  }

  @Test
  public void aDeclaredCharsetRanksBelowTheByteOrderMarkAndAboveTheMetaTag() {
    byte[] latin = "<meta charset=\"utf-8\"><p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    java.util.Optional<java.nio.charset.Charset> declared = java.util.Optional.of(StandardCharsets.ISO_8859_1);

    assertThat(reader.decodeRecord("r#offset=0", latin, null, DocumentFormat.HTML, declared).document().text(),
        containsString("Caf\u00e9"));
    byte[] bom = utf8("\uFEFF<p>Caf\u00e9</p>");
    assertThat(reader.decodeRecord("r#offset=1", bom, null, DocumentFormat.HTML, declared).document().text(),
        equalTo("<p>Caf\u00e9</p>"));
  }

  private static void assertRejected(ReadOutcome outcome, String stage, RejectReason reason) {
    assertThat(outcome.isDecoded(), is(false));
    assertThat(outcome.rejection().stage(), equalTo(stage));
    assertThat(outcome.rejection().reason(), equalTo(reason.code()));
  }
}
