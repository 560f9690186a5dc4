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
  private static final int PROSE_LETTERS = 100;
  private static final double MAX_PROSE_LINK_DENSITY = 0.33;
  private static final double BARRIER = -400;
  private static final double CONTINUED = 1.5;
  private static final double AFTER_SHORT = 0.7;

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
    int end = commentsStart(score, reason, heading);
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
      }
    }
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
    if (heading && reason != null && reason != RemovalReason.AUTHOR_BIO) {
      return BARRIER;
    }
    int letters = letters(text);
    if (reason != null) {
      return -10 - 0.25 * letters;
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
      return letters * (0.2 + hint);
    }
    return -(10 + 0.25 * letters) * (1 - hint);
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
