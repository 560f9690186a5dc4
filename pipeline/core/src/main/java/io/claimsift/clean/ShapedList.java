package io.claimsift.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a list inside the article by the shape of its items, not by their number: a run of
 * short lines between two prose paragraphs is one list when a prose line ending with ":"
 * introduces it, or when its items start alike (the same bullet, a number, the same first word, a
 * "Label: value" colon). A run of names or headlines (capitalised short lines, no figure, no
 * sentence end) that is not introduced stays out: staff lists and teaser lists have that shape.
 */
final class ShapedList {

  /** Fewest items of a list that is not introduced by a colon line. */
  private static final int MIN_ALIKE_ITEMS = 3;
  /** Most lines of one run: a longer run is a page section of its own, not a list in a body. */
  private static final int MAX_ITEMS = 60;
  /** A colon among the first few words marks a "Label: value" item. */
  private static final int LABEL_MAX_WORDS = 5;
  /** Up to this many words an item may be a name. */
  private static final int NAME_MAX_WORDS = 6;
  private static final String BULLETS = "•·-–—*▪►▸✓✔→+○●■□◦";
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on",
      "at", "for", "and", "or", "by", "with", "from", "de", "la", "le", "van", "von", "&");

  private ShapedList() {}

  /**
   * Sets to 0 the score of every item of a list between two prose lines (score above 0), so that
   * the list neither costs the article its later paragraphs nor counts as prose itself.
   *
   * @param costly whether a line is kept, scored below 0 and may be a list item (not a link
   *     line, not a headline)
   * @return for each line, whether it is the last item of a list introduced by a colon line
   */
  static boolean[] neutralise(Line[] lines, double[] score,
      java.util.function.IntPredicate costly) {
    int n = lines.length;
    boolean[] introducedEnd = new boolean[n];
    int i = 0;
    while (i < n) {
      if (!(score[i] > 0) || i + 1 >= n || !costly.test(i + 1)) {
        i++;
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < n && end - start < MAX_ITEMS && costly.test(end)) {
        end++;
      }
      if (end < n && score[end] > 0 && isList(lines, i, start, end)) {
        for (int j = start; j < end; j++) {
          score[j] = 0;
        }
        introducedEnd[end - 1] = isIntroduced(lines, i, start, end);
      }
      i = end;
    }
    return introducedEnd;
  }

  private static boolean isIntroduced(Line[] lines, int before, int start, int end) {
    return lines[before].norm.endsWith(":") || lines[start].norm.endsWith(":") && end - start > 1;
  }

  /** Whether lines[start..end) are the items of one list after the prose line {@code before}. */
  static boolean isList(Line[] lines, int before, int start, int end) {
    if (isIntroduced(lines, before, start, end)) {
      return true;
    }
    int items = end - start;
    if (items < MIN_ALIKE_ITEMS) {
      return false;
    }
    int names = 0;
    Map<String, Integer> starts = new HashMap<>();
    for (int j = start; j < end; j++) {
      String text = lines[j].norm;
      names += isName(text) ? 1 : 0;
      for (String key : startKeys(text)) {
        starts.merge(key, 1, Integer::sum);
      }
    }
    if (2 * names >= items) {
      return false;
    }
    int alike = starts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    // One item may differ: a list's last line ("and more") or a wrapped item.
    return alike >= items - (items > 4 ? 1 : 0);
  }

  /** The ways an item may start like its neighbours: bullet, number, first word, label colon. */
  static java.util.List<String> startKeys(String text) {
    java.util.List<String> keys = new java.util.ArrayList<>(3);
    if (text.isEmpty()) {
      return keys;
    }
    char first = text.charAt(0);
    if (BULLETS.indexOf(first) >= 0) {
      keys.add("bullet " + first);
    }
    if (Character.isDigit(first)) {
      keys.add("number");
    }
    int space = text.indexOf(' ');
    String word = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
    keys.add("word " + word);
    int colon = text.indexOf(':');
    if (colon > 0 && colon < text.length() - 1
        && LineText.wordCount(text.substring(0, colon)) <= LABEL_MAX_WORDS) {
      keys.add("label");
    }
    return keys;
  }

  /** A short capitalised line without figure or sentence end: a name, a title, a headline. */
  static boolean isName(String text) {
    if (text.isEmpty() || SentenceEnd.WITH_CJK.ends(text)) {
      return false;
    }
    String[] words = text.split(" ");
    if (words.length > NAME_MAX_WORDS) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      int cp = word.codePointAt(0);
      if (Character.isDigit(cp) || !Character.isUpperCase(cp)
          && !SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
