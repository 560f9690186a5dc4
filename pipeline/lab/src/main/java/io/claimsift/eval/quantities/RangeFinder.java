package io.claimsift.eval.quantities;

import io.claimsift.claims.quantities.NumberFinder;
import io.claimsift.claims.quantities.NumberSpan;
import io.claimsift.sentences.Offsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds number ranges and comparisons: "between 5 and 10", "20-30", "from 200 to 3000000",
 * "more than 30", "no less than thirty", "up to 700", "200 or greater", "&lt;= 100", and pairs of
 * bounds joined by "and" ("above 1000 and below 1500"). A closed range "A to B" is written
 * {@code [A,B)} as in the Recognizers-Text convention; a comparison has one open side.
 *
 * <p>Immutable and thread-safe.
 */
public final class RangeFinder {

  private static final String LOWER_CLOSED =
      "no\\s+less\\s+than|not\\s+less\\s+than|no\\s+fewer\\s+than|at\\s+least(?:\\s+or\\s+equal\\s+to)?"
          + "|(?:greater|more|larger|higher|bigger)\\s+(?:than\\s+)?or\\s+equal\\s+(?:to|than)"
          + "|equal\\s+to\\s+or\\s+(?:more|greater|higher|larger)\\s+than|>\\s*=";
  private static final String LOWER_OPEN =
      "(?:more|greater|larger|higher|bigger)\\s+than|above|over|exceed(?:s|ing|ed)?|surpass(?:es|ing|ed)?|>";
  private static final String UPPER_CLOSED =
      "no\\s+more\\s+than|not\\s+more\\s+than|at\\s+most|up\\s+to"
          + "|(?:less|smaller|lower|fewer)\\s+(?:than\\s+)?or\\s+equal\\s+(?:to|than)"
          + "|equal\\s+to\\s+or\\s+(?:less|smaller|lower|fewer)\\s+than|<\\s*=";
  private static final String UPPER_OPEN = "(?:less|fewer|smaller|lower)\\s+than|below|under|<";
  private static final String EQUAL = "equals|equal\\s+to|equaling\\s+to|equalling\\s+to";

  private static final Pattern PREFIX =
      Pattern.compile(
          "(?i)(?:(?<lc>" + LOWER_CLOSED + ")|(?<uc>" + UPPER_CLOSED + ")|(?<eq>" + EQUAL + ")|(?<lo>"
              + LOWER_OPEN + ")|(?<uo>" + UPPER_OPEN + "))\\s*$");
  private static final Pattern SUFFIX =
      Pattern.compile(
          "(?i)\\s+(?:(?<lc>(?:or|and)\\s+(?:more|greater|higher|larger|above)(?:\\s+than)?)"
              + "|(?<uc>(?:or|and)\\s+(?:less|fewer|lower|smaller|below)(?:\\s+than)?))(?![\\p{L}])"
              + "(?!\\s+(?:than\\s+)?[-\\d])");
  /** "less than 5000 or equal", "more than 5000 or equal to": the bound becomes inclusive. */
  private static final Pattern OR_EQUAL = Pattern.compile("(?i)\\s+or\\s+equal(?:\\s+to)?(?![\\p{L}])(?!\\s+(?:to\\s+)?[-\\d])");
  private static final Pattern RANGE_GAP = Pattern.compile("(?i)\\s*[-–~]\\s*|\\s+(?:to|through|thru)\\s+");
  private static final Pattern AND_GAP = Pattern.compile("(?i)\\s+and\\s+|\\s*,\\s*");
  private static final Pattern FROM_BETWEEN = Pattern.compile("(?i)\\b(from|between)\\s+$");

  private final NumberFinder numbers = NumberFinder.english();

  private RangeFinder() {}

  /** The English preset. */
  public static RangeFinder english() {
    return new RangeFinder();
  }

  /** Ranges of {@code text} in text order, non-overlapping. */
  public List<NumberRange> find(String text) {
    String s = Offsets.plainSpaces(text);
    List<NumberSpan> nums = numbers.find(s);
    List<NumberRange> bounds = new ArrayList<>();
    for (int k = 0; k < nums.size(); k++) {
      NumberSpan a = nums.get(k);
      NumberSpan b = k + 1 < nums.size() ? nums.get(k + 1) : null;
      NumberRange pair = b == null ? null : pair(s, a, b);
      if (pair != null) {
        bounds.add(pair);
        k++;
        continue;
      }
      NumberRange bound = bound(s, a);
      int floor = bounds.isEmpty() ? 0 : bounds.get(bounds.size() - 1).end();
      if (bound != null && bound.start() >= floor) {
        bounds.add(bound);
      }
    }
    return joinBounds(s, bounds);
  }

