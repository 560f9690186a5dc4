package io.claimsift.sentences;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text after cleaning edits, with an offset map back to the original: every character of
 * {@link #text()} knows the range of original characters it came from, so a span of the cleaned
 * text maps back to an exact span of the original.
 *
 * <p>Immutable; each edit returns a new instance.
 */
public final class NormalisedText {

  private final String original;
  private final String text;
  /** For each character of {@code text}: first original offset it came from. */
  private final int[] sourceStart;
  /** For each character of {@code text}: original offset just after the characters it came from. */
  private final int[] sourceEnd;

  private NormalisedText(String original, String text, int[] sourceStart, int[] sourceEnd) {
    this.original = original;
    this.text = text;
    this.sourceStart = sourceStart;
    this.sourceEnd = sourceEnd;
  }

  /** The identity: no edit yet. */
  public static NormalisedText of(String original) {
    int n = original.length();
    int[] start = new int[n];
    int[] end = new int[n];
    for (int i = 0; i < n; i++) {
      start[i] = i;
      end[i] = i + 1;
    }
    return new NormalisedText(original, original, start, end);
  }

  /** The text the edits started from. */
  public String original() {
    return original;
  }

  /** The cleaned text. */
  public String text() {
    return text;
  }

  /** Original offset of the cleaned character at {@code index}. */
  public int originalStart(int index) {
    return index < text.length() ? sourceStart[index] : original.length();
  }

  /** Original offset just after the cleaned characters before {@code end} (a half-open end). */
  public int originalEnd(int end) {
    return end == 0 ? 0 : sourceEnd[end - 1];
  }

  /**
   * Replaces every match of {@code pattern} by the literal {@code replacement}; the replacement's
   * characters map to the whole original range of the match. Empty matches are left alone.
   */
  public NormalisedText replaceAll(Pattern pattern, String replacement) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return this;
    }
    return replace(m, replacement);
  }

  /**
   * As {@link #replaceAll(Pattern, String)} for a pattern whose every match starts with one of
   * the characters of {@code firstChars}: the pattern is tried only at those characters (with
   * transparent bounds, so its look-behinds and look-aheads see the whole text as {@code find}
   * does), which finds the same matches in the same order without trying it at every position.
   */
  NormalisedText replaceAll(Pattern pattern, String replacement, String firstChars) {
    Matcher m = pattern.matcher(text).useTransparentBounds(true);
    FirstChars candidates = new FirstChars(firstChars);
    int next = candidates.next(0);
    while (next >= 0 && !m.region(next, text.length()).lookingAt()) {
      next = candidates.next(next + 1);
    }
    if (next < 0) {
      return this;
    }
    Mapped out = new Mapped(text.length() + replacement.length() * 4);
    int copied = 0;
    while (next >= 0) {
      int start = m.start();
      int end = m.end();
      int from = next + 1;
      if (end > start) {
        copy(out, copied, start, replacement, end);
        copied = end;
        from = end;
      }
      next = candidates.next(from);
      while (next >= 0 && !m.region(next, text.length()).lookingAt()) {
        next = candidates.next(next + 1);
      }
    }
    for (int i = copied; i < text.length(); i++) {
      out.add(text.charAt(i), sourceStart[i], sourceEnd[i]);
    }
    return out.build(original);
  }

  /**
   * The positions of some characters in the text, in order: each character's next position is
   * remembered until passed, so a walk through the text reads it once per character (a character
   * that never occurs is not searched for again and again: that was quadratic).
   */
  private final class FirstChars {
    private final String chars;
    private final int[] at;

    FirstChars(String chars) {
      this.chars = chars;
      this.at = new int[chars.length()];
      java.util.Arrays.fill(at, -2); // not searched yet
    }

    /** The first index at or after {@code from} of one of the characters, or -1; {@code from} never decreases. */
    int next(int from) {
      int best = -1;
      for (int k = 0; k < at.length; k++) {
        if (at[k] != -1 && at[k] < from) {
          at[k] = text.indexOf(chars.charAt(k), from);
        }
        if (at[k] >= 0 && (best < 0 || at[k] < best)) {
          best = at[k];
        }
      }
      return best;
    }
  }

  /** Copies the characters from {@code copied} to {@code start}, then the replacement of the match [start, end). */
  private void copy(Mapped out, int copied, int start, String replacement, int end) {
    for (int i = copied; i < start; i++) {
      out.add(text.charAt(i), sourceStart[i], sourceEnd[i]);
    }
    for (int r = 0; r < replacement.length(); r++) {
      out.add(replacement.charAt(r), sourceStart[start], sourceEnd[end - 1]);
    }
  }

  private NormalisedText replace(Matcher m, String replacement) {
    Mapped out = new Mapped(text.length() + replacement.length() * 4);
    int copied = 0;
    do {
      if (m.end() == m.start()) {
        continue;
      }
      for (int i = copied; i < m.start(); i++) {
        out.add(text.charAt(i), sourceStart[i], sourceEnd[i]);
      }
      for (int r = 0; r < replacement.length(); r++) {
        out.add(replacement.charAt(r), sourceStart[m.start()], sourceEnd[m.end() - 1]);
      }
      copied = m.end();
    } while (m.find());
    for (int i = copied; i < text.length(); i++) {
      out.add(text.charAt(i), sourceStart[i], sourceEnd[i]);
    }
    return out.build(original);
  }

  /** Cleaned characters being collected, each with the original range it came from. */
  private static final class Mapped {
    private final StringBuilder text;
    private int[] start;
    private int[] end;
    private int size;

    Mapped(int capacity) {
      text = new StringBuilder(capacity);
      start = new int[capacity];
      end = new int[capacity];
    }

    void add(char c, int sourceStart, int sourceEnd) {
      if (size == start.length) {
        start = Arrays.copyOf(start, size * 2 + 16);
        end = Arrays.copyOf(end, size * 2 + 16);
      }
      text.append(c);
      start[size] = sourceStart;
      end[size] = sourceEnd;
      size++;
    }

    NormalisedText build(String original) {
      return new NormalisedText(
          original, text.toString(), Arrays.copyOf(start, size), Arrays.copyOf(end, size));
    }
  }
}
