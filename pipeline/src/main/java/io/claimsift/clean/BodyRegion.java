package io.claimsift.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the article body as the densest run of prose blocks and removes what lies outside it.
 *
 * <p>Each block gets a score: long, sentence-like, link-poor blocks earn their letter count;
 * short, unpunctuated or link-heavy blocks (menus, teasers, tags) cost; section headings that
 * open a comment or related-links section are barriers. The body region is the contiguous run
 * of blocks with the highest total (maximum-sum subarray), so a few menu lines between
 * paragraphs do not split the body while a long menu or a teaser list does.
 *
 * <p>Stateless and thread-safe.
 */
final class BodyRegion {

  private static final Pattern TERMINAL =
      Pattern.compile("[.!?…。！？][\\\"')\\]’”»]*$");
  /** Letters a block needs to count as prose on its own. */
  private static final int PROSE_LETTERS = Integer.getInteger("p.prose", 100);
  private static final double MAX_PROSE_LINK_DENSITY = 0.33;
  private static final double BARRIER = -Integer.getInteger("p.barrier", 400);
  private static final double SOFT_BARRIER = -Integer.getInteger("p.soft", 150);
  private static final double CONTINUED = Double.parseDouble(System.getProperty("p.cont", "1.5"));
  private static final double AFTER_SHORT = Double.parseDouble(System.getProperty("p.after", "0.7"));

  private static final double SHORT_BASE = Double.parseDouble(System.getProperty("p.sbase", "10"));
  private static final double SHORT_RATE = Double.parseDouble(System.getProperty("p.srate", "0.25"));
  private static final double MEDIUM = Double.parseDouble(System.getProperty("p.medium", "0.2"));

  /** Region score (about letters of prose) below which a region before comments is no article. */
  private static final int MIN_ARTICLE_SCORE = Integer.getInteger("p.minart", 150);

  private static final int LIST_ITEM_MIN_WORDS = Integer.getInteger("p.listw", 3);

  private static final int SHOUT_MIN_CAPITALS = 8;

  private BodyRegion() {}

