package io.claimsift.sentences;

/** A sentence of a text with its offsets: {@code text.substring(start, end)} equals {@code text()}. */
public record Sentence(int start, int end, String text) {
  public Sentence {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end);
    }
  }
}
