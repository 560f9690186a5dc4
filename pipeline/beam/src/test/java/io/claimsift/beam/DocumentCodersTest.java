package io.claimsift.beam;

import io.claimsift.read.DecodedDocument;
import io.claimsift.read.DocumentFormat;
import io.claimsift.read.InputFileInfo;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.Test;

public class DocumentCodersTest {
  @Test
  public void decodedDocumentSurvivesEncoding() throws Exception {
    DecodedDocument doc = new DecodedDocument("a/b.html", "abc123", DocumentFormat.HTML, "<p>Prix : 2 000 € — “ok”</p>");

    CoderProperties.coderDecodeEncodeEqual(DocumentCoders.DecodedDocumentCoder.of(), doc);
  }

  @Test
  public void aCrawlRecordKeepsItsCaptureUrlAndTime() throws Exception {
    DecodedDocument doc = new DecodedDocument("crawl/a.warc.gz#offset=512", "abc123", DocumentFormat.TEXT, "Text.",
        "https://news.example.org/a?x=1", java.time.Instant.parse("2026-11-02T06:00:00.123Z"));

    CoderProperties.coderDecodeEncodeEqual(DocumentCoders.DecodedDocumentCoder.of(), doc);
  }

  @Test
  public void inputFileInfoSurvivesEncodingWithAndWithoutHash() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(DocumentCoders.InputFileInfoCoder.of(), new InputFileInfo("x.txt", "ff00", 42));
    CoderProperties.coderDecodeEncodeEqual(DocumentCoders.InputFileInfoCoder.of(), new InputFileInfo("pipe", null, 0));
  }
}
