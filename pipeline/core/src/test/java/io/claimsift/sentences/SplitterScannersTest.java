package io.claimsift.sentences;

import static org.junit.Assert.assertEquals;

import io.claimsift.claims.RandomPieces;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The splitter's hand-written scanners of protected stretches and list markers find what the
 * regular expressions they replace find, on the same region with transparent bounds.
 */
public class SplitterScannersTest {

  private static final Pattern LIST_MARKER =
      Pattern.compile("(?<=^|\\s)([•⁃▪◦*-]\\s*)?(\\d{1,2}|[a-zA-Z])(\\.\\)|\\.|\\))(?=\\s)");
  private static final Pattern PROTECTED =
      Pattern.compile(
          "\"[^\"\\n]{1,1000}\"|“[^”\\n]{1,1000}”|\\([^()\\n]{1,1000}\\)|\\[[^\\[\\]\\n]{1,1000}\\]"
              + "|(?<=^|[\\s(])(?:'|‘|`)(?:[^'’\\n]|['’]\\p{L}){1,1000}['’](?=$|[\\s,;:.!?)])");

  private static final String[] PIECES = {
    "\"", "“", "”", "(", ")", "[", "]", "'", "’", "‘", "`", "\n", "\r", "\r\n", " ", "  ", "\t", "\u000B",
    "a", "Bc", "z", "1", "12", "123", ".", ".)", ",", ";", "!", "?", "•", "⁃", "-", "*", "𝐀", "😀",
    "é", "\u2028", "\u0085", "\u00A0", "don't", "I ", "x.", "3)", "(1987)", "'Well!'", "‘No’"
  };

  private static List<String> regex(Pattern pattern, String text, int from, int to, boolean groups) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      out.add(groups
          ? m.start() + " " + m.start(2) + " " + m.end(2) + " " + m.end() + " " + (m.group(1) != null ? 1 : 0)
          : m.start() + " " + m.end());
    }
    return out;
  }

  private static List<String> lines(List<int[]> found) {
    List<String> out = new ArrayList<>();
    for (int[] f : found) {
      StringBuilder b = new StringBuilder();
      for (int v : f) {
        b.append(b.length() == 0 ? "" : " ").append(v);
      }
      out.add(b.toString());
    }
    return out;
  }

  private static void check(String text, int from, int to) {
    assertEquals("protected in " + text.replace("\n", "\\n") + " [" + from + "," + to + ")",
        regex(PROTECTED, text, from, to, false), lines(SentenceSplitter.protectedSpans(text, from, to)));
    assertEquals("list markers in " + text.replace("\n", "\\n") + " [" + from + "," + to + ")",
        regex(LIST_MARKER, text, from, to, true), lines(SentenceSplitter.listMarkers(text, from, to)));
  }

  @Test
  public void scannersFindWhatTheExpressionsFindOnRandomTexts() {
    Random random = new Random(11);
    int checked = 0;
    for (String text : RandomPieces.strings(PIECES, 11, 40_000, 24)) {
      check(text, 0, text.length());
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      check(text, from, to);
      checked++;
    }
    assertEquals(40_000, checked);
  }

  @Test
  public void runsStopAtAThousandCodePoints() {
    for (String inner : new String[] {"a", "𝐀", "don't "}) {
      for (int n : new int[] {1, 999, 1000, 1001}) {
        String run = inner.repeat(n);
        for (String text : new String[] {
            "say \"" + run + "\" now", "(" + run + ")", "[" + run + "]", "“" + run + "”", "it 'x" + run + "' ok",
            "‘" + run + "’, he"}) {
          check(text, 0, text.length());
          check(text, 1, text.length() - 1);
        }
      }
    }
  }

  @Test
  public void markersAndStretchesAreFound() {
    String text = "Steps: 1. Mix (two cups). 2.) Bake \"hot\" • a) serve";
    assertEquals(List.of("7 7 8 9 0", "26 26 27 29 0", "41 43 44 45 1"), lines(SentenceSplitter.listMarkers(text, 0, text.length())));
    assertEquals(List.of("14 24", "35 40"), lines(SentenceSplitter.protectedSpans(text, 0, text.length())));
  }
}
