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
  private static final Pattern FRACTION = Pattern.compile("(\\d+)/(\\d+)(?![\\d/])");
  private static final Pattern EUROPEAN = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+,\\d{1,2}(?!\\d|[,.]\\d)");
  private static final Pattern MIXED_FRACTION = Pattern.compile(" (\\d{1,2})/(\\d{1,2})(?![\\d/])");
  // Exponents have at most three digits: a longer one ("3e66666666666666", found by fuzzing) is
  // no quantity a sentence states, and would overflow Integer.parseInt.
  private static final Pattern EXPONENT = Pattern.compile("[eE]([-+]?\\d{1,3})(?![\\d\\p{L}])");
  private static final Pattern POWER = Pattern.compile("\\^([-+]*)(\\d{1,3})(?!\\d)");
  private static final Pattern TIMES_TEN = Pattern.compile("x10\\^(-?\\d{1,3})(?!\\d)");
  /** Scale letters and abbreviations written after digits: "100k", "10G", "1.2b", "2mil", "10 bln". */
  private static final Pattern SCALE_SUFFIX =
      Pattern.compile("(?: ?(?i:bn|bln|mn|mln|tn|tln|trn|mil)| ?MM|(?:k|K|M|G|B|b|T)| (?:k|K|G))(?![\\p{L}\\p{N}])");
  private static final Map<String, Double> SUFFIX_SCALES =
      Map.ofEntries(
          Map.entry("k", 1e3), Map.entry("K", 1e3), Map.entry("M", 1e6), Map.entry("MM", 1e6),
          Map.entry("mil", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("G", 1e9),
          Map.entry("B", 1e9), Map.entry("b", 1e9), Map.entry("bn", 1e9), Map.entry("bln", 1e9),
          Map.entry("T", 1e12), Map.entry("tn", 1e12), Map.entry("tln", 1e12), Map.entry("trn", 1e12));
  private static final Map<String, Character> VULGAR =
      Map.of("½", '2', "⅓", '3', "⅔", '3', "¼", '4', "¾", '4', "⅛", '8');
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
      String w = NumberWords.wordAt(s, i);
      if (w.equals("negative") || w.equals("minus")) {
        int next = NumberWords.skipSpaces(s, i + w.length());
        NumberSpan rest = next < s.length() ? plainAt(s, next) : null;
        return rest == null || next == i + w.length() ? null : new NumberSpan(start, rest.end(), -rest.value());
      }
    }
    if (i < s.length() && VULGAR.containsKey(String.valueOf(s.charAt(i)))) {
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
    Matcher fraction = FRACTION.matcher(s).region(i, s.length());
    if (fraction.lookingAt()) {
      double den = Double.parseDouble(fraction.group(2));
      if (den != 0) {
        return new NumberSpan(i, fraction.end(), Double.parseDouble(fraction.group(1)) / den);
      }
    }
    Matcher european = EUROPEAN.matcher(s).region(i, s.length());
    if (european.lookingAt()) {
      // "1.111,11": dotted thousands with a decimal comma
      return new NumberSpan(i, european.end(), Double.parseDouble(european.group().replace(".", "").replace(',', '.')));
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
    String rest = s.substring(end);
    Matcher times = TIMES_TEN.matcher(rest);
    if (times.lookingAt()) {
      return new NumberSpan(i, end + times.end(), value * Math.pow(10, Integer.parseInt(times.group(1))));
    }
    Matcher exp = EXPONENT.matcher(rest);
    if (exp.lookingAt()) {
      return new NumberSpan(i, end + exp.end(), value * Math.pow(10, Integer.parseInt(exp.group(1))));
    }
    Matcher pow = POWER.matcher(rest);
    if (pow.lookingAt()) {
      int exponent = Integer.parseInt(pow.group(2));
      long minus = pow.group(1).chars().filter(c -> c == '-').count();
      return new NumberSpan(i, end + pow.end(), Math.pow(value, minus % 2 == 1 ? -exponent : exponent));
    }
    Matcher mixed = MIXED_FRACTION.matcher(rest);
    if (mixed.lookingAt() && value == Math.rint(value) && Double.parseDouble(mixed.group(2)) != 0) {
      // "10 1/2 miles"
      double part = Double.parseDouble(mixed.group(1)) / Double.parseDouble(mixed.group(2));
      if (part < 1) {
        return new NumberSpan(i, end + mixed.end(), value + part);
      }
    }
    Matcher scale = SCALE_SUFFIX.matcher(rest);
    if (scale.lookingAt()) {
      return new NumberSpan(i, end + scale.end(), value * suffixScale(scale.group().trim()));
    }
    return new NumberSpan(i, end, value);
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
    boolean candidate = Character.isLetterOrDigit(c) || c == '-' || c == '.' || VULGAR.containsKey(String.valueOf(c));
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
