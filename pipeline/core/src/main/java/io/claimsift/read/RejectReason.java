package io.claimsift.read;

import java.util.Locale;

/** Reason codes of the rejects dataset. */
public enum RejectReason {
  /** The file name has no recognised extension (.txt, .html, .htm, optionally .gz). */
  UNSUPPORTED_EXTENSION,
  /** The file could not be read (permissions, vanished, I/O error, a pipe, device or broken link). */
  UNREADABLE,
  /** The file's size or modification time changed between listing and reading (e.g. still being written). */
  CHANGED_WHILE_READING,
  /** The file, or its decoded text, is empty or whitespace only. */
  EMPTY,
  /** The bytes are a binary format (image, archive, PDF, executable) or contain NUL bytes. */
  BINARY,
  /** A .gz file that is not a valid gzip stream. */
  CORRUPT_GZIP,
  /** The file, or its gunzipped content, is larger than --maxDocumentBytes. */
  TOO_LARGE,
  /**
   * Too many bytes are not valid in the detected character set, or a WARC record's payload is in a
   * Content-Encoding that ClaimSift cannot undo (br, zstd).
   */
  UNDECODABLE,
  /** Cleaning left no body text (e.g. HTML with only navigation). */
  NO_BODY_TEXT,
  /** The same bytes as another input file, which is kept instead (the smallest source_uri wins). */
  DUPLICATE_CONTENT,
  /**
   * A WARC/WET record that cannot be parsed (bad header, truncated, damaged gzip member); the reject
   * names the record's offset, and the rest of the file is still read.
   */
  CORRUPT_RECORD,
  /**
   * The document exceeds a work budget (more HTML elements or text lines than allowed), or a stage
   * ran out of stack on it; the detail names the budget or the error and the stage.
   */
  TOO_COMPLEX,
  /** An unexpected error in ClaimSift itself; the detail names it and the stage. Please report it. */
  INTERNAL_ERROR,
  /**
   * Stage write: a record broke the output contract (docs/contract.md) and was kept out of its
   * dataset; the detail names the record and the values. A bug in ClaimSift: please report it.
   */
  CONTRACT_VIOLATION;

  /** The lower-case code written to the rejects dataset. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
