package io.claimsift.read;

import java.io.IOException;

/** A listed file that cannot be read as it was listed; the message is the reject's detail, in words. */
public final class InputFileException extends IOException {
  private final RejectReason reason;

  public InputFileException(RejectReason reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  public RejectReason reason() {
    return reason;
  }
}
