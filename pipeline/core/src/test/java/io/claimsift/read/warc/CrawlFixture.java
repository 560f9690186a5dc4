package io.claimsift.read.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
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
 * Small WARC and WET files made from the sample articles in input/, written with jwarc's
 * WarcWriter as crawlers write them (one gzip member per record, or uncompressed).
 */
final class CrawlFixture {
  static final Instant FIRST_FETCH = Instant.parse("2026-11-02T06:00:00Z");

  /** One sample article: its file name, stored bytes, and the URL and time the crawl says it came from. */
  record Page(String name, byte[] bytes, String url, Instant fetchedAt) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The article as a simple HTML page: the first line as title and heading, each paragraph a {@code <p>}. */
    byte[] html() {
      String[] paragraphs = text().split("\n\\s*\n");
      StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
          .append(escape(paragraphs[0].trim())).append("</title></head>\n<body><article><h1>")
          .append(escape(paragraphs[0].trim())).append("</h1>\n");
      for (String p : Arrays.asList(paragraphs).subList(1, paragraphs.length)) {
        html.append("<p>").append(escape(p.trim())).append("</p>\n");
      }
      return html.append("</article></body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** A written crawl file and, for each record in order, its type and offset. */
  record Crawl(byte[] bytes, List<String> types, List<Long> offsets) {
    /** The file with the second half of record {@code index} cut out, as a broken transfer leaves it. */
    byte[] withRecordCut(int index) {
      long start = offsets.get(index);
      long end = index + 1 < offsets.size() ? offsets.get(index + 1) : bytes.length;
      int cutFrom = (int) (start + (end - start) / 2);
      byte[] damaged = new byte[bytes.length - (int) (end - cutFrom)];
      System.arraycopy(bytes, 0, damaged, 0, cutFrom);
      System.arraycopy(bytes, (int) end, damaged, cutFrom, bytes.length - (int) end);
      return damaged;
    }

    /** Offsets of the records of one type, in file order. */
    List<Long> offsetsOf(String type) {
      List<Long> found = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        if (types.get(i).equals(type)) {
          found.add(offsets.get(i));
        }
      }
      return found;
    }
  }

  private CrawlFixture() {}

  /** The sample articles of input/, in file-name order. */
  static List<Page> samplePages() {
    Path input = Files.isDirectory(Paths.get("input")) ? Paths.get("input") : Paths.get("../../input");
    try (Stream<Path> files = Files.list(input)) {
      List<Path> sorted = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      List<Page> pages = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        String name = sorted.get(i).getFileName().toString();
        pages.add(new Page(name, Files.readAllBytes(sorted.get(i)),
            "https://news.example.org/" + name.replace(".txt", ""), FIRST_FETCH.plus(Duration.ofMinutes(7L * i))));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A WET file: a warcinfo record, then one text/plain conversion record per page holding its bytes. */
  static Crawl wet(List<Page> pages, WarcCompression compression) throws IOException {
    Writer writer = new Writer(compression);
    writer.write(warcinfo("sample.warc.wet.gz"));
    for (Page page : pages) {
      writer.write(new WarcConversion.Builder()
          .setHeader("WARC-Target-URI", page.url())
          .recordId(id("conversion " + page.url()))
          .date(page.fetchedAt())
          .body(MediaType.PLAIN_TEXT, page.bytes())
          .build());
    }
    return writer.finish();
  }

  /**
   * A WARC file as a crawler writes it: warcinfo, then per page a request, an HTML response and a
   * metadata record; after the second page, an image response and a 404 page.
   */
  static Crawl warc(List<Page> pages, WarcCompression compression) throws IOException {
    Writer writer = new Writer(compression);
    writer.write(warcinfo("sample.warc.gz"));
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      writer.write(request(page.url(), page.fetchedAt()));
      writer.write(response(page.url(), page.fetchedAt(), 200, "text/html; charset=utf-8", page.html()));
      writer.write(new WarcMetadata.Builder()
          .setHeader("WARC-Target-URI", page.url())
          .recordId(id("metadata " + page.url()))
          .date(page.fetchedAt())
          .body(MediaType.parse("application/warc-fields"), "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.UTF_8))
          .build());
      if (i == 1) {
        String logo = "https://news.example.org/logo.png";
        writer.write(request(logo, page.fetchedAt()));
        writer.write(response(logo, page.fetchedAt(), 200, "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0}));
        String missing = "https://news.example.org/missing";
        writer.write(request(missing, page.fetchedAt()));
        writer.write(response(missing, page.fetchedAt(), 404, "text/html",
            "<html><body><p>Page not found.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
      }
    }
    return writer.finish();
  }

  /** The bytes gzipped as one stream, as {@code gzip crawl.warc} leaves them (not one member per record). */
  static byte[] gzipWhole(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static WarcRecord response(String url, Instant date, int status, String contentType, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(contentType), body)
        .build();
    return new WarcResponse.Builder(url).recordId(id("response " + url)).date(date).body(http).build();
  }

  private static WarcRecord request(String url, Instant date) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", java.net.URI.create(url)).build();
    return new WarcRequest.Builder(url).recordId(id("request " + url)).date(date).body(http).build();
  }

  private static WarcRecord warcinfo(String filename) {
    return new Warcinfo.Builder()
        .filename(filename)
        .recordId(id("warcinfo " + filename))
        .date(FIRST_FETCH)
        .body(MediaType.WARC_FIELDS, "software: ClaimSift test fixture\r\n".getBytes(StandardCharsets.UTF_8))
        .build();
  }

  private static UUID id(String key) {
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Writes records to memory and notes each one's type and offset. */
  static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final WarcWriter warc;
    private final List<String> types = new ArrayList<>();
    private final List<Long> offsets = new ArrayList<>();

    Writer(WarcCompression compression) throws IOException {
      warc = new WarcWriter(Channels.newChannel(out), compression);
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