  /** "20-30", "1000 - 5000", "20 through 100", "between 5 and 10", "from 200 to 300". */
  private static NumberRange pair(String s, NumberSpan a, NumberSpan b) {
    String gap = s.substring(a.end(), b.start());
    String before = s.substring(0, a.start());
    Matcher intro = FROM_BETWEEN.matcher(before);
    boolean introduced = intro.find();
    boolean joined = RANGE_GAP.matcher(gap).matches()
        || (introduced && intro.group(1).equalsIgnoreCase("between") && gap.matches("(?i)\\s+and\\s+"));
    if (!joined || a.value() >= b.value() || partOfCode(s, a, b)) {
      return null;
    }
    if (PREFIX.matcher(before).find()) {
      return null; // "more than 2 - 5" reads as a comparison
    }
    int start = introduced ? intro.start() : a.start();
    return new NumberRange(start, b.end(), s.substring(start, b.end()), a.value(), true, b.value(), false);
  }

  /** Phone numbers and codes ("+1-222-2222", "1995-01") are not ranges. */
  private static boolean partOfCode(String s, NumberSpan a, NumberSpan b) {
    boolean signBefore = a.start() > 0 && (s.charAt(a.start() - 1) == '+' || s.charAt(a.start() - 1) == '-');
    boolean moreAfter = b.end() + 1 < s.length() && s.charAt(b.end()) == '-' && Character.isDigit(s.charAt(b.end() + 1));
    return signBefore || moreAfter;
  }

  /** A single comparison around one number, or null. */
  private static NumberRange bound(String s, NumberSpan n) {
    Matcher pre = PREFIX.matcher(s.substring(0, n.start()));
    int end = n.end();
    if (pre.find()) {
      boolean symbol = "<>".indexOf(s.charAt(pre.start())) >= 0;
      if (symbol && pre.start() > 0 && s.charAt(pre.start() - 1) == '=') {
        return null; // "=>30", "=<30": not a comparison sign
      }
      boolean wordBoundary = symbol || pre.start() == 0 || !Character.isLetter(s.charAt(pre.start() - 1));
      if (!wordBoundary) {
        return null;
      }
      Matcher orEqual = OR_EQUAL.matcher(s).region(end, s.length());
      boolean inclusive = orEqual.lookingAt();
      if (inclusive) {
        end = orEqual.end();
      }
      double v = n.value();
      String text = s.substring(pre.start(), end);
      Matcher post = SUFFIX.matcher(s).region(n.end(), s.length());
      if (pre.group("eq") != null && post.lookingAt()) {
        // "equal to 5000 or more than": an inclusive bound
        String t = s.substring(pre.start(), post.end());
        return post.group("lc") != null
            ? new NumberRange(pre.start(), post.end(), t, v, true, null, false)
            : new NumberRange(pre.start(), post.end(), t, null, false, v, true);
      }
      if (pre.group("eq") != null) {
        return new NumberRange(pre.start(), end, text, v, true, v, true);
      }
      if (pre.group("lc") != null || (pre.group("lo") != null && inclusive)) {
        return new NumberRange(pre.start(), end, text, v, true, null, false);
      }
      if (pre.group("lo") != null) {
        return new NumberRange(pre.start(), end, text, v, false, null, false);
      }
      if (pre.group("uc") != null || inclusive) {
        return new NumberRange(pre.start(), end, text, null, false, v, true);
      }
      return new NumberRange(pre.start(), end, text, null, false, v, false);
    }
    Matcher post = SUFFIX.matcher(s).region(n.end(), s.length());
    if (post.lookingAt()) {
      String text = s.substring(n.start(), post.end());
      return post.group("lc") != null
          ? new NumberRange(n.start(), post.end(), text, n.value(), true, null, false)
          : new NumberRange(n.start(), post.end(), text, null, false, n.value(), true);
    }
    return null;
  }

  /** "above 1000 and below 1500": a lower and an upper bound joined by "and" make one range. */
  private static List<NumberRange> joinBounds(String s, List<NumberRange> in) {
    List<NumberRange> out = new ArrayList<>();
    for (int k = 0; k < in.size(); k++) {
      NumberRange a = in.get(k);
      NumberRange b = k + 1 < in.size() ? in.get(k + 1) : null;
      if (b != null && a.end() <= b.start() && AND_GAP.matcher(s.substring(a.end(), b.start())).matches() && oneSided(a) && oneSided(b)) {
        NumberRange lower = a.low() != null ? a : b;
        NumberRange upper = a.high() != null ? a : b;
        if (lower != upper && lower.low() != null && upper.high() != null && lower.low() < upper.high()) {
          out.add(new NumberRange(a.start(), b.end(), s.substring(a.start(), b.end()), lower.low(), lower.lowClosed(),
              upper.high(), upper.highClosed()));
          k++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static boolean oneSided(NumberRange r) {
    return (r.low() == null) != (r.high() == null);
  }
}
