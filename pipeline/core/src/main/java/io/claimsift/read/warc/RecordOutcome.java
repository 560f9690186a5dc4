package io.claimsift.read.warc;

import io.claimsift.read.DecodedDocument;
import io.claimsift.read.Rejection;

/**
 * What one WARC/WET record became: a document, a reject, or a record that is not an article
 * (request, metadata, warcinfo, a non-HTML response...), skipped and counted by its kind.
 *
 * @param skippedKind for a skipped record, a counter-friendly name of what it was, e.g.
 *     {@code request} or {@code response_not_html}; null otherwise
 */
public record RecordOutcome(DecodedDocument document, Rejection rejection, String skippedKind) {

  static RecordOutcome document(DecodedDocument document) {
    return new RecordOutcome(document, null, null);
  }

  static RecordOutcome rejected(Rejection rejection) {
    return new RecordOutcome(null, rejection, null);
  }

  static RecordOutcome skipped(String kind) {
    return new RecordOutcome(null, null, kind);
  }

  public boolean isDocument() {
    return document != null;
  }

  public boolean isRejected() {
    return rejection != null;
  }

  public boolean isSkipped() {
    return skippedKind != null;
  }
}
