package io.claimsift.clean;

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
 * <p>Immutable and thread-safe; its weights and thresholds are a {@link RegionParams.Preset}, one
 * per front end.
 */
final class BodyRegion {

  private static final int LIST_ITEM_MIN_WORDS = 3;
  private static final int DATA_LIST_HEADING_WORDS = 4;
  private static final int DATA_LIST_MIN_ITEMS = 3;
  private static final Pattern DATA_ITEM = Pattern.compile("\\d|:");
  private static final int SHOUT_MIN_CAPITALS = 8;
  private static final int TEASER_MIN_ITEMS = 3;
  private static final int TEASER_MAX_TITLE_LINES = 3;
  private static final int TEASER_TITLE_MIN_WORDS = 3;
  private static final int TEASER_TITLE_MAX_WORDS = 20;
  private static final int TEASER_SUMMARY_MAX_LETTERS = 300;
  private static final int HEADLINE_WORDS = 7;
  private static final java.util.Set<String> HEADLINE_SMALL_WORDS =
      java.util.Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "by",
          "with", "from", "as", "vs", "vs.", "de", "la", "le", "des", "du", "da", "do", "di");
  /** Up to this many words a block may be a headline alone, whatever its case style. */
  private static final int HEADLINE_ALONE_WORDS = 20;
  /** Function words that only title case capitalises inside a run of capitalised words. */
  private static final java.util.Set<String> TITLE_CASED_SMALL_WORDS =
      java.util.Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "by",
          "with", "from", "as", "is", "are", "was", "about", "after", "into", "over", "before",
          "than", "but", "not", "be", "can", "will", "up", "out", "off");
  /** A body scoring above this is an article, not a profile box: it is never reconsidered. */
  private static final int SELF_DESCRIPTION_MAX_BODY = 2500;
  private final RegionParams.Preset p;
  private final int proseLetters;

  /** The body region of one front end, scored by {@code preset}. */
  BodyRegion(RegionParams.Preset preset) {
    this.p = preset;
    this.proseLetters = preset.proseLetters();
  }

  /** Marks blocks outside the body region as removed; keeps earlier rule decisions. */
  void apply(Line[] lines) {
    int n = lines.length;
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      score[i] = score(lines[i]);
    }
    continuity(score, lines);
    longRuns(score);
    int comments = commentsStart(score, lines);
    int[] region = densest(score, comments);
    int end = comments;
    if (region[2] < p.minArticleScore()) {
      end = n;
      region = densest(score, n); // the "comment" heading came before any real article
    }
    region = besideSelfDescription(lines, score, region, end);
    int bestStart = region[0];
    int bestEnd = region[1];
    if (bestStart >= 0) {
      bestEnd = beforeTeaserRun(lines, score, bestStart, bestEnd);
      bestEnd = withIntroducedList(lines, bestEnd);
      // A short sentence right after the last paragraph ("Will the growth last?") closes it.
      while (bestEnd + 1 < n && lines[bestEnd + 1].kept() && isShortSentence(lines[bestEnd + 1])) {
        bestEnd++;
      }
      if (p.spreadOverMain()) {
        while (bestStart > 0 && lines[bestStart - 1].block.hint() > 0
            && lines[bestStart].block.hint() > 0) {
          bestStart--;
        }
        while (bestEnd + 1 < n && lines[bestEnd + 1].block.hint() > 0
            && lines[bestEnd].block.hint() > 0) {
          bestEnd++;
        }
      }
    }
    if (bestStart < 0) {
      return; // no prose at all: leave the rule decisions alone
    }
    for (int i = 0; i < n; i++) {
      Line line = lines[i];
      if (!line.kept()) {
        continue;
      }
      if (i < bestStart || i > bestEnd) {
        line.reason = RemovalReason.LAYOUT_RESIDUE;
      } else if (line.block.linkDensity() > maxLinkDensityInRegion(line.block)) {
        line.reason = RemovalReason.NAVIGATION;
      } else if (isShoutedHeadline(line.norm)) {
        line.reason = RemovalReason.RELATED_LINKS;
      }
    }
  }

  /**
   * A body that ends with "...dates:" goes on with the list it introduces: the items that follow,
   * up to the first removed block or the first item that looks like a link (a few words).
   */
  private int withIntroducedList(Line[] lines, int end) {
    int intro = lines[end].norm.endsWith(":") ? end : end + 1;
    while (intro < lines.length && !lines[intro].kept()) {
      intro++;
    }
    if (intro >= lines.length) {
      return end;
    }
    if (!lines[intro].norm.endsWith(":")) {
      return withHeadedDataList(lines, end, intro);
    }
    int last = intro;
    for (int j = intro + 1; j < lines.length && lines[j].kept(); j++) {
      if (lines[j].block.linkDensity() > p.maxProseLinkDensity()
          || LineText.wordCount(lines[j].norm) < LIST_ITEM_MIN_WORDS) {
        break;
      }
      last = j;
    }
    return last;
  }

  /**
   * A body that ends just before a short heading ("Qualified teams") followed by at least
   * {@value #DATA_LIST_MIN_ITEMS} items that each hold a figure or a colon ("England (Group A):
   * 10th appearance", "Palm Bay d. Rockledge 70-44") goes on with that list: results, standings
   * and schedules. Teaser headlines seldom all hold figures, so a related-links list stays out.
   */
  private int withHeadedDataList(Line[] lines, int end, int heading) {
    String head = lines[heading].norm;
    if (heading != end + 1 || LineText.wordCount(head) > DATA_LIST_HEADING_WORDS
        || SentenceEnd.WITH_CJK.ends(head)) {
      return end;
    }
    int last = heading;
    for (int j = heading + 1; j < lines.length && lines[j].kept(); j++) {
      if (lines[j].block.linkDensity() > p.maxProseLinkDensity()
          || LineText.wordCount(lines[j].norm) < LIST_ITEM_MIN_WORDS
          || !DATA_ITEM.matcher(lines[j].norm).find()) {
        break;
      }
      last = j;
    }
    return last - heading >= DATA_LIST_MIN_ITEMS ? last : end;
  }

  /**
   * A body of one paragraph that is the site's self-description ("Welcome to ...", "I am a ...",
   * "X is edited by ...": a sidebar's or profile box's about-me paragraph) gives way to the best
   * run without it, when there is one: on a short blog post that paragraph is often longer than
   * the post. A long body is never reconsidered, so an article quoting such words keeps them.
   */
  private int[] besideSelfDescription(Line[] lines, double[] score, int[] region, int end) {
    if (region[0] < 0 || region[2] > SELF_DESCRIPTION_MAX_BODY) {
      return region;
    }
    // The body must be one paragraph of prose, and that paragraph the self-description: a blog
    // post in the first person ("we are in love with the new floors") has several.
    int paragraphs = 0;
    boolean self = false;
    for (int i = region[0]; i <= region[1]; i++) {
      if (score[i] > 0) {
        paragraphs++;
        self = SelfDescription.matches(lines[i].lower);
      }
    }
    if (paragraphs != 1 || !self) {
      return region;
    }
    double[] without = score.clone();
    for (int i = 0; i < end; i++) {
      if (without[i] > 0 && SelfDescription.matches(lines[i].lower)) {
        without[i] = -(p.shortBase() + p.shortRate() * weightedLetters(lines[i].norm));
      }
    }
    int[] other = densest(without, end);
    return other[0] < 0 ? region : other;
  }

  /**
   * A body that ends with a run of at least {@value #TEASER_MIN_ITEMS} teasers ends before it: a
   * teaser is one to {@value #TEASER_MAX_TITLE_LINES} non-prose lines, one of them a kept title
   * (no sentence end), followed by one short paragraph, the summary ("More by author", then
   * headline, summary, headline, summary, ...). Related and more-by-author lists are made of
   * them, while an article's sections seldom are one short paragraph each, three times in a row
   * at its very end. The trim needs a prose paragraph before the run.
   */
  private int beforeTeaserRun(Line[] lines, double[] score, int start, int end) {
    int items = 0;
    int i = end;
    int runStart = -1;
    while (i > start && score[i] > 0 && isTeaserSummary(lines[i])) {
      int j = i - 1;
      boolean title = false;
      while (j > start && score[j] <= 0 && i - 1 - j < TEASER_MAX_TITLE_LINES) {
        title |= isTeaserTitle(lines[j]);
        j--;
      }
      if (!title || score[j] <= 0 && j > start) {
        break;
      }
      items++;
      runStart = j + 1;
      i = j;
    }
    if (items < TEASER_MIN_ITEMS) {
      return end;
    }
    int last = runStart - 1;
    while (last >= start && score[last] <= 0) {
      last--;
    }
    if (last < start || lines[last].norm.endsWith(":")) {
      return end; // "Here are some common use cases:" introduces the run: it is the article's
    }
    // An article ends with a run of paragraphs; a listing page's last paragraph before the run
    // is a teaser of its own, after its title.
    int before = last - 1;
    while (before >= start && !lines[before].kept()) {
      before--;
    }
    if (before < start || score[before] <= 0) {
      return end;
    }
    // The teasers are an appendix: a run longer than the body before it is the page's content
    // (a listing, a services page).
    if (proseLettersIn(lines, score, runStart, end) >= proseLettersIn(lines, score, start, last)) {
      return end;
    }
    for (int k = last; k >= start; k--) {
      if (score[k] > 0 && weightedLetters(lines[k].norm) >= proseLetters) {
        return last;
      }
    }
    return end;
  }

  private static int proseLettersIn(Line[] lines, double[] score, int from, int to) {
    int sum = 0;
    for (int k = from; k <= to; k++) {
      sum += score[k] > 0 ? weightedLetters(lines[k].norm) : 0;
    }
    return sum;
  }

  private boolean isTeaserSummary(Line line) {
    return weightedLetters(line.norm) <= TEASER_SUMMARY_MAX_LETTERS;
  }

  private static boolean isTeaserTitle(Line line) {
    return line.kept() && line.words >= TEASER_TITLE_MIN_WORDS && line.words <= TEASER_TITLE_MAX_WORDS
        && !SentenceEnd.WITH_CJK.ends(line.norm) && !line.norm.endsWith(":");
  }

  /** Makes long runs of costly blocks cost more, so that prose beyond them is not joined. */
  private void longRuns(double[] score) {
    int start = 0;
    for (int i = 0; i <= score.length; i++) {
      if (i < score.length && score[i] < 0) {
        continue;
      }
      if (i - start >= p.longRun()) {
        for (int j = start + p.longRun(); j < i; j++) {
          score[j] *= p.longRunFactor();
        }
      }
      start = i + 1;
    }
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
  private int commentsStart(double[] score, Line[] lines) {
    boolean prose = false;
    for (int i = 0; i < score.length; i++) {
      if (lines[i].heading && lines[i].reason == RemovalReason.COMMENT_FORM && prose
          && !inShareBar(lines, i)) {
        return i;
      }
      prose |= score[i] >= proseLetters;
    }
    return score.length;
  }

  /** A "Comments" link among share buttons is a tool, not the start of the comment section. */
  private static boolean inShareBar(Line[] lines, int i) {
    return i > 0 && lines[i - 1].reason == RemovalReason.SHARE_PROMPT
        || i + 1 < lines.length && lines[i + 1].reason == RemovalReason.SHARE_PROMPT;
  }

  /**
   * Prose that follows prose is worth more than prose after a short line: article paragraphs
   * come in runs, while teaser lists alternate a headline and a one-paragraph summary.
   */
  private void continuity(double[] score, Line[] lines) {
    int prev = -1;
    double prevScore = 0;
    for (int i = 0; i < score.length; i++) {
      if (!lines[i].kept()) {
        continue;
      }
      double own = score[i];
      if (own > 0 && prev >= 0) {
        score[i] = own * (prevScore > 0 ? p.continued() : p.afterShort());
      }
      prev = i;
      prevScore = own;
    }
  }

  /** A block's own score, before {@link #continuity} and {@link #longRuns}. */
  private double score(Line line) {
    LineClassifier.Block b = line.block;
    String text = line.norm;
    RemovalReason reason = line.reason;
    boolean heading = line.heading;
    if (heading && reason == RemovalReason.COMMENT_FORM) {
      return p.barrier();
    }
    if (heading && reason != null && reason != RemovalReason.AUTHOR_BIO) {
      return p.softBarrier();
    }
    int letters = weightedLetters(text);
    if (reason != null) {
      return -p.shortBase() - p.shortRate() * letters;
    }
    double hint = b.hint() * p.hintWeight();
    if (b.linkDensity() > p.maxProseLinkDensity()) {
      return -letters * (p.linkCostBase() + b.linkDensity());
    }
    // A long paragraph ending with a colon introduces a quote or a list: it is prose too.
    boolean terminal = SentenceEnd.WITH_CJK.ends(text)
        || text.endsWith(":") && letters >= proseLetters;
    if (startsWithHeadline(text)) {
      // "Customers Leave Without Paying Bill At Steakhouse A party of six left..." is a teaser:
      // a title-case headline run into its summary.
      return -(p.shortBase() + p.shortRate() * letters) * (1 - hint);
    }
    if (terminal && letters >= proseLetters) {
      return letters * (1 + hint);
    }
    if (terminal && letters >= p.mediumMinLetters()) {
      return letters * (p.mediumRate() + hint);
    }
    return -(p.shortBase() + p.shortRate() * letters) * (1 - hint);
  }

  /**
   * Inside the main container, linked text is tolerated up to a higher share: article lists of
   * linked items ("10 things in tech") are body, while a link-heavy block elsewhere is a menu.
   */
  private double maxLinkDensityInRegion(LineClassifier.Block b) {
    return b.hint() > 0 ? p.maxLinkDensityInMain() : p.maxProseLinkDensity();
  }

  private boolean isShortSentence(Line line) {
    String text = line.norm;
    return line.block.linkDensity() <= p.maxProseLinkDensity()
        && SentenceEnd.WITH_CJK.ends(text)
        && LineText.wordCount(text) >= 3
        && weightedLetters(text) < proseLetters
        && !isShoutedHeadline(text);
  }

  /**
   * Whether the text opens with a run of at least {@value #HEADLINE_WORDS} capitalised words
   * (short function words in lower case allowed inside), the shape of a headline. In a long
   * block (a headline run into its summary) the run must also hold a capitalised function word
   * after its first word ("Linked To", "Bill At"): title case does that, while a paragraph that
   * opens with names ("Dr. Jane Roe of the Department of Health and Human Services says") keeps
   * them in lower case.
   */
  static boolean startsWithHeadline(String text) {
    int capitalised = 0;
    boolean titleCased = false;
    // The tokens of text.split(" ", 16), cut one at a time: most paragraphs stop at their first
    // or second word, and split would copy them whole.
    int from = 0;
    for (int piece = 1; from <= text.length(); piece++) {
      int space = piece < 16 ? text.indexOf(' ', from) : -1;
      int to = space < 0 ? text.length() : space;
      String token = text.substring(from, to);
      from = to + 1;
      if (token.isEmpty()) {
        continue;
      }
      int cp = token.codePointAt(0);
      if (Character.isUpperCase(cp) || Character.isDigit(cp) || cp == '$') {
        titleCased |= capitalised > 0
            && TITLE_CASED_SMALL_WORDS.contains(token.toLowerCase(java.util.Locale.ROOT));
        capitalised++;
      } else if (!HEADLINE_SMALL_WORDS.contains(token)) {
        break;
      }
      // A short block needs no capitalised small word; its word count is only needed here.
      if (capitalised >= HEADLINE_WORDS
          && (titleCased || LineText.wordCount(text) <= HEADLINE_ALONE_WORDS)) {
        return true;
      }
    }
    return false;
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
        && LineText.wordCount(text) >= 3 && LineText.wordCount(text) <= 25;
  }

  /**
   * Letters weighted by how much text they carry: a Chinese or Japanese character or a Korean
   * syllable holds about as much as two Latin letters, so CJK paragraphs are not mistaken for
   * short lines.
   */
  static int weightedLetters(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        // ASCII, the bulk of the text: its letters and digits without a table look-up.
        count += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' ? 1 : 0;
      } else if (Character.isLetterOrDigit(c)) {
        count += isDenseScript(c) ? 2 : 1;
      }
    }
    return count;
  }

  private static boolean isDenseScript(char c) {
    return c >= '\u3040' && c <= '\u30FF' // Hiragana, Katakana
        || c >= '\u3400' && c <= '\u9FFF' // CJK ideographs
        || c >= '\uAC00' && c <= '\uD7AF'; // Hangul syllables
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
