package io.claimsift.read;

import java.io.Serializable;
import java.time.Instant;

/**
 * An input file, or one record of a WARC/WET file, decoded to text, ready for cleaning.
 *
 * @param sourceUri the file's path relative to the input root; for a WARC/WET record, that path
 *     plus the record's offset (see {@code io.claimsift.read.warc.RecordUri})
 * @param articleId SHA-256 hex of the stored bytes (before gunzip); of a WARC/WET record, of its
 *     payload as stored
 * @param text the decoded document (page text or HTML source)
 * @param url WARC/WET only: the record's WARC-Target-URI; null for a loose file
 * @param fetchedAt WARC/WET only: the record's WARC-Date, in whole milliseconds; null for a loose file
 */
public record DecodedDocument(String sourceUri, String articleId, DocumentFormat format, String text,
    String url, Instant fetchedAt) implements Serializable {

  /** A document read from a loose file, which has no capture URL or time. */
  public DecodedDocument(String sourceUri, String articleId, DocumentFormat format, String text) {
    this(sourceUri, articleId, format, text, null, null);
  }

  /** This document with the capture metadata of the WARC/WET record it came from. */
  public DecodedDocument withCapture(String captureUrl, Instant captureTime) {
    return new DecodedDocument(sourceUri, articleId, format, text, captureUrl, captureTime);
  }
}
