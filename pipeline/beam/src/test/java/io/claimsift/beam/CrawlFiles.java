package io.claimsift.beam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes small crawl files from the sample articles in input/ with jwarc, one gzip member per
 * record as crawlers do: a WET file of the texts, and a WARC file of the texts as HTML pages.
 */
final class CrawlFiles {
  static final Instant FIRST_FETCH = Instant.parse("2026-11-02T06:00:00Z");

  /** A sample article: file name, bytes, and the URL and fetch time the crawl files give it. */
  record Page(String name, byte[] bytes, String url, Instant fetchedAt) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The text as an HTML page: first line as title and heading, each paragraph a {@code <p>}. */
    byte[] html(String site) {
      String[] paragraphs = text().split("\n\\s*\n");
      StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
          .append(escape(paragraphs[0].trim())).append("</title></head>\n<body><article><h1>")
          .append(escape(paragraphs[0].trim())).append("</h1>\n");
      for (int i = 1; i < paragraphs.length; i++) {
        html.append("<p>").append(escape(paragraphs[i].trim())).append("</p>\n");
      }
      return html.append("</article><footer>").append(site).append("</footer></body></html>\n")
          .toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** A crawl file's bytes and the offset of each record, in order. */
  record Crawl(byte[] bytes, List<String> types, List<Long> offsets) {
    /** Offsets of the records of one type. */
    List<Long> offsetsOf(String type) {
      List<Long> found = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        if (types.get(i).equals(type)) {
          found.add(offsets.get(i));
        }
      }
      return found;
    }

    /** The file with the second half of record {@code index} cut out, as a broken transfer leaves it. */
    byte[] withRecordCut(int index) {
      int start = offsets.get(index).intValue();
      int end = offsets.get(index + 1).intValue();
      int cutFrom = start + (end - start) / 2;
      byte[] damaged = new byte[bytes.length - (end - cutFrom)];
      System.arraycopy(bytes, 0, damaged, 0, cutFrom);
      System.arraycopy(bytes, end, damaged, cutFrom, bytes.length - end);
      return damaged;
    }
  }

  private CrawlFiles() {}

  /** The five sample articles, in file-name order, fetched seven minutes apart from {@code site}. */
  static List<Page> samplePages(String site) throws IOException {
    try (Stream<Path> files = Files.list(Paths.get("input"))) {
      List<Path> sorted = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      List<Page> pages = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        String name = sorted.get(i).getFileName().toString();
        pages.add(new Page(name, Files.readAllBytes(sorted.get(i)), "https://" + site + "/" + name.replace(".txt", ""),
            FIRST_FETCH.plus(Duration.ofMinutes(7L * i))));
      }
      return pages;
    }
  }

  /**
   * warcinfo, then one text/plain conversion per page holding the page's bytes, with a resource
   * record of {@code fillerBytes} incompressible bytes before the last page (which moves its offset).
   */
  static Crawl wet(List<Page> pages, int fillerBytes) throws IOException {
    Writer writer = new Writer();
    writer.write(warcinfo());
    for (Page page : pages) {
      if (fillerBytes > 0 && page == pages.get(pages.size() - 1)) {
        byte[] filler = new byte[fillerBytes];
        new java.util.Random(19).nextBytes(filler);
        writer.write(new org.netpreserve.jwarc.WarcResource.Builder(URI.create("urn:filler"))
            .recordId(id("filler")).date(FIRST_FETCH).body(MediaType.OCTET_STREAM, filler).build());
      }
      writer.write(new WarcConversion.Builder().setHeader("WARC-Target-URI", page.url())
          .recordId(id("conversion " + page.url())).date(page.fetchedAt())
          .body(MediaType.PLAIN_TEXT, page.bytes()).build());
    }
    return writer.finish();
  }

  /** warcinfo, then per page a request, an HTML response and a metadata record; an image and a 404 after the first page. */
  static Crawl warc(List<Page> pages, String site) throws IOException {
    Writer writer = new Writer();
    writer.write(warcinfo());
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      writer.write(request(page.url(), page.fetchedAt()));
      writer.write(response(page.url(), page.fetchedAt(), 200, "text/html; charset=utf-8", page.html(site)));
      writer.write(new WarcMetadata.Builder().setHeader("WARC-Target-URI", page.url())
          .recordId(id("metadata " + page.url())).date(page.fetchedAt())
          .body(MediaType.WARC_FIELDS, "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.UTF_8)).build());
      if (i == 0) {
        writer.write(response("https://" + site + "/logo.png", page.fetchedAt(), 200, "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}));
        writer.write(response("https://" + site + "/missing", page.fetchedAt(), 404, "text/html",
            "<html><body><p>Page not found.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
      }
    }
    return writer.finish();
  }

  private static WarcRecord response(String url, Instant date, int status, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(url).recordId(id("response " + url)).date(date).body(http).build();
  }

  private static WarcRecord request(String url, Instant date) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(url)).build();
    return new WarcRequest.Builder(url).recordId(id("request " + url)).date(date).body(http).build();
  }

  private static WarcRecord warcinfo() {
    return new Warcinfo.Builder().recordId(id("warcinfo")).date(FIRST_FETCH)
        .body(MediaType.WARC_FIELDS, "software: ClaimSift test\r\n".getBytes(StandardCharsets.UTF_8)).build();
  }

  private static UUID id(String key) {
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Writes gzipped records to memory and notes each one's type and offset. */
  private static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final WarcWriter warc;
    private final List<String> types = new ArrayList<>();
    private final List<Long> offsets = new ArrayList<>();

    Writer() throws IOException {
      warc = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP);
    }

    void write(WarcRecord record) throws IOException {
      types.add(record.type());
      offsets.add((long) out.size());
      warc.write(record);
    }

    Crawl finish() throws IOException {
      warc.close();
      return new Crawl(out.toByteArray(), List.copyOf(types), List.copyOf(offsets));
    }
  }
}
