package io.claimsift.read.warc;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.claimsift.read.DecodedDocument;
import io.claimsift.read.DocumentFormat;
import io.claimsift.read.Hashing;
import io.claimsift.read.InputFileInfo;
import io.claimsift.read.ReadLimits;
import io.claimsift.read.Rejection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;
import org.netpreserve.jwarc.WarcCompression;

public class WarcFileReaderTest {
  private static final ReadLimits LIMITS = ReadLimits.withMaxDocumentBytes(1 << 20);
  private final List<CrawlFixture.Page> pages = CrawlFixture.samplePages();

  /** Everything one file gave, in order, and the file's manifest entry. */
  private record Read(List<RecordOutcome> outcomes, InputFileInfo file) {
    List<DecodedDocument> documents() {
      return outcomes.stream().filter(RecordOutcome::isDocument).map(RecordOutcome::document).toList();
    }

    List<Rejection> rejects() {
      return outcomes.stream().filter(RecordOutcome::isRejected).map(RecordOutcome::rejection).toList();
    }

    Map<String, Integer> skipped() {
      Map<String, Integer> kinds = new TreeMap<>();
      outcomes.stream().filter(RecordOutcome::isSkipped).forEach(o -> kinds.merge(o.skippedKind(), 1, Integer::sum));
      return kinds;
    }
  }

  private static Read read(String uri, byte[] bytes, ReadLimits limits) {
    List<RecordOutcome> outcomes = new ArrayList<>();
    try (WarcFileReader reader = new WarcFileReader(uri, inMemory(bytes), limits)) {
      reader.forEachRemaining(outcomes::add);
      return new Read(outcomes, reader.fileInfo());
    }
  }

  private static Read read(String uri, byte[] bytes) {
    return read(uri, bytes, LIMITS);
  }

  @Test
  public void wetConversionsBecomeTextDocumentsWithTheBytesOfTheOriginals() throws IOException {
    CrawlFixture.Crawl wet = CrawlFixture.wet(pages, WarcCompression.GZIP);

    Read read = read("crawl/sample.warc.wet.gz", wet.bytes());

    List<DecodedDocument> docs = read.documents();
    assertThat(docs.size(), is(pages.size()));
    List<Long> offsets = wet.offsetsOf("conversion");
    for (int i = 0; i < pages.size(); i++) {
      CrawlFixture.Page page = pages.get(i);
      DecodedDocument doc = docs.get(i);
      assertThat(doc.format(), is(DocumentFormat.TEXT));
      assertThat(doc.text(), equalTo(page.text()));
      assertThat("the payload's bytes are the .txt file's, so is the id", doc.articleId(),
          equalTo(Hashing.sha256Hex(page.bytes())));
      assertThat(doc.sourceUri(), equalTo("crawl/sample.warc.wet.gz#offset=" + offsets.get(i)));
      assertThat(doc.url(), equalTo(page.url()));
      assertThat(doc.fetchedAt(), equalTo(page.fetchedAt()));
    }
    assertThat(read.rejects().size(), is(0));
    assertThat(read.skipped(), equalTo(Map.of("warcinfo", 1)));
    assertThat(read.file(), equalTo(new InputFileInfo("crawl/sample.warc.wet.gz",
        Hashing.sha256Hex(wet.bytes()), wet.bytes().length)));
  }

  @Test
  public void offsetsPointAtTheRecordsGzipMembers() throws IOException {
    CrawlFixture.Crawl wet = CrawlFixture.wet(pages, WarcCompression.GZIP);

    for (DecodedDocument doc : read("a.wet.gz", wet.bytes()).documents()) {
      int offset = Integer.parseInt(doc.sourceUri().substring(doc.sourceUri().indexOf("=") + 1));
      assertThat(wet.bytes()[offset], is((byte) 0x1f));
      assertThat(wet.bytes()[offset + 1], is((byte) 0x8b));
    }
  }

