package io.claimsift.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the footnotes of a page's small print ("† New subscribers only. ...", "* Offer valid
 * ...", "1. Testing conducted by ..."): a line that starts with a footnote marker whose
 * reference appears elsewhere on the page ("free trial†", "Footnote 1"), on a page with such
 * footnotes under at least {@value #MIN_MARKERS} different markers. The markers and the
 * words that name a footnote are data, {@code footnotes.txt} beside this class.
 */
final class Footnotes {

  private static final String RESOURCE = "footnotes.txt";
  /** A footnote is a statement, not a label: at least this many words after its marker. */
  private static final int MIN_WORDS = 4;
  /** Footnotes count only in a block of notes with at least this many different markers. */
  private static final int MIN_MARKERS = 3;
  private static final List<String> MARKERS = new ArrayList<>();
  private static final List<String> WORDS = new ArrayList<>();
  private static final Pattern LINE_MARKER;
  private static final Pattern NAMED_REFERENCE;

  static {
    read();
    StringBuilder markers = new StringBuilder();
    // Longest first, so that "***" is not read as "*".
    List<String> byLength = new ArrayList<>(MARKERS);
    byLength.sort((a, b) -> b.length() - a.length());
    for (String m : byLength) {
      markers.append(markers.length() == 0 ? "" : "|").append(Pattern.quote(m));
    }
    StringBuilder words = new StringBuilder();
    for (String w : WORDS) {
      words.append(words.length() == 0 ? "" : "|").append(Pattern.quote(w));
    }
    // A symbol marker then a space or a capital letter ("†New"), or a number of one or two
    // digits then ". ", ") " or a space.
    LINE_MARKER = Pattern.compile("^(?:(" + markers + ")(?=\\s|\\p{Lu})|(\\d{1,2})(?:[.)])?\\s)");
    NAMED_REFERENCE = Pattern.compile("(?<![\\p{L}])(?:" + words + ")\\s?(" + markers
        + "|\\d{1,2})(?![\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private Footnotes() {}

  /** Marks as {@link RemovalReason#DISCLAIMER} every kept line that is a referenced footnote. */
  static void mark(Line[] lines) {
    List<Integer> candidates = null;
    for (int i = 0; i < lines.length; i++) {
      Line line = lines[i];
      if (line.kept() && line.words > MIN_WORDS && startsLikeFootnote(line.norm)) {
        if (candidates == null) {
          candidates = new ArrayList<>();
        }
        candidates.add(i);
      }
    }
    if (candidates == null) {
      return; // most pages: no line starts with a marker, and the page is not read again
    }
    if (candidates.size() < MIN_MARKERS) {
      return;
    }
    Set<String> referenced = references(lines);
    List<Integer> footnotes = new ArrayList<>();
    Set<String> markers = new HashSet<>();
    for (int i : candidates) {
      Matcher m = LINE_MARKER.matcher(lines[i].norm);
      if (m.find()) {
        String marker = m.group(1) != null ? m.group(1) : m.group(2);
        if (referenced.contains(marker)) {
          footnotes.add(i);
          markers.add(marker);
        }
      }
    }
    // Small print is a block of notes with their own markers ("◊", "§", "†", "1."); an article's
    // one "*Note: ..." or "*Disclosure: ..." is part of it, and the article's truth keeps it.
    if (markers.size() < MIN_MARKERS) {
      return;
    }
    // Inside such a block a note may have lost its reference (it sits in a script or a hidden
    // element): every marked line from the block's first referenced note on goes with it.
    for (int i : candidates) {
      if (i >= footnotes.get(0)) {
        lines[i].reason = RemovalReason.DISCLAIMER;
      }
    }
  }

  private static boolean startsLikeFootnote(String text) {
    char c = text.isEmpty() ? ' ' : text.charAt(0);
    return (Character.isDigit(c) || !Character.isLetter(c)) && LINE_MARKER.matcher(text).find();
  }

  /**
   * The markers the page references: a symbol right after a letter, a digit or closing
   * punctuation, or any marker or number after a footnote word. Lines that start with a marker
   * count too, after their marker: a footnote may reference another.
   */
  private static Set<String> references(Line[] lines) {
    Set<String> out = new HashSet<>();
    for (Line line : lines) {
      String text = line.norm;
      Matcher named = NAMED_REFERENCE.matcher(text);
      while (named.find()) {
        out.add(named.group(1).toLowerCase(Locale.ROOT));
      }
      for (String marker : MARKERS) {
        int from = 1;
        int at;
        while ((at = text.indexOf(marker, from)) > 0) {
          char before = text.charAt(at - 1);
          int after = at + marker.length();
          // "**" inside "***" is not a reference of its own: the whole run must be the marker.
          boolean whole = !text.startsWith(marker.substring(0, 1), after) && before != marker.charAt(0);
          if (whole && (Character.isLetterOrDigit(before) || ")%.,\"'’”".indexOf(before) >= 0)) {
            out.add(marker);
            break;
          }
          from = after;
        }
      }
    }
    return out;
  }

  private static void read() {
    try (InputStream in = Footnotes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("marker ")) {
          MARKERS.add(line.substring("marker ".length()).strip());
        } else if (line.startsWith("word ")) {
          WORDS.add(line.substring("word ".length()).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
