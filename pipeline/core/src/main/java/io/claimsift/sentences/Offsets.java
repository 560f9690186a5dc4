package io.claimsift.sentences;

import io.claimsift.sentences.Sentence;

/** Checks that a sentence really sits in the clean text, so relative offsets can be shifted safely. */
public final class Offsets {
  private Offsets() {}

  /**
   * The last pair found inside, compared by identity: the claim engines check the same sentence of
   * the same text in turn (quantities, dates, attribution), and both are immutable, so a pair once
   * found inside stays inside. A plain field: its record's final fields publish safely, and a race
   * between threads only costs a repeated check.
   */
  private static Checked lastChecked;

  private record Checked(String cleanText, Sentence sentence) {}

  /** Throws when {@code sentence} is not {@code cleanText.substring(start, end)}. */
  public static void requireInside(String cleanText, Sentence sentence) {
    Checked last = lastChecked;
    if (last != null && last.cleanText() == cleanText && last.sentence() == sentence) {
      return;
    }
    if (sentence.end() > cleanText.length()
        || !cleanText.regionMatches(sentence.start(), sentence.text(), 0, sentence.text().length())) {
      throw new IllegalArgumentException(
          "sentence " + sentence.start() + ".." + sentence.end() + " is not part of the clean text");
    }
    lastChecked = new Checked(cleanText, sentence);
  }

  /**
   * Replaces no-break and other Unicode spaces with plain spaces. The length is unchanged, so
   * offsets found in the result are valid in the original; matching code can then use {@code \s}.
   */
  public static String plainSpaces(String s) {
    int first = firstOtherSpace(s);
    if (first < 0) {
      return s; // the common case: nothing to replace, so no copy (every claim engine calls this per sentence)
    }
    StringBuilder b = new StringBuilder(s);
    for (int i = first; i < b.length(); i++) {
      if (Character.isSpaceChar(b.charAt(i))) {
        b.setCharAt(i, ' ');
      }
    }
    return b.toString();
  }

  /** The index of the first space character other than the plain space, or -1. */
  private static int firstOtherSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // below U+00A0 only the plain space is a space character (Character.isSpaceChar)
      if (c >= '\u00a0' && Character.isSpaceChar(c)) {
        return i;
      }
    }
    return -1;
  }
}
