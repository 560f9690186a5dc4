package io.claimsift.claims.quantities;

/**
 * A lexicon's written form of a unit or currency ("km", "square miles", "Hong Kong dollars"),
 * compared in place in a text: a space in the form matches a run of whitespace, letters match with
 * their case or in any case, and the form must end at a word boundary. The cost is the form's
 * length, so trying a lexicon's forms after a number costs a constant per number.
 *
 * @param text the form without its lexicon markers
 * @param caseSensitive whether letters must match with their case
 */
record WrittenForm(String text, boolean caseSensitive) {

  /** Where this form ends when written at {@code at} of {@code s} and followed by no letter or digit; -1 otherwise. */
  int endAt(String s, int at) {
    int i = at;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == ' ') {
        int j = i;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        if (i == j) {
          return -1;
        }
        continue;
      }
      if (i >= s.length()) {
        return -1;
      }
      char d = s.charAt(i);
      boolean same = caseSensitive ? d == c : Character.toLowerCase(d) == Character.toLowerCase(c);
      if (!same) {
        return -1;
      }
      i++;
    }
    boolean boundary = i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    return boundary ? i : -1;
  }
}
