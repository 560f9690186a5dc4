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
    StringBuilder out = new StringBuilder(text.length());
    int[] start = new int[text.length() + replacement.length() * 4];
    int[] end = new int[start.length];
    int kept = 0;
    int copied = 0;
    do {
      if (m.end() == m.start()) {
        continue;
      }
      for (int i = copied; i < m.start(); i++) {
        start = grow(start, kept);
        end = grow(end, kept);
        out.append(text.charAt(i));
        start[kept] = sourceStart[i];
        end[kept] = sourceEnd[i];
        kept++;
      }
      for (int r = 0; r < replacement.length(); r++) {
        start = grow(start, kept);
        end = grow(end, kept);
        out.append(replacement.charAt(r));
        start[kept] = sourceStart[m.start()];
        end[kept] = sourceEnd[m.end() - 1];
        kept++;
      }
      copied = m.end();
    } while (m.find());
    for (int i = copied; i < text.length(); i++) {
      start = grow(start, kept);
      end = grow(end, kept);
      out.append(text.charAt(i));
      start[kept] = sourceStart[i];
      end[kept] = sourceEnd[i];
      kept++;
    }
    return new NormalisedText(original, out.toString(), Arrays.copyOf(start, kept), Arrays.copyOf(end, kept));
  }

  private static int[] grow(int[] array, int index) {
    return index < array.length ? array : Arrays.copyOf(array, array.length * 2 + 16);
  }
}
