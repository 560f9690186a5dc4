package io.claimsift.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Words as the extraction benchmark's scorer reads them, Python's {@code re.findall(r"\w+", text)}:
 * maximal runs of letters, numbers (any Unicode number category) and underscores. Shared by the
 * lab's metric and {@link ReadabilityVote}, which compares paragraphs by the same 4-word shingles.
 */
public final class ScorerWords {

  private ScorerWords() {}

  /** The words of {@code text} in order (none for null). */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean word = isWordChar(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  private static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
