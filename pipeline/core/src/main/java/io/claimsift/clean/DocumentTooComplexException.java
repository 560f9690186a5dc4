package io.claimsift.clean;

/**
 * A document exceeds one of the {@link CleaningLimits} and was not cleaned; the message says which
 * limit, the document's figure and the limit, in words a user can act on.
 */
public final class DocumentTooComplexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DocumentTooComplexException(String message) {
    super(message);
  }
}