  /** Marks blocks outside the body region as removed; keeps earlier rule decisions. */
  static void apply(
      List<LineClassifier.Block> blocks, String[] norm, RemovalReason[] reason, boolean[] heading) {
    int n = blocks.size();
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      score[i] = score(blocks.get(i), norm[i], reason[i], heading[i]);
    }
    continuity(score, reason);
    int comments = commentsStart(score, reason, heading);
    int[] region = densest(score, comments);
    if (region[2] < MIN_ARTICLE_SCORE) {
      region = densest(score, n); // the "comment" heading came before any real article
    }
    int bestStart = region[0];
    int bestEnd = region[1];
    if (bestStart >= 0) {
      bestEnd = withIntroducedList(blocks, norm, reason, bestEnd);
    }
    if (Boolean.getBoolean("p.debug")) {
      for (int i = 0; i < n; i++) {
        System.out.printf("%s %7.1f %s %s%n", i >= bestStart && i <= bestEnd ? "R" : ".", score[i],
            reason[i], norm[i].substring(0, Math.min(90, norm[i].length())));
      }
    }
    if (bestStart < 0) {
      return; // no prose at all: leave the rule decisions alone
    }
    for (int i = 0; i < n; i++) {
      if (reason[i] != null) {
        continue;
      }
      if (i < bestStart || i > bestEnd) {
        reason[i] = RemovalReason.LAYOUT_RESIDUE;
      } else if (blocks.get(i).linkDensity() > MAX_PROSE_LINK_DENSITY) {
        reason[i] = RemovalReason.NAVIGATION;
      } else if (isShoutedHeadline(norm[i])) {
        reason[i] = RemovalReason.RELATED_LINKS;
      }
    }
  }

  /**
   * A body that ends with "...dates:" goes on with the list it introduces: the items that follow,
   * up to the first removed block or the first item that looks like a link (a few words).
   */
  private static int withIntroducedList(
      List<LineClassifier.Block> blocks, String[] norm, RemovalReason[] reason, int end) {
    int intro = end + 1;
    while (intro < norm.length && reason[intro] != null) {
      intro++;
    }
    if (intro >= norm.length || !norm[intro].endsWith(":")) {
      return end;
    }
    int last = intro;
    for (int j = intro + 1; j < norm.length && reason[j] == null; j++) {
      if (blocks.get(j).linkDensity() > MAX_PROSE_LINK_DENSITY
          || LineClassifier.wordCount(norm[j]) < LIST_ITEM_MIN_WORDS) {
        break;
      }
      last = j;
    }
    return last;
  }

  /** The maximum-sum run of {@code score[0..end)}: {start, end inclusive, sum}; start -1 if none. */
  private static int[] densest(double[] score, int end) {
    int bestStart = -1;
    int bestEnd = -1;
    double best = 0;
    double run = 0;
    int runStart = 0;
    for (int i = 0; i < end; i++) {
      if (run <= 0) {
        run = 0;
        runStart = i;
      }
      run += score[i];
      if (run > best) {
        best = run;
        bestStart = runStart;
        bestEnd = i;
      }
    }
    return new int[] {bestStart, bestEnd, (int) Math.min(best, Integer.MAX_VALUE)};
  }

  /**
   * Where the comment section starts: the first comment heading preceded by some prose, or the
   * end. Readers' comments are often longer than the article, so they must not compete with it.
   */
  private static int commentsStart(double[] score, RemovalReason[] reason, boolean[] heading) {
    boolean prose = false;
    for (int i = 0; i < score.length; i++) {
      if (heading[i] && reason[i] == RemovalReason.COMMENT_FORM && prose) {
        return i;
      }
      prose |= score[i] >= PROSE_LETTERS;
    }
    return score.length;
  }

  /**
   * Prose that follows prose is worth more than prose after a short line: article paragraphs
   * come in runs, while teaser lists alternate a headline and a one-paragraph summary.
   */
  private static void continuity(double[] score, RemovalReason[] reason) {
    int prev = -1;
    double prevScore = 0;
    for (int i = 0; i < score.length; i++) {
      if (reason[i] != null) {
        continue;
      }
      double own = score[i];
      if (own > 0 && prev >= 0) {
        score[i] = own * (prevScore > 0 ? CONTINUED : AFTER_SHORT);
      }
      prev = i;
      prevScore = own;
    }
  }

  static double score(LineClassifier.Block b, String text, RemovalReason reason, boolean heading) {
    if (heading && reason == RemovalReason.COMMENT_FORM) {
      return BARRIER;
    }
    if (heading && reason != null && reason != RemovalReason.AUTHOR_BIO) {
      return SOFT_BARRIER;
    }
    int letters = letters(text);
    if (reason != null) {
      return -SHORT_BASE - SHORT_RATE * letters;
    }
    double hint = b.hint() * 0.5;
    if (b.linkDensity() > MAX_PROSE_LINK_DENSITY) {
      return -letters * (0.5 + b.linkDensity());
    }
    boolean terminal = TERMINAL.matcher(text).find();
    if (terminal && letters >= PROSE_LETTERS) {
      return letters * (1 + hint);
    }
    if (terminal && letters >= 30) {
      return letters * (MEDIUM + hint);
    }
    return -(SHORT_BASE + SHORT_RATE * letters) * (1 - hint);
  }

  /**
   * A line in capitals that is not a question: in news pages these are promotions and teaser
   * headlines ("CLICK HERE TO ...", "A LONG HISTORY OF ..."), while real subheadings are usually
   * in sentence or title case.
   */
  static boolean isShoutedHeadline(String text) {
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= SHOUT_MIN_CAPITALS && !text.endsWith("?")
        && LineClassifier.wordCount(text) >= 3 && LineClassifier.wordCount(text) <= 25;
  }

  static int letters(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }
}
