package io.claimsift.read;

import java.io.Serializable;

/**
 * Why an input file could not become an article: the dead-letter record of every stage.
 *
 * @param stage the stage that gave up: read, decode or clean
 * @param reason a stable reason code (see {@link RejectReason})
 * @param detail a human-readable explanation, never an absolute path
 */
public record Rejection(String sourceUri, String stage, String reason, String detail)
    implements Serializable {

  /** A rejection with a reason from the fixed list. */
  public static Rejection of(String sourceUri, String stage, RejectReason reason, String detail) {
    return new Rejection(sourceUri, stage, reason.code(), detail);
  }
}
