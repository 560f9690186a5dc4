package io.claimsift.read;

import java.io.Serializable;

/**
 * Limits that protect a run from hostile or broken input.
 *
 * @param maxDocumentBytes the largest file, and the largest gunzipped content, accepted
 * @param maxUndecodableShare the largest share of characters that may be replacement characters
 */
public record ReadLimits(long maxDocumentBytes, double maxUndecodableShare) implements Serializable {

  /** 64 MiB per document; at most 5% undecodable characters. */
  public static ReadLimits defaults() {
    return withMaxDocumentBytes(64L * 1024 * 1024);
  }

  public static ReadLimits withMaxDocumentBytes(long maxDocumentBytes) {
    return new ReadLimits(maxDocumentBytes, 0.05);
  }
}