  @Test
  public void htmlResponsesBecomeHtmlDocumentsAndOtherRecordsAreCounted() throws IOException {
    CrawlFixture.Crawl warc = CrawlFixture.warc(pages, WarcCompression.GZIP);

    Read read = read("crawl/pages.warc.gz", warc.bytes());

    List<DecodedDocument> docs = read.documents();
    assertThat(docs.size(), is(pages.size()));
    List<Long> responses = warc.offsetsOf("response");
    // responses in file order: pages 0 and 1, the image, the 404, then pages 2..4
    List<Long> pageResponses = new ArrayList<>(responses);
    pageResponses.remove(3);
    pageResponses.remove(2);
    for (int i = 0; i < pages.size(); i++) {
      DecodedDocument doc = docs.get(i);
      assertThat(doc.format(), is(DocumentFormat.HTML));
      assertThat(doc.text(), equalTo(new String(pages.get(i).html(), StandardCharsets.UTF_8)));
      assertThat(doc.articleId(), equalTo(Hashing.sha256Hex(pages.get(i).html())));
      assertThat(doc.sourceUri(), equalTo("crawl/pages.warc.gz#offset=" + pageResponses.get(i)));
      assertThat(doc.url(), equalTo(pages.get(i).url()));
      assertThat(doc.fetchedAt(), equalTo(pages.get(i).fetchedAt()));
    }
    assertThat(read.rejects().size(), is(0));
    assertThat(read.skipped(), equalTo(Map.of("warcinfo", 1, "request", 7, "metadata", 5,
        "response_not_html", 1, "response_not_2xx", 1)));
    assertThat(read.outcomes().size(), is(warc.types().size()));
  }

  @Test
  public void anUncompressedWarcGivesTheSameDocumentsAtItsOwnOffsets() throws IOException {
    CrawlFixture.Crawl warc = CrawlFixture.warc(pages, WarcCompression.NONE);

    Read read = read("pages.warc", warc.bytes());

    assertThat(read.documents().size(), is(pages.size()));
    assertThat(read.documents().get(0).sourceUri(), equalTo("pages.warc#offset=" + warc.offsetsOf("response").get(0)));
    assertThat(new String(warc.bytes(), warc.offsetsOf("response").get(0).intValue(), 8, StandardCharsets.US_ASCII),
        equalTo("WARC/1.0"));
    assertThat(read.rejects().size(), is(0));
  }

  @Test
  public void aCutGzipMemberIsOneRejectAndTheRestOfTheFileIsRead() throws IOException {
    CrawlFixture.Crawl warc = CrawlFixture.warc(pages, WarcCompression.GZIP);
    int third = warc.offsets().indexOf(warc.offsetsOf("response").get(4)); // page 2's response
    byte[] damaged = warc.withRecordCut(third);

    Read read = read("crawl/damaged.warc.gz", damaged);

    assertThat(read.rejects().size(), is(1));
    Rejection reject = read.rejects().get(0);
    assertThat(reject.sourceUri(), equalTo("crawl/damaged.warc.gz#offset=" + warc.offsets().get(third)));
    assertThat(reject.reason(), equalTo("corrupt_record"));
    assertThat(reject.detail(), containsString("reading goes on at the next record"));
    assertThat(read.documents().stream().map(DecodedDocument::url).toList(),
        equalTo(List.of(pages.get(0).url(), pages.get(1).url(), pages.get(3).url(), pages.get(4).url())));
    assertThat("records after the damage keep their true offsets", read.documents().get(2).sourceUri(),
        equalTo("crawl/damaged.warc.gz#offset=" + (warc.offsetsOf("response").get(5)
            - (warc.offsets().get(third + 1) - cutFrom(warc, third)))));
    assertThat(read.file().sha256(), equalTo(Hashing.sha256Hex(damaged)));
  }

