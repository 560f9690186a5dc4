package io.claimsift.claims.attribution;

/**
 * Who a claim is attributed to: the claimer as written, and where it is written.
 *
 * @param text the claimer phrase ("Reuters", "a U.S. State Department spokeswoman")
 * @param start start offset (inclusive) of {@code text} in the article's clean text
 * @param end end offset (exclusive); {@code cleanText.substring(start, end)} equals {@code text}
 * @param inSentence true when the claimer is named in the claim's own sentence, false when it
 *     comes from a neighbouring sentence
 */
public record Attribution(String text, int start, int end, boolean inSentence) {
  public Attribution {
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("bad attribution offsets " + start + ".." + end + " for '" + text + "'");
    }
  }
}
