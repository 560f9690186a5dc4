package io.claimsift.read;

import java.io.Serializable;

/**
 * Limits that protect a run from hostile or broken input.
 *
 * @param maxDocumentBytes the largest file, and the largest gunzipped content, accepted
 * @param maxUndecodableShare the largest share of characters that may be replacement characters
 */
public record ReadLimits(long maxDocumentBytes, double maxUndecodableShare) implements Serializable {

  /** The given size limit; at most 5% undecodable characters (the README documents this share). */
  public static ReadLimits withMaxDocumentBytes(long maxDocumentBytes) {
    return new ReadLimits(maxDocumentBytes, 0.05);
  }
}