  @Test
  public void aCutRecordInAnUncompressedFileIsOneRejectAndTheRestOfTheFileIsRead() throws IOException {
    CrawlFixture.Crawl warc = CrawlFixture.warc(pages, WarcCompression.NONE);
    int third = warc.offsets().indexOf(warc.offsetsOf("response").get(4));
    byte[] damaged = warc.withRecordCut(third);

    Read read = read("damaged.warc", damaged);

    assertThat(read.rejects().size(), is(1));
    assertThat(read.rejects().get(0).sourceUri(), equalTo("damaged.warc#offset=" + warc.offsets().get(third)));
    assertThat(read.rejects().get(0).detail(), containsString("Content-Length"));
    assertThat(read.documents().stream().map(DecodedDocument::url).toList(),
        equalTo(List.of(pages.get(0).url(), pages.get(1).url(), pages.get(3).url(), pages.get(4).url())));
    assertThat(read.file().sha256(), equalTo(Hashing.sha256Hex(damaged)));
  }

  @Test
  public void aFileGzippedAsOneStreamIsReadWithDecompressedOffsets() throws IOException {
    CrawlFixture.Crawl plain = CrawlFixture.wet(pages, WarcCompression.NONE);
    byte[] whole = CrawlFixture.gzipWhole(plain.bytes());

    Read read = read("one-stream.wet.gz", whole);

    List<Long> offsets = plain.offsetsOf("conversion");
    assertThat(read.documents().size(), is(pages.size()));
    for (int i = 0; i < pages.size(); i++) {
      assertThat(read.documents().get(i).sourceUri(), equalTo("one-stream.wet.gz#decompressed-offset=" + offsets.get(i)));
      assertThat(read.documents().get(i).text(), equalTo(pages.get(i).text()));
    }
    assertThat(read.rejects().size(), is(0));
    assertThat(read.file().sha256(), equalTo(Hashing.sha256Hex(whole)));
  }

  @Test
  public void aTruncatedOneStreamFileEndsWithOneRejectForTheRest() throws IOException {
    CrawlFixture.Crawl plain = CrawlFixture.wet(pages, WarcCompression.NONE);
    byte[] whole = CrawlFixture.gzipWhole(plain.bytes());
    byte[] truncated = java.util.Arrays.copyOf(whole, whole.length * 2 / 3);

    Read read = read("cut.wet.gz", truncated);

    assertThat(read.rejects().size(), is(1));
    assertThat(read.rejects().get(0).sourceUri(), startsWith("cut.wet.gz#decompressed-offset="));
    assertThat(read.rejects().get(0).detail(), containsString("the rest of it cannot be read"));
    assertThat(read.documents().size() >= 1 && read.documents().size() < pages.size(), is(true));
    assertThat("the reject names a record that did not become a document",
        read.documents().stream().map(DecodedDocument::sourceUri).toList().contains(read.rejects().get(0).sourceUri()),
        is(false));
  }

  @Test
  public void theDocumentLimitAppliesToEachRecordNotToTheFile() throws IOException {
    CrawlFixture.Crawl wet = CrawlFixture.wet(pages, WarcCompression.GZIP);
    int largest = pages.stream().mapToInt(p -> p.bytes().length).max().orElseThrow();
    ReadLimits limits = ReadLimits.withMaxDocumentBytes(largest - 1);

    Read read = read("big.wet.gz", wet.bytes(), limits);

    assertThat(read.rejects().size(), is(1));
    assertThat(read.rejects().get(0).reason(), equalTo("too_large"));
    assertThat(read.documents().size(), is(pages.size() - 1));
    assertThat("the file is larger than the limit, yet read", (long) wet.bytes().length > limits.maxDocumentBytes(),
        is(true));
  }

