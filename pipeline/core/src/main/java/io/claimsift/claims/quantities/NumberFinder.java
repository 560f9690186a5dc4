package io.claimsift.claims.quantities;

import io.claimsift.sentences.Offsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers written in digits or words: "1,674,200.5", "-12e-1", "3/4", "2.33 k", "10 bln",
 * "twenty-one trillion and three hundred", "one hundred and three quarters", "half a dozen",
 * "nought point five", "one over three", "4 thousand 3 hundred and 21".
 *
 * <p>Immutable and thread-safe. Digits glued to letters ("180ml", "APT38", "3D") are not numbers
 * here; {@link #parseAt} lets callers read such a number and decide about the letters themselves.
 */
public final class NumberFinder {

  private static final Pattern DIGITS =
      Pattern.compile(
          "(?:\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d,])|\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+(?![\\d,]| \\d)|\\d+)(?:\\.\\d+)?|\\.\\d+");
  private static final Map<String, Double> SUFFIX_SCALES =
      Map.ofEntries(
          Map.entry("k", 1e3), Map.entry("K", 1e3), Map.entry("M", 1e6), Map.entry("MM", 1e6),
          Map.entry("mil", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("G", 1e9),
          Map.entry("B", 1e9), Map.entry("b", 1e9), Map.entry("bn", 1e9), Map.entry("bln", 1e9),
          Map.entry("T", 1e12), Map.entry("tn", 1e12), Map.entry("tln", 1e12), Map.entry("trn", 1e12));
  /** Scale abbreviations read in any case after digits, glued or after one space ("2bn", "10 bln", "2mil"). */
  private static final Set<String> SPACED_ABBREVIATIONS = Set.of("bn", "bln", "mn", "mln", "tn", "tln", "trn", "mil");
  private static final Map<Character, Double> VULGAR_VALUES =
      Map.of('½', 0.5, '⅓', 1.0 / 3, '⅔', 2.0 / 3, '¼', 0.25, '¾', 0.75, '⅛', 0.125);

  /** Determiners before which a lone "one" is a pronoun ("which one", "this one"). */
  private static final Set<String> PRONOUN_ONE_BEFORE =
      Set.of("this", "that", "which", "the", "each", "every", "no", "any", "another", "some", "little", "only", "new", "last", "right", "wrong");
  private static final Set<String> PRONOUN_ONE_AFTER =
      Set.of("of", "another", "who", "which", "you", "do", "does", "that", "is", "way", "day", "time");

  private NumberFinder() {}

  /** The English preset. */
  public static NumberFinder english() {
    return new NumberFinder();
  }

  /** Numbers of {@code text} in text order, non-overlapping. */
  public List<NumberSpan> find(String text) {
    String s = Offsets.plainSpaces(text);
    List<NumberSpan> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (!startsToken(s, i)) {
        i++;
        continue;
      }
      NumberSpan n = parseAt(s, i);
      if (n == null || glued(s, n.end()) || isPronounOne(s, n)) {
        i = skipToken(s, i);
        continue;
      }
      out.add(n);
      i = n.end();
    }
    return out;
  }

  /** The number starting at {@code i} of {@code s} (plain spaces), or null; letters after it are not checked. */
  public NumberSpan parseAt(String s, int i) {
    NumberSpan n = plainAt(s, i);
    return n == null ? null : ratio(s, n);
  }

  /** {@link #parseAt} without reading a ratio after the number. */
  private NumberSpan plainAt(String s, int i) {
    int start = i;
    double sign = 1;
    if (s.startsWith("-", i) && i + 1 < s.length() && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.')) {
      sign = -1;
      i++;
    } else {
      int wordEnd = wholeWordAt(s, i, "negative") ? i + 8 : wholeWordAt(s, i, "minus") ? i + 5 : -1;
      if (wordEnd >= 0) {
        int next = NumberWords.skipSpaces(s, wordEnd);
        NumberSpan rest = next < s.length() ? plainAt(s, next) : null;
        return rest == null || next == wordEnd ? null : new NumberSpan(start, rest.end(), -rest.value());
      }
    }
    if (i < s.length() && VULGAR_VALUES.containsKey(s.charAt(i))) {
      return new NumberSpan(start, i + 1, sign * VULGAR_VALUES.get(s.charAt(i)));
    }
    if (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      NumberSpan digits = digitNumber(s, i);
      if (digits == null) {
        return null;
      }
      // "3bn and 5 million euros": a number with its scale letters already is whole
      NumberSpan joined = Character.isLetter(s.charAt(digits.end() - 1)) ? null : NumberWords.continueAfterDigits(s, digits);
      NumberSpan best = joined != null ? joined : digits;
      return new NumberSpan(start, best.end(), sign * best.value());
    }
    NumberSpan words = NumberWords.parse(s, i);
    return words == null ? null : new NumberSpan(start, words.end(), sign * words.value());
  }

  /**
   * Whether the letters starting at {@code i} are exactly {@code word}: {@code
   * NumberWords.wordAt(s, i).equals(word)} without cutting the word out.
   */
  private static boolean wholeWordAt(String s, int i, String word) {
    int end = i + word.length();
    return s.startsWith(word, i) && (end == s.length() || !Character.isLetter(s.charAt(end)));
  }

  /**
   * "1 in 3", "one in five", "eight out of ten": a whole number, "in" or "out of", and a larger
   * whole number are one ratio, valued as the fraction (0.333, 0.2, 0.8). A four-digit year after
   * "in" ("2 in 2019") is no denominator. {@code n} itself when no ratio follows it.
   */
  private NumberSpan ratio(String s, NumberSpan n) {
    int joint = n.end();
    int after;
    if (s.startsWith(" in ", joint)) {
      after = joint + 4;
    } else if (s.startsWith(" out of ", joint)) {
      after = joint + 8;
    } else {
      return n;
    }
    if (n.value() < 1 || n.value() != Math.rint(n.value()) || after >= s.length()
        || !(Character.isLetterOrDigit(s.charAt(after)))) {
      return n;
    }
    NumberSpan den = s.startsWith("-", after) ? null : plainAt(s, after); // no chain of ratios: linear
    if (den == null || glued(s, den.end()) || den.value() != Math.rint(den.value()) || den.value() < 2
        || den.value() < n.value() || (den.value() == n.value() && s.charAt(joint + 1) == 'i')) {
      return n;
    }
    String denText = s.substring(den.start(), den.end());
    if (denText.matches("\\d{4}") && den.value() >= 1800 && den.value() <= 2100) {
      return n;
    }
    return new NumberSpan(n.start(), den.end(), n.value() / den.value());
  }

  /** True when {@code n} is a ratio read by {@link #parseAt} ("1 in 3", "eight out of ten"). */
  static boolean isRatio(String s, NumberSpan n) {
    String text = s.substring(n.start(), n.end());
    return text.contains(" in ") || text.contains(" out of ");
  }

  /**
   * The value of digits grouped by commas or spaces ("1,234", "9 917"), or null when the text is
   * not a number after all (the span logic can cut a dotted or spaced sequence oddly).
   */
  private static Double groupedDigits(String digits) {
    try {
      return Double.parseDouble(digits.replace(",", "").replace(" ", ""));
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** A number in digits with its fraction, exponent or scale suffix. */
  private static NumberSpan digitNumber(String s, int i) {
    int slash = asciiDigits(s, i);
    int denEnd = slash > i && s.startsWith("/", slash) ? asciiDigits(s, slash + 1) : -1;
    if (denEnd > slash + 1 && !s.startsWith("/", denEnd)) {
      // "3/4": digits over digits, no third part
      double den = Double.parseDouble(s.substring(slash + 1, denEnd));
      if (den != 0) {
        return new NumberSpan(i, denEnd, Double.parseDouble(s.substring(i, slash)) / den);
      }
    }
    int european = europeanEnd(s, i);
    if (european > 0) {
      // "1.111,11": dotted thousands with a decimal comma
      return new NumberSpan(i, european, Double.parseDouble(s.substring(i, european).replace(".", "").replace(',', '.')));
    }
    Matcher m = DIGITS.matcher(s).region(i, s.length());
    if (!m.lookingAt()) {
      return null;
    }
    int end = m.end();
    if (s.charAt(i) == '.' && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
      return null;
    }
    boolean insideDotted = i >= 2 && s.charAt(i - 1) == '.' && Character.isDigit(s.charAt(i - 2));
    if (dottedSequence(s, end) || (insideDotted && s.substring(i, end).contains("."))) {
      end = s.indexOf('.', i) > i ? s.indexOf('.', i) : end; // "192.168.1.2": numbers between dots
      Double between = groupedDigits(s.substring(i, end));
      return between == null ? null : new NumberSpan(i, end, between);
    }
    if (s.substring(i, end).indexOf(' ') > 0 && end + 2 < s.length() && s.charAt(end) == ' '
        && Character.isUpperCase(s.charAt(end + 1)) && Character.isLowerCase(s.charAt(end + 2))) {
      // "400 737 Max jets": the last spaced group heads a name, so the groups are separate numbers
      end = s.indexOf(' ', i);
    }
    Double grouped = groupedDigits(s.substring(i, end));
    if (grouped == null) {
      return null;
    }
    double value = grouped;
    // the marks after the digits are read in place: a copy of the rest of the sentence per number was quadratic
    int timesEnd = s.startsWith("x10^", end) ? signedDigits(s, end + 4, true) : -1;
    if (timesEnd > 0) {
      return new NumberSpan(i, timesEnd, value * Math.pow(10, Integer.parseInt(s.substring(end + 4, timesEnd))));
    }
    // exponents have at most three digits: a longer one ("3e66666666666666", found by fuzzing) is
    // no quantity a sentence states, and would overflow Integer.parseInt
    int expEnd = end < s.length() && (s.charAt(end) == 'e' || s.charAt(end) == 'E') ? signedDigits(s, end + 1, false) : -1;
    if (expEnd > 0 && !(expEnd < s.length() && Character.isLetter(s.charAt(expEnd)))) {
      return new NumberSpan(i, expEnd, value * Math.pow(10, Integer.parseInt(s.substring(end + 1, expEnd))));
    }
    if (s.startsWith("^", end)) {
      int signs = end + 1;
      while (signs < s.length() && (s.charAt(signs) == '-' || s.charAt(signs) == '+')) {
        signs++;
      }
      int powEnd = asciiDigits(s, signs);
      if (powEnd > signs && powEnd - signs <= 3) {
        int exponent = Integer.parseInt(s.substring(signs, powEnd));
        long minus = s.substring(end + 1, signs).chars().filter(c -> c == '-').count();
        return new NumberSpan(i, powEnd, Math.pow(value, minus % 2 == 1 ? -exponent : exponent));
      }
    }
    int[] mixed = mixedFraction(s, end);
    if (mixed != null && value == Math.rint(value) && mixed[1] != 0) {
      // "10 1/2 miles"
      double part = (double) mixed[0] / mixed[1];
      if (part < 1) {
        return new NumberSpan(i, mixed[2], value + part);
      }
    }
    int scaleEnd = scaleSuffixEnd(s, end);
    if (scaleEnd > 0) {
      return new NumberSpan(i, scaleEnd, value * suffixScale(s.substring(end, scaleEnd).trim()));
    }
    return new NumberSpan(i, end, value);
  }

  /** The end of a sign ("-", or also "+" unless {@code minusOnly}) and one to three ASCII digits at {@code i} not followed by one more; -1 when there are none. */
  private static int signedDigits(String s, int i, boolean minusOnly) {
    int at = i < s.length() && (s.charAt(i) == '-' || (!minusOnly && s.charAt(i) == '+')) ? i + 1 : i;
    int end = asciiDigits(s, at);
    return end > at && end - at <= 3 ? end : -1;
  }

  /** " 1/2" at {@code end}: one space, one or two digits, a slash, one or two digits, no digit or slash after; {numerator, denominator, end} or null. */
  private static int[] mixedFraction(String s, int end) {
    if (!s.startsWith(" ", end)) {
      return null;
    }
    int slash = asciiDigits(s, end + 1);
    if (slash == end + 1 || slash - end - 1 > 2 || !s.startsWith("/", slash)) {
      return null;
    }
    int denEnd = asciiDigits(s, slash + 1);
    if (denEnd == slash + 1 || denEnd - slash - 1 > 2 || s.startsWith("/", denEnd)) {
      return null;
    }
    return new int[] {Integer.parseInt(s.substring(end + 1, slash)), Integer.parseInt(s.substring(slash + 1, denEnd)), denEnd};
  }

  /**
   * The end of a scale letter or abbreviation written after digits ("100k", "10G", "1.2b", "2mil",
   * "10 bln", "5 MM", "10 K"), standing as a whole word; -1 when there is none. The abbreviations
   * are read in any case, after one space or none; "MM" after one space or none; a single letter
   * only glued, except k, K and G, which may follow one space.
   */
  private static int scaleSuffixEnd(String s, int end) {
    boolean space = s.startsWith(" ", end);
    int at = space ? end + 1 : end;
    int run = at;
    while (run < s.length() && Character.isLetter(s.charAt(run))) {
      run++;
    }
    if (run == at || (run < s.length() && QuantityTokens.isLetterOrNumber(s, run))) {
      return -1;
    }
    String word = s.substring(at, run);
    boolean ascii = word.chars().allMatch(c -> c < 128);
    boolean abbreviation = ascii && SPACED_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    boolean letter = space ? List.of("k", "K", "G").contains(word) : List.of("k", "K", "M", "G", "B", "b", "T").contains(word);
    return abbreviation || word.equals("MM") || letter ? run : -1;
  }

  /**
   * The end of a number with dotted thousands and a decimal comma at {@code i} ("1.111,11"): one
   * to three digits, groups of "." and three digits, "," and one or two decimals, not followed by
   * "," or "." and a digit; -1 when there is none.
   */
  private static int europeanEnd(String s, int i) {
    int p = asciiDigits(s, i);
    if (p == i || p - i > 3) {
      return -1;
    }
    int groups = 0;
    while (s.startsWith(".", p) && asciiDigits(s, p + 1) - p - 1 >= 3) {
      p += 4;
      groups++;
    }
    if (groups == 0 || !s.startsWith(",", p)) {
      return -1;
    }
    int end = asciiDigits(s, p + 1);
    if (end == p + 1 || end - p - 1 > 2) {
      return -1;
    }
    boolean more = end + 1 < s.length() && (s.charAt(end) == ',' || s.charAt(end) == '.') && s.charAt(end + 1) >= '0' && s.charAt(end + 1) <= '9';
    return more ? -1 : end;
  }

  private static int asciiDigits(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    return j;
  }

  private static double suffixScale(String suffix) {
    Double exact = SUFFIX_SCALES.get(suffix);
    return exact != null ? exact : SUFFIX_SCALES.get(suffix.toLowerCase(Locale.ROOT));
  }

  /** "192.168.1.2": a decimal followed by another ".digit" is a dotted sequence, not one number. */
  private static boolean dottedSequence(String s, int end) {
    return end + 1 < s.length() && s.charAt(end) == '.' && Character.isDigit(s.charAt(end + 1));
  }

  /** A number directly followed by a letter or digit ("180ml", "3D") is part of a word. */
  private static boolean glued(String s, int end) {
    return end < s.length() && Character.isLetterOrDigit(s.charAt(end));
  }

  private static boolean isPronounOne(String s, NumberSpan n) {
    if (!s.substring(n.start(), n.end()).equalsIgnoreCase("one")) {
      return false;
    }
    String before = NumberWords.wordBefore(s, n.start()).toLowerCase(Locale.ROOT);
    String after = NumberWords.wordAt(s, NumberWords.skipSpaces(s, n.end())).toLowerCase(Locale.ROOT);
    return PRONOUN_ONE_BEFORE.contains(before) || PRONOUN_ONE_AFTER.contains(after);
  }

  private static boolean startsToken(String s, int i) {
    char c = s.charAt(i);
    boolean candidate = Character.isLetterOrDigit(c) || c == '-' || c == '.' || VULGAR_VALUES.containsKey(c);
    if (!candidate) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char prev = s.charAt(i - 1);
    if (c == '-' || c == '.') {
      return !Character.isLetterOrDigit(prev) && prev != '-' && prev != '.';
    }
    boolean afterDigitAnd = Character.isDigit(c) && (prev == '-' || prev == '.') && i >= 2 && Character.isDigit(s.charAt(i - 2));
    return !Character.isLetterOrDigit(prev) && prev != '.' || afterDigitAnd; // "222-2222", "192.168.1.2"
  }

  private static int skipToken(String s, int i) {
    int j = i + 1;
    while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }
}
