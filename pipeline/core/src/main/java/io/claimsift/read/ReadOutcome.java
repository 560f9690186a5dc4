package io.claimsift.read;

/** Either a decoded document or the reason there is none; plus what the manifest needs to know of the file. */
public record ReadOutcome(InputFileInfo file, DecodedDocument document, Rejection rejection) {

  static ReadOutcome decoded(InputFileInfo file, DecodedDocument document) {
    return new ReadOutcome(file, document, null);
  }

  static ReadOutcome rejected(InputFileInfo file, Rejection rejection) {
    return new ReadOutcome(file, null, rejection);
  }

  public boolean isDecoded() {
    return document != null;
  }
}