  @Test
  public void binaryAndDeclaredCharsetsGetTheChecksOfALooseFile() throws IOException {
    CrawlFixture.Writer writer = new CrawlFixture.Writer(WarcCompression.GZIP);
    writer.write(CrawlFixture.response("https://a.example/latin", CrawlFixture.FIRST_FETCH, 200,
        "text/html; charset=ISO-8859-1", "<p>Caf\u00e9 prices rose 5%.</p>".getBytes(StandardCharsets.ISO_8859_1)));
    writer.write(CrawlFixture.response("https://a.example/fake", CrawlFixture.FIRST_FETCH, 200,
        "text/html", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'}));
    CrawlFixture.Crawl crawl = writer.finish();

    Read read = read("mixed.warc.gz", crawl.bytes());

    assertThat(read.documents().size(), is(1));
    assertThat(read.documents().get(0).text(), equalTo("<p>Caf\u00e9 prices rose 5%.</p>"));
    assertThat(read.rejects().get(0).reason(), equalTo("binary"));
    assertThat(read.rejects().get(0).sourceUri(), equalTo("mixed.warc.gz#offset=" + crawl.offsets().get(1)));
  }

  @Test
  public void anEmptyFileAndAFileThatIsNoWarcAreOneRejectEach() {
    Read empty = read("empty.warc", new byte[0]);
    assertThat(empty.rejects().size(), is(1));
    assertThat(empty.rejects().get(0).sourceUri(), equalTo("empty.warc"));
    assertThat(empty.rejects().get(0).reason(), equalTo("empty"));

    Read html = read("page.warc", "<html><body>not a crawl</body></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(html.outcomes().size(), is(1));
    assertThat(html.rejects().get(0).sourceUri(), equalTo("page.warc#offset=0"));
    assertThat(html.rejects().get(0).reason(), equalTo("corrupt_record"));
    assertThat(html.file().bytes(), is(37L));
  }

  @Test
  public void anUnreadableFileIsOneReject() {
    List<RecordOutcome> outcomes = new ArrayList<>();
    try (WarcFileReader reader = new WarcFileReader("gone.warc.gz", offset -> {
      throw new java.nio.file.NoSuchFileException("/somewhere/gone.warc.gz");
    }, LIMITS)) {
      reader.forEachRemaining(outcomes::add);
      assertThat(reader.fileInfo().sha256(), nullValue());
    }
    assertThat(outcomes.size(), is(1));
    assertThat(outcomes.get(0).rejection().reason(), equalTo("unreadable"));
    assertThat(outcomes.get(0).rejection().detail(), equalTo("cannot read file: NoSuchFileException"));
  }

  @Test
  public void recordsOfOneFileOrderByOffsetAsNumbers() {
    List<String> uris = new ArrayList<>(List.of("b.warc.gz#offset=10", "a.txt", "b.warc.gz#offset=9",
        "b.warc.gz", "a.warc#offset=100", "b.warc.gz#decompressed-offset=3"));
    uris.sort(RecordUri.ORDER);
    assertThat(uris, equalTo(List.of("a.txt", "a.warc#offset=100", "b.warc.gz", "b.warc.gz#decompressed-offset=3",
        "b.warc.gz#offset=9", "b.warc.gz#offset=10")));
    List<String> loose = new ArrayList<>(List.of("b.txt", "B.txt", "a/b.html", "a.html"));
    List<String> natural = new ArrayList<>(loose);
    loose.sort(RecordUri.ORDER);
    natural.sort(null);
    assertThat("paths without a record offset keep string order", loose, equalTo(natural));
    assertThat(List.of(WarcFiles.isWarc("x.warc"), WarcFiles.isWarc("x.WARC.GZ"), WarcFiles.isWarc("x.warc.wet.gz"),
        WarcFiles.isWarc("x.wet"), WarcFiles.isWarc("x.warc.txt"), WarcFiles.isWarc("x.gz")),
        equalTo(List.of(true, true, true, true, false, false)));
  }

  /** Where {@link CrawlFixture.Crawl#withRecordCut} starts cutting. */
  private static long cutFrom(CrawlFixture.Crawl warc, int cut) {
    long start = warc.offsets().get(cut);
    long end = warc.offsets().get(cut + 1);
    return start + (end - start) / 2;
  }

  /** A file in memory, opened at an offset. */
  private static FileChannels inMemory(byte[] bytes) {
    return offset -> {
      ReadableByteChannel channel = java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(bytes));
      long skipped = 0;
      ByteBuffer sink = ByteBuffer.allocate(4096);
      while (skipped < offset) {
        sink.clear().limit((int) Math.min(4096, offset - skipped));
        int n = channel.read(sink);
        if (n < 0) {
          break;
        }
        skipped += n;
      }
      return channel;
    };
  }

}
