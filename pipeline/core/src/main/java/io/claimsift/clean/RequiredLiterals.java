package io.claimsift.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cheap, exact prefilter for a case-insensitive line rule: the literal character runs that any
 * match of the rule's regex must contain (one per top-level alternative). A line folded with
 * {@link #fold} that contains none of them cannot match, so the regex need not run.
 *
 * <p>Why: the ~70 line rules were each searched through every line; most body lines match none,
 * and Java's regex engine tries every start position of every rule. A substring test on a line
 * folded once is far cheaper and never changes a result (literals are extracted conservatively:
 * a rule with any alternative lacking a sure literal of 3+ characters gets no prefilter).
 *
 * <p>Immutable and thread-safe.
 */
final class RequiredLiterals {

  private static final int MIN_LITERAL = 3;

  /** Literals, folded; null when the rule cannot be prefiltered (always run the regex). */
  private final String[] literals;

  private RequiredLiterals(String[] literals) {
    this.literals = literals;
  }

  /** The prefilter for {@code pattern}; a pass-through one unless it is safely analysable. */
  static RequiredLiterals of(Pattern pattern) {
    int flags = pattern.flags();
    // Only the case-insensitive Unicode-case rules built by CleaningRules.compile are analysed:
    // their literal slices compare characters folded exactly as fold() does.
    if (flags != (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) {
      return new RequiredLiterals(null);
    }
    List<String> lits = anyOf(pattern.pattern(), 0);
    if (lits == null) {
      return new RequiredLiterals(null);
    }
    String[] folded = new String[lits.size()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = fold(lits.get(i));
    }
    return new RequiredLiterals(folded);
  }

  /**
   * Literals of which every match of {@code re} contains at least one, or null: for each
   * top-level alternative, its longest sure run, or the literals of one of its mandatory groups
   * (whichever has the longest shortest literal).
   */
  private static List<String> anyOf(String re, int nesting) {
    List<String> branches = topLevelBranches(re);
    if (branches == null || nesting > 4) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String branch : branches) {
      List<String> best = null;
      String run = longestSureRun(branch);
      if (run != null && run.length() >= MIN_LITERAL) {
        best = List.of(run);
      }
      for (String group : mandatoryGroups(branch)) {
        List<String> inner = anyOf(group, nesting + 1);
        if (inner != null && (best == null || shortest(inner) > shortest(best))) {
          best = inner;
        }
      }
      if (best == null) {
        return null;
      }
      out.addAll(best);
    }
    return out;
  }

  private static int shortest(List<String> lits) {
    int min = Integer.MAX_VALUE;
    for (String l : lits) {
      min = Math.min(min, l.length());
    }
    return min;
  }

  /**
   * Bodies of the capturing or {@code (?:} groups at the top level of {@code branch} that are not
   * optional (not followed by '?', '*' or a '{' quantifier).
   */
  private static List<String> mandatoryGroups(String branch) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < branch.length()) {
      char c = branch.charAt(i);
      if (c == '\\') {
        i = skipEscape(branch, i);
      } else if (c == '[') {
        int close = skipClass(branch, i);
        if (close < 0) {
          return List.of();
        }
        i = close + 1;
      } else if (c == '(') {
        int end = skipGroup(branch, i);
        if (end < 0) {
          return List.of();
        }
        char next = end < branch.length() ? branch.charAt(end) : 0;
        boolean optional = next == '?' || next == '*' || next == '{';
        String body = branch.substring(i + 1, end - 1);
        if (!optional && body.startsWith("?:")) {
          out.add(body.substring(2));
        } else if (!optional && !body.startsWith("?")) {
          out.add(body);
        }
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** False only when {@code foldedLine} (see {@link #fold}) cannot match the rule. */
  boolean mayMatch(String foldedLine) {
    if (literals == null) {
      return true;
    }
    for (String lit : literals) {
      if (foldedLine.contains(lit)) {
        return true;
      }
    }
    return false;
  }

  /** One index over the prefilters of a list of rules (see {@link Index}). */
  static Index index(RequiredLiterals[] prefilters) {
    return new Index(prefilters);
  }

  /**
   * The literals of a list of rules in one table keyed by their first three characters, so that
   * a single scan of a line tells every rule's {@link #mayMatch} answer at once.
   *
   * <p>Why: testing each rule's literals with {@code contains} scans the line once per literal
   * (some 260 literals over 77 rules); here each line position costs one table look-up, and the
   * answers are the same (every literal has at least {@link #MIN_LITERAL} characters, so each
   * occurrence starts at a position whose three characters select its bucket). Immutable and
   * thread-safe.
   */
  static final class Index {
    private static final int BUCKETS = 1 << 12;

    /** Rules whose prefilter always passes (no literal known). */
    private final boolean[] unfiltered;
    /** Per bucket: the literals starting with characters hashing to it, and their rules. */
    private final String[][] bucketLiterals = new String[BUCKETS][];
    private final int[][] bucketRules = new int[BUCKETS][];

    private Index(RequiredLiterals[] prefilters) {
      unfiltered = new boolean[prefilters.length];
      for (int r = 0; r < prefilters.length; r++) {
        String[] lits = prefilters[r].literals;
        if (lits == null) {
          unfiltered[r] = true;
          continue;
        }
        for (String lit : lits) {
          int b = bucket(lit, 0);
          String[] old = bucketLiterals[b];
          int size = old == null ? 0 : old.length;
          String[] grownLits = new String[size + 1];
          int[] grownRules = new int[size + 1];
          if (old != null) {
            System.arraycopy(old, 0, grownLits, 0, size);
            System.arraycopy(bucketRules[b], 0, grownRules, 0, size);
          }
          grownLits[size] = lit;
          grownRules[size] = r;
          bucketLiterals[b] = grownLits;
          bucketRules[b] = grownRules;
        }
      }
    }

    private static int bucket(String s, int i) {
      return (s.charAt(i) * 961 + s.charAt(i + 1) * 31 + s.charAt(i + 2)) & (BUCKETS - 1);
    }

    /** The scan of one line, computed on its first question. */
    Scan scan(String line) {
      return new Scan(line);
    }

    /** For each rule, whether the folded {@code line} holds one of its literals (or it has none). */
    boolean[] mayMatch(String line) {
      char[] folded = foldChars(line);
      boolean[] may = unfiltered.clone();
      for (int i = 0; i + MIN_LITERAL <= folded.length; i++) {
        int b = (folded[i] * 961 + folded[i + 1] * 31 + folded[i + 2]) & (BUCKETS - 1);
        String[] lits = bucketLiterals[b];
        if (lits == null) {
          continue;
        }
        int[] rules = bucketRules[b];
        for (int k = 0; k < lits.length; k++) {
          if (!may[rules[k]] && startsWith(folded, i, lits[k])) {
            may[rules[k]] = true;
          }
        }
      }
      return may;
    }

    private static boolean startsWith(char[] text, int from, String literal) {
      if (from + literal.length() > text.length) {
        return false;
      }
      for (int j = 0; j < literal.length(); j++) {
        if (text[from + j] != literal.charAt(j)) {
          return false;
        }
      }
      return true;
    }

    /**
     * One line's answers, folded and scanned lazily: lines that no rule applies to (too many
     * words, or sentences that sentence-skipping rules ignore) cost nothing. Not thread-safe;
     * lives in one classification call.
     */
    final class Scan {
      private final String line;
      private boolean[] may;

      private Scan(String line) {
        this.line = line;
      }

      /** Same answer as rule {@code r}'s {@link RequiredLiterals#mayMatch} on the folded line. */
      boolean mayMatch(int r) {
        if (may == null) {
          may = Index.this.mayMatch(line);
        }
        return may[r];
      }
    }
  }

  /** Per-character Unicode case fold, the one Java's case-insensitive literal slices use. */
  static String fold(String s) {
    return new String(foldChars(s));
  }

  private static char[] foldChars(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        // ASCII folds to its lower case: the same result as the general case, without two
        // Unicode table look-ups for the bulk of the text.
        out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else {
        out[i] = Character.isSurrogate(c) ? c : Character.toLowerCase(Character.toUpperCase(c));
      }
    }
    return out;
  }

  /** The pattern split at top-level '|', or null when its syntax is beyond this analysis. */
  private static List<String> topLevelBranches(String re) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        if (i + 1 < re.length() && (re.charAt(i + 1) == 'Q' || re.charAt(i + 1) == 'E')) {
          return null;
        }
        i++;
      } else if (c == '[') {
        i = skipClass(re, i);
        if (i < 0) {
          return null;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(re.substring(start, i));
        start = i + 1;
      }
    }
    out.add(re.substring(start));
    return depth == 0 ? out : null;
  }

  /** Index of the ']' closing the class opened at {@code open}, or -1. */
  private static int skipClass(String re, int open) {
    int depth = 0;
    for (int i = open; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && i > open + 1) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The longest run of plain letters, digits and spaces that every match of {@code branch} (a
   * regex without top-level '|') must contain, or null. Groups, classes, escapes and any quantified
   * character break runs; a character followed by a quantifier is not part of the run.
   */
  private static String longestSureRun(String branch) {
    String best = null;
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < branch.length()) {
      char c = branch.charAt(i);
      if (Character.isLetterOrDigit(c) || c == ' ') {
        char next = i + 1 < branch.length() ? branch.charAt(i + 1) : 0;
        if (next == '?' || next == '*' || next == '+' || next == '{') {
          best = longer(best, run);
          run.setLength(0);
        } else {
          run.append(c);
        }
        i++;
        continue;
      }
      best = longer(best, run);
      run.setLength(0);
      if (c == '\\') {
        i = skipEscape(branch, i);
      } else if (c == '[') {
        i = skipClass(branch, i) + 1;
        if (i <= 0) {
          return null;
        }
      } else if (c == '(') {
        i = skipGroup(branch, i);
        if (i < 0) {
          return null;
        }
      } else if (c == '{') {
        int close = branch.indexOf('}', i);
        if (close < 0) {
          return null;
        }
        i = close + 1;
      } else {
        i++; // ^ $ . ? * + and other punctuation: not part of a sure literal run
      }
    }
    return longer(best, run);
  }

  private static String longer(String best, StringBuilder run) {
    String r = run.toString();
    return best == null || r.length() > best.length() ? r : best;
  }

  /** Index just past the escape sequence starting at {@code i}. */
  private static int skipEscape(String re, int i) {
    if (i + 1 >= re.length()) {
      return re.length();
    }
    char e = re.charAt(i + 1);
    if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && i + 2 < re.length()
        && re.charAt(i + 2) == '{') {
      int close = re.indexOf('}', i);
      return close < 0 ? re.length() : close + 1;
    }
    if (e == 'p' || e == 'P') {
      return Math.min(re.length(), i + 3);
    }
    if (e == 'u') {
      return Math.min(re.length(), i + 6);
    }
    if (e == 'x') {
      return Math.min(re.length(), i + 4);
    }
    return i + 2;
  }

  /** Index just past the group opened at {@code open}, or -1. */
  private static int skipGroup(String re, int open) {
    int depth = 0;
    for (int i = open; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = skipClass(re, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    return -1;
  }
}
