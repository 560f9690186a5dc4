package io.claimsift.clean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared paragraph/line classifier behind {@link TextCleaner} and {@link HtmlCleaner}.
 *
 * <p>It works on a list of non-blank {@link Block}s (lines of a text dump, or block-level
 * paragraphs of an HTML page) and decides, for each, a {@link RemovalReason} or null (kept). It
 * runs a context-free pass per line, then document-level passes: body/zone detection, tail author
 * bios, title and header bylines, section headings (related lists, comment forms) and duplicates.
 * Each pass is one small method over the page's {@link Line}s, which hold the per-line facts
 * (computed once) and the verdicts; {@link #classify} lists the passes in order.
 *
 * <p>Immutable and thread-safe: all per-document state lives in the {@link Line}s and {@link
 * #classify}'s locals.
 */
final class LineClassifier {

  /**
   * One non-blank input unit; {@code text} is trimmed, offsets point into the raw document.
   * {@code linkDensity} is the share of the text inside links (0 for text input) and {@code
   * hint} the markup's opinion: positive inside an article-like container, negative inside a
   * boilerplate-like one, 0 for text input.
   */
  record Block(String text, int start, int end, Integer line, double linkDensity, int hint) {
    Block(String text, int start, int end, Integer line) {
      this(text, start, end, line, 0, 0);
    }
  }

  /** Classification outcome; {@code reasons[i]} is null when block i is kept. */
  record Result(
      RemovalReason[] reasons,
      String title,
      List<String> authors,
      Instant publishedAt,
      Instant updatedAt) {}

  private static final Pattern WS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
  private static final Pattern HAS_ALNUM = Pattern.compile("[\\p{L}\\p{N}]");
  /** The most words a name line after a lone "By" has ("Charlie Schmitz, HNN Intern"). */
  private static final int LONE_BY_NAME_WORDS = 6;
  private static final Pattern DATELINE_PREFIX =
      CleaningRules.compile(
          "^(?:(?:last\\s+)?(?:updated|modified|edited|reviewed)|(?:first |originally )?published"
              + "|posted|dated?|created|released)(?:\\s+(?:on|at))?\\s*:?");
  private static final Pattern BREADCRUMB_SEP =
      Pattern.compile("\\s+[/|>]\\s+|\\s*[›»]\\s*|\\s+>>\\s+");
  private static final Pattern HOME = CleaningRules.compile("^(home|homepage|start|main)$");
  private static final Pattern ABOUT_AUTHOR =
      CleaningRules.compile("^about (the )?(author|writer|reporter|contributor)s?\\W*$");
  private static final Pattern ABOUT_AUTHOR_INLINE =
      CleaningRules.compile("^about (the )?(author|writer|reporter|contributor)s?\\s*:\\s*\\S");
  private static final Pattern NON_WORD = Pattern.compile("\\W+");
  private static final Pattern BRAND_OR_URL =
      Pattern.compile("\\p{Ll}+\\p{Lu}.*|(?i)(?:www\\.|https?:).*");
  /** Tool words that, alone on a line, are as likely body text as a share button. */
  private static final Set<String> AMBIGUOUS_SOCIAL_WORDS =
      Set.of("x", "line", "medium", "mix", "copy", "link", "mail", "pocket", "threads",
          "sms", "via", "on", "news", "google", "apple", "hacker", "url", "signal");
  // Compiled once: String.replaceAll would compile it again for every token of every line.
  private static final Pattern MENU_TOKEN_EDGES =
      Pattern.compile("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}&]+$");
  private static final Pattern MENU_SPLIT = Pattern.compile("[\\s|/·•,›»>\\-–—]+");

  /** Repeated lines count as a repeated section when this many lie within the window. */
  private static final int REPEAT_GROUP = 3;
  private static final int REPEAT_WINDOW = 3;
  /** Paragraphs at least this long are looked for inside longer blocks (copies of the body). */
  private static final int COPIED_PARAGRAPH_CHARS = 80;
  /** A block this long that holds two other paragraphs is a copy of the body. */
  private static final int CONCATENATED_COPY_CHARS = 400;

  private final CleaningRules rules;
  private final BodyRegion region;
  private final Bylines bylines;

  /** One prefilter per line rule, in list order (see {@link RequiredLiterals}). */
  private final RequiredLiterals[] prefilters;
  /** All prefilters in one table: one scan of a line answers them all. */
  private final RequiredLiterals.Index literalIndex;

  /**
   * Whether {@link CommentHeaders} runs: on the text front ends only. In HTML the comment section
   * is marked up (its class names, its form) and removed before the lines are judged; a text
   * dump has nothing but the shape of its lines.
   */
  private final boolean commentHeaders;

  /** A classifier for the HTML front end's paragraphs. */
  LineClassifier(CleaningRules rules, BodyRegion region) {
    this(rules, region, false);
  }

  /** A classifier, for a text front end when {@code textFrontEnd}. */
  LineClassifier(CleaningRules rules, BodyRegion region, boolean textFrontEnd) {
    this.commentHeaders = textFrontEnd;
    this.rules = rules;
    this.region = region;
    this.bylines = new Bylines(rules);
    List<CleaningRules.LineRule> lineRules = rules.lineRules();
    this.prefilters = new RequiredLiterals[lineRules.size()];
    for (int r = 0; r < prefilters.length; r++) {
      prefilters[r] = RequiredLiterals.of(lineRules.get(r).pattern());
    }
    this.literalIndex = RequiredLiterals.index(prefilters);
  }

  /**
   * Classifies {@code blocks}: the context-free rules line by line, then the document-level
   * passes in a fixed order, each reading the verdicts of the passes before it.
   *
   * @param knownTitle a title already known from metadata (HTML), or null to detect one
   */
  Result classify(List<Block> blocks, String knownTitle) {
    return finish(prepare(blocks, knownTitle), region);
  }

  /** {@link #classify} of prepared lines, under this classifier's body region. */
  Result classify(Prepared prepared) {
    return finish(prepared, region);
  }

  /**
   * {@link #classify}, taking the per-line facts and the verdicts of the context-free rules (pass
   * 1) from {@code same} when it holds the same texts in the same order and comes from a
   * classifier of the same rules: they read nothing but a line's text and the rules (not its
   * link density, hint or the classifier's front end), so they are what this classifier would
   * find. The HTML front end asks the text front end's classifier to vote on the same
   * paragraphs, and the line rules were half of that second classification.
   */
  Result classify(List<Block> blocks, String knownTitle, Prepared same) {
    return finish(prepare(blocks, knownTitle, same), region);
  }

  /**
   * A page's lines after every pass but the body region and what follows it, with the verdicts
   * at that point: {@link #finish} may run on it again under other region parameters (training).
   */
  static final class Prepared {
    private final Line[] lines;
    private final RemovalReason[] before;
    private final Set<String> authors;
    private final Instant[] dates;
    private final String title;
    /** The rules the lines were judged by, and their state after pass 1 (see {@link #classify}). */
    private final CleaningRules rules;
    private final FirstPass firstPass;

    private Prepared(Line[] lines, Set<String> authors, Instant[] dates, String title,
        CleaningRules rules, FirstPass firstPass) {
      this.rules = rules;
      this.firstPass = firstPass;
      this.lines = lines;
      this.before = new RemovalReason[lines.length];
      for (int i = 0; i < lines.length; i++) {
        before[i] = lines[i].reason;
      }
      this.authors = authors;
      this.dates = dates;
      this.title = title;
    }
  }

  /** Every pass before the body region, in a fixed order, each reading the verdicts before it. */
  Prepared prepare(List<Block> blocks, String knownTitle) {
    return prepare(blocks, knownTitle, null);
  }

  /**
   * The lines' verdicts, headings, authors and dates after pass 1 ({@link #applyLineRules}),
   * which reads only the lines' texts and the rules.
   */
  private record FirstPass(
      RemovalReason[] reasons, boolean[] headings, List<String> authors, Instant[] dates) {

    static FirstPass of(Line[] lines, Set<String> authors, Instant[] dates) {
      RemovalReason[] reasons = new RemovalReason[lines.length];
      boolean[] headings = new boolean[lines.length];
      for (int i = 0; i < lines.length; i++) {
        reasons[i] = lines[i].reason;
        headings[i] = lines[i].heading;
      }
      return new FirstPass(reasons, headings, new ArrayList<>(authors), dates.clone());
    }
  }

  /** Whether {@code same}'s lines are {@code blocks}' texts, judged by these rules. */
  private boolean sameTexts(List<Block> blocks, Prepared same) {
    if (same == null || same.rules != rules || same.lines.length != blocks.size()) {
      return false;
    }
    for (int i = 0; i < same.lines.length; i++) {
      if (!same.lines[i].block.text().equals(blocks.get(i).text())) {
        return false;
      }
    }
    return true;
  }

  /** {@link #prepare}, with pass 1 taken from {@code same} when it may be (see {@link #classify}). */
  private Prepared prepare(List<Block> blocks, String knownTitle, Prepared same) {
    Line[] lines = new Line[blocks.size()];
    Set<String> authors;
    Instant[] dates; // published, updated
    if (sameTexts(blocks, same)) {
      FirstPass first = same.firstPass;
      for (int i = 0; i < lines.length; i++) {
        lines[i] = new Line(blocks.get(i), same.lines[i]);
        lines[i].reason = first.reasons()[i];
        lines[i].heading = first.headings()[i];
      }
      authors = new LinkedHashSet<>(first.authors());
      dates = first.dates().clone();
    } else if (same != null && same.rules == rules) {
      authors = new LinkedHashSet<>();
      dates = new Instant[2];
      applyLineRules(lines, blocks, same, authors, dates);
    } else {
      for (int i = 0; i < lines.length; i++) {
        lines[i] = new Line(blocks.get(i));
      }
      authors = new LinkedHashSet<>();
      dates = new Instant[2];
      applyLineRules(lines, authors, dates);
    }
    FirstPass firstPass = FirstPass.of(lines, authors, dates);
    Footnotes.mark(lines);
    if (commentHeaders) {
      CommentHeaders.mark(lines);
    }
    markLoneBylines(lines, authors);
    markAboutAuthorSections(lines, authors);
    if (knownTitle != null) {
      markKnownTitle(lines, knownTitle);
    }
    BodyZone body = bodyZone(lines);
    String title = knownTitle != null ? knownTitle : markDetectedTitle(lines, body.first());
    markHeaderBylines(lines, body.first(), authors);
    markMenuLines(lines, body);
    markTailBios(lines, body.last(), authors);
    markSections(lines, body.last());
    markRepeats(lines);
    markConcatenatedCopies(lines);
    return new Prepared(lines, authors, dates, title, rules, firstPass);
  }

  /** The body region of {@code region} on prepared lines, then the passes after it. */
  static Result finish(Prepared prepared, BodyRegion region) {
    Line[] lines = prepared.lines;
    for (int i = 0; i < lines.length; i++) {
      lines[i].reason = prepared.before[i];
    }
    region.apply(lines);
    keepRepeatsInsideBody(lines);
    RemovalReason[] reasons = new RemovalReason[lines.length];
    for (int i = 0; i < lines.length; i++) {
      reasons[i] = lines[i].reason;
    }
    return new Result(reasons, prepared.title, new ArrayList<>(prepared.authors),
        prepared.dates[0], prepared.dates[1]);
  }

  /**
   * The body zone: from the first to the last kept body paragraph (see {@link #isBody}). Lines
   * before it are the header, lines after it the tail; {@code first} is the line count and
   * {@code last} the last index when the page has no body at all.
   */
  private record BodyZone(int first, int last) {
    boolean outside(int i) {
      return i < first || i > last;
    }
  }

  /** Pass 1: the context-free rules, line by line; bylines and datelines also give dates. */
  private void applyLineRules(Line[] lines, Set<String> authors, Instant[] dates) {
    for (Line line : lines) {
      firstPass(line, authors);
      RemovalReason r = line.reason;
      if (r == RemovalReason.DATELINE
          || r == RemovalReason.READING_TIME
          || r == RemovalReason.BYLINE) {
        collectDates(line.norm, dates);
      }
    }
  }

  /**
   * {@link #applyLineRules} on {@code blocks}, each line whose text is one of {@code same}'s
   * taking that line's facts and pass-1 verdict instead of reading the rules again (the rendered
   * page repeats the HTML body's paragraphs, and pass 1 reads only the text). The authors and
   * dates of such a line are read again in document order, as pass 1 would add them: a byline
   * verdict adds the names its explicit byline gives (none when a line rule gave it).
   */
  private void applyLineRules(Line[] lines, List<Block> blocks, Prepared same,
      Set<String> authors, Instant[] dates) {
    Map<String, Integer> known = new HashMap<>();
    for (int j = same.lines.length - 1; j >= 0; j--) {
      known.put(same.lines[j].block.text(), j);
    }
    for (int i = 0; i < lines.length; i++) {
      Integer j = known.get(blocks.get(i).text());
      if (j == null) {
        lines[i] = new Line(blocks.get(i));
        firstPass(lines[i], authors);
      } else {
        lines[i] = new Line(blocks.get(i), same.lines[j]);
        lines[i].reason = same.firstPass.reasons()[j];
        lines[i].heading = same.firstPass.headings()[j];
        if (lines[i].reason == RemovalReason.BYLINE) {
          List<String> byline = bylines.explicitByline(lines[i].plain, lines[i].words);
          if (byline != null) {
            authors.addAll(byline);
          }
        }
      }
      RemovalReason r = lines[i].reason;
      if (r == RemovalReason.DATELINE
          || r == RemovalReason.READING_TIME
          || r == RemovalReason.BYLINE) {
        collectDates(lines[i].norm, dates);
      }
    }
  }

  /** A lone "By" (the byline split from its linked name): it and the name line are the byline. */
  private void markLoneBylines(Line[] lines, Set<String> authors) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].kept() && bylines.isLoneBy(lines[i].norm)) {
        lines[i].reason = RemovalReason.BYLINE;
        int j = nextKept(lines, i);
        if (j >= 0 && lines[j].words <= LONE_BY_NAME_WORDS && !isBody(lines[j])) {
          lines[j].reason = RemovalReason.BYLINE;
          String name = bylines.personLine(lines[j].plain);
          if (name != null) {
            authors.add(name);
          }
        }
      }
    }
  }

  /** "About the author" sections: heading, optional name line, then the bio paragraph. */
  private void markAboutAuthorSections(Line[] lines, Set<String> authors) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].reason == RemovalReason.AUTHOR_BIO && lines[i].heading) {
        int j = nextKept(lines, i);
        if (j >= 0 && bylines.personName(lines[j].plain, false) != null) {
          lines[j].reason = RemovalReason.BYLINE;
          authors.add(bylines.personName(lines[j].plain, false));
          j = nextKept(lines, j);
        }
        if (j >= 0) {
          lines[j].reason = RemovalReason.AUTHOR_BIO;
        }
      }
    }
  }

  /** Known title (HTML): the first copy in the body is the TITLE segment. */
  private static void markKnownTitle(Line[] lines, String knownTitle) {
    String key = dupKey(knownTitle);
    for (Line line : lines) {
      if (line.kept() && line.duplicateKey().equals(key)) {
        line.reason = RemovalReason.TITLE;
        return;
      }
    }
  }

  /**
   * The body zone, after peeling author bios off the end of the body; with no sentence-like
   * paragraph, the first and last long line.
   */
  private BodyZone bodyZone(Line[] lines) {
    int last;
    while (true) {
      last = lastBody(lines);
      int first = firstBody(lines);
      if (last < 0 || last == first || bylines.bioName(lines[last].norm) == null) {
        break;
      }
      lines[last].reason = RemovalReason.AUTHOR_BIO;
    }
    int first = firstBody(lines);
    if (first >= 0) {
      return new BodyZone(first, last);
    }
    // No sentence-like paragraph: fall back to long lines.
    for (int i = 0; i < lines.length && first < 0; i++) {
      if (lines[i].kept() && lines[i].words >= rules.bodyMinWords()) {
        first = i;
      }
    }
    for (int i = lines.length - 1; i >= 0 && last < 0; i--) {
      if (lines[i].kept() && lines[i].words >= rules.bodyMinWords()) {
        last = i;
      }
    }
    return first < 0 ? new BodyZone(lines.length, lines.length - 1) : new BodyZone(first, last);
  }

  /**
   * Marks the title among the header lines (before {@code first}) and returns it, or null: the
   * first title-like line that is not a person's name, else a lone name line when it opens the
   * page or another candidate follows.
   */
  private String markDetectedTitle(Line[] lines, int first) {
    List<Integer> candidates = new ArrayList<>();
    // Outside the main container (HTML) there is page furniture, not the article's title.
    int minHint = first < lines.length ? lines[first].block.hint() : 0;
    for (int i = 0; i < first; i++) {
      Line line = lines[i];
      if (line.kept() && line.block.hint() >= minHint && titleLike(line.norm, line.words)) {
        candidates.add(i);
      }
    }
    Integer chosen = null;
    for (int c : candidates) {
      if (bylines.personLine(lines[c].plain) == null) {
        chosen = c;
        break;
      }
    }
    if (chosen == null && !candidates.isEmpty()) {
      int c = candidates.get(0);
      if (candidates.size() >= 2 || c == 0) {
        chosen = c;
      }
    }
    if (chosen == null) {
      return null;
    }
    lines[chosen].reason = RemovalReason.TITLE;
    return LineText.collapse(lines[chosen].block.text());
  }

  /** Header zone: name-only lines before the body are bylines. */
  private void markHeaderBylines(Line[] lines, int first, Set<String> authors) {
    for (int i = 0; i < first; i++) {
      if (lines[i].kept()) {
        String name = bylines.personLine(lines[i].plain);
        if (name != null) {
          lines[i].reason = RemovalReason.BYLINE;
          authors.add(name);
        }
      }
    }
  }

  /** Menu lines: one menu word is enough outside the body, four inside it. */
  private void markMenuLines(Line[] lines, BodyZone body) {
    for (int i = 0; i < lines.length; i++) {
      Line line = lines[i];
      if (line.kept() && menuTokens(line.lower, line.words) >= (body.outside(i) ? 1 : 4)) {
        line.reason = RemovalReason.NAVIGATION;
      }
    }
  }

  /** Tail zone (after {@code last}): short bios, and name lines introducing a bio. */
  private void markTailBios(Line[] lines, int last, Set<String> authors) {
    for (int i = last + 1; i < lines.length; i++) {
      if (lines[i].kept() && bylines.bioName(lines[i].norm) != null) {
        lines[i].reason = RemovalReason.AUTHOR_BIO;
      }
    }
    for (int i = last + 1; i < lines.length; i++) {
      if (!lines[i].kept()) {
        continue;
      }
      String name = bylines.personName(lines[i].plain, false);
      if (name == null) {
        continue;
      }
      int j = i + 1;
      while (j < lines.length
          && (lines[j].reason == RemovalReason.SHARE_PROMPT
              || lines[j].reason == RemovalReason.LAYOUT_RESIDUE)) {
        j++;
      }
      if (j < lines.length
          && lines[j].reason == RemovalReason.AUTHOR_BIO
          && lines[j].plain.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))) {
        lines[i].reason = RemovalReason.BYLINE;
        authors.add(name);
      }
    }
  }

  /**
   * Section headings remove the non-body lines that follow them, up to the next body paragraph
   * or, inside the body zone (before {@code last}), a subheading introducing more body text.
   */
  private void markSections(Line[] lines, int last) {
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].heading || lines[i].reason == RemovalReason.AUTHOR_BIO) {
        continue;
      }
      for (int j = i + 1; j < lines.length; j++) {
        if (!lines[j].kept()) {
          continue;
        }
        if (isBody(lines[j])) {
          break;
        }
        int k = nextKept(lines, j);
        if (j < last && k >= 0 && isBody(lines[k])) {
          break; // a subheading introducing more body text
        }
        lines[j].reason = lines[i].reason;
      }
    }
  }

  /**
   * Duplicates (every later copy of a line) and immediate repeats (alt text shown twice: the
   * first of two equal short lines is a caption). A kept line marked DUPLICATE remembers its
   * first copy, for {@link #keepRepeatsInsideBody}.
   */
  private void markRepeats(Line[] lines) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      Line line = lines[i];
      String key = line.duplicateKey();
      Integer copy = seen.get(key);
      if (copy != null) {
        if (line.kept()) {
          line.copyOf = copy;
        }
        if (line.kept() || rules.duplicateOverrides().contains(line.reason)) {
          line.reason = RemovalReason.DUPLICATE;
        }
        continue;
      }
      seen.put(key, i);
      if (line.kept()
          && i + 1 < lines.length
          && lines[i + 1].duplicateKey().equals(key)
          && line.words <= rules.captionMaxWords()
          && !isBody(line)) {
        line.reason = RemovalReason.CAPTION;
      }
    }
  }

  /**
   * Repeated lines that come in groups inside the article, whose first copies are kept body too,
   * are body: plans, schedules and recipes repeat whole sections ("Meal 2", "Eat every 2-3
   * hours", ...). An isolated repeat (a caption, a pull quote, a teaser headline) stays removed,
   * and repeated page furniture (menus in the header and the footer) lies outside the body.
   */
  private static void keepRepeatsInsideBody(Line[] lines) {
    int first = 0;
    while (first < lines.length && !lines[first].kept()) {
      first++;
    }
    int last = lines.length - 1;
    while (last > first && !lines[last].kept()) {
      last--;
    }
    boolean[] repeat = new boolean[lines.length];
    for (int i = first + 1; i < last; i++) {
      int copy = lines[i].copyOf;
      repeat[i] = lines[i].reason == RemovalReason.DUPLICATE && copy >= first
          && lines[copy].kept();
    }
    for (int i = first + 1; i < last; i++) {
      if (repeat[i] && repeatsNear(repeat, i) >= REPEAT_GROUP - 1) {
        lines[i].reason = null;
      }
    }
  }

  private static int repeatsNear(boolean[] repeat, int i) {
    int count = 0;
    for (int j = Math.max(0, i - REPEAT_WINDOW); j <= Math.min(repeat.length - 1, i + REPEAT_WINDOW);
        j++) {
      if (j != i && repeat[j]) {
        count++;
      }
    }
    return count;
  }

  /**
   * A long block that repeats several other paragraphs word for word is a second copy of the
   * article (a hidden summary or structured-data dump shown as one line): the paragraphs stay and
   * the copy goes, so the body is not counted twice.
   */
  private static void markConcatenatedCopies(Line[] lines) {
    List<Integer> paragraphs = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].norm.length() >= COPIED_PARAGRAPH_CHARS) {
        paragraphs.add(i);
      }
    }
    for (int i : paragraphs) {
      String norm = lines[i].norm;
      if (!lines[i].kept() || norm.length() < CONCATENATED_COPY_CHARS) {
        continue;
      }
      int copied = 0;
      for (int j : paragraphs) {
        String other = lines[j].norm;
        if (j != i && other.length() < norm.length() && norm.contains(other) && ++copied >= 2) {
          lines[i].reason = RemovalReason.DUPLICATE;
          break;
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Pass 1
  // ---------------------------------------------------------------------------------------------

  /** Pass 1 for one line: the first context-free rule that matches sets its verdict. */
  private void firstPass(Line line, Set<String> authors) {
    String norm = line.norm;
    String lower = line.lower;
    int words = line.words;
    if (!HAS_ALNUM.matcher(norm).find()) {
      line.reason = RemovalReason.LAYOUT_RESIDUE;
      return;
    }
    List<String> byline = bylines.explicitByline(line.plain, words);
    if (byline != null) {
      line.reason = RemovalReason.BYLINE;
      authors.addAll(byline);
      return;
    }
    if (ABOUT_AUTHOR.matcher(norm).find()) {
      line.reason = RemovalReason.AUTHOR_BIO;
      line.heading = true;
      return;
    }
    if (ABOUT_AUTHOR_INLINE.matcher(norm).find()) {
      line.reason = RemovalReason.AUTHOR_BIO;
      return;
    }
    boolean sentence = isBody(norm, words);
    List<CleaningRules.LineRule> lineRules = rules.lineRules();
    RequiredLiterals.Index.Scan literals = literalIndex.scan(norm);
    for (int r = 0; r < prefilters.length; r++) {
      CleaningRules.LineRule rule = lineRules.get(r);
      if (words <= rule.maxWords()
          && !(rule.skipSentences() && sentence)
          && literals.mayMatch(r)
          && rule.pattern().matcher(norm).find()) {
        line.reason = rule.reason();
        line.heading = rule.startsSection();
        return;
      }
    }
    if (socialOnly(lower)) {
      line.reason = RemovalReason.SHARE_PROMPT;
      return;
    }
    if (rules.layoutLines().contains(LineText.stripTrailingPunctuation(lower))) {
      line.reason = RemovalReason.LAYOUT_RESIDUE;
      return;
    }
    if (words <= rules.datelineMaxWords() && !sentence && isDateline(norm)) {
      line.reason = RemovalReason.DATELINE;
      return;
    }
    if (!sentence && isBreadcrumb(norm, words)) {
      line.reason = RemovalReason.NAVIGATION;
      return;
    }
    if (words <= 20 && !sentence && containsAny(lower, rules.stockAgencies())) {
      line.reason = RemovalReason.IMAGE_CREDIT;
      return;
    }
    if (isLowercaseCaption(norm, words)) {
      line.reason = RemovalReason.CAPTION;
    }
  }

  private boolean isDateline(String line) {
    Matcher prefix = DATELINE_PREFIX.matcher(line);
    if (prefix.find()) {
      String rest = line.substring(prefix.end());
      if (!DatelineDates.findAll(rest).isEmpty()
          || DatelineDates.hasRelative(rest)
          || !HAS_ALNUM.matcher(rest).find()) {
        return true;
      }
    }
    return DatelineDates.isOnlyDate(line);
  }

  private boolean isBreadcrumb(String line, int words) {
    if (words > rules.breadcrumbMaxWords()) {
      return false;
    }
    if (!hasBreadcrumbSeparatorChar(line)) {
      return false; // every separator holds one of these characters: no split, one part
    }
    String[] parts = BREADCRUMB_SEP.split(line);
    if (parts.length < 2) {
      return false;
    }
    String head = parts[0].trim();
    if (HOME.matcher(head).matches()) {
      return true;
    }
    return parts.length >= 3 && LineText.wordCount(head) <= 3 && !head.isEmpty() && !line.endsWith(".");
  }

  /** Whether {@code line} holds a character that every {@link #BREADCRUMB_SEP} match holds. */
  private static boolean hasBreadcrumbSeparatorChar(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '/' || c == '|' || c == '>' || c == '›' || c == '»') {
        return true;
      }
    }
    return false;
  }

  private boolean socialOnly(String lower) {
    // Same tokens as splitting on MENU_SPLIT after blanking the brackets and stops and trimming, but
    // scanned in place so that a body line stops at its first non-social word.
    int from = 0;
    int to = lower.length();
    while (from < to && trimmedAway(lower.charAt(from))) {
      from++;
    }
    while (to > from && trimmedAway(lower.charAt(to - 1))) {
      to--;
    }
    int count = 0;
    int i = from;
    while (i < to) {
      while (i < to && isSocialDelimiter(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !isSocialDelimiter(lower.charAt(i))) {
        i++;
      }
      if (i == start) {
        continue;
      }
      if (!rules.socialWords().contains(lower.substring(start, i))) {
        return false;
      }
      count++;
    }
    if (count == 1) {
      // A single ambiguous tool word on its own is not enough.
      return !AMBIGUOUS_SOCIAL_WORDS.contains(NON_WORD.matcher(lower).replaceAll(""));
    }
    return count > 0;
  }

  private static boolean isBracketOrStop(char c) {
    return c == '(' || c == ')' || c == '[' || c == ']' || c == ':' || c == '!' || c == '.';
  }

  /** What {@code String.trim()} removes once brackets and stops are blanked. */
  private static boolean trimmedAway(char c) {
    return c <= ' ' || isBracketOrStop(c);
  }

  /** A MENU_SPLIT separator character ({@code [\\s|/·•,›»>\\-–—]}) or a bracket or stop. */
  private static boolean isSocialDelimiter(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '|' || c == '/' || c == '·' || c == '•' || c == ',' || c == '›' || c == '»'
        || c == '>' || c == '-' || c == '–' || c == '—' || isBracketOrStop(c);
  }

  private boolean isLowercaseCaption(String line, int words) {
    if (words > rules.captionMaxWords() || SentenceEnd.LATIN.ends(line) || line.endsWith(":")) {
      return false;
    }
    int cp = line.codePointAt(0);
    if (!Character.isLowerCase(cp)) {
      return false;
    }
    String firstToken = WS.split(line, 2)[0];
    // Brand-like words (iPhone, eToro) and URLs are not alt text.
    return !BRAND_OR_URL.matcher(firstToken).matches();
  }

  private void collectDates(String line, Instant[] dates) {
    for (DatelineDates.FoundDate d : DatelineDates.findAll(line)) {
      if (!PlausibleDates.isPlausible(d.instant())) {
        continue; // unresolved, or a sentinel or out-of-window year: look further
      }
      int slot = d.updated() ? 1 : 0;
      if (dates[slot] == null) {
        dates[slot] = d.instant();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Structural helpers
  // ---------------------------------------------------------------------------------------------

  /** A body paragraph: enough words and ends like a sentence. */
  private boolean isBody(String line, int words) {
    return words >= rules.bodyMinWords() && SentenceEnd.LATIN.ends(line);
  }

  private boolean isBody(Line line) {
    return isBody(line.norm, line.words);
  }

  private int firstBody(Line[] lines) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].kept() && isBody(lines[i])) {
        return i;
      }
    }
    return -1;
  }

  private int lastBody(Line[] lines) {
    for (int i = lines.length - 1; i >= 0; i--) {
      if (lines[i].kept() && isBody(lines[i])) {
        return i;
      }
    }
    return -1;
  }

  private static int nextKept(Line[] lines, int i) {
    for (int j = i + 1; j < lines.length; j++) {
      if (lines[j].kept()) {
        return j;
      }
    }
    return -1;
  }

  private boolean titleLike(String line, int words) {
    if (words == 0 || words > rules.titleMaxWords() || line.endsWith(":")) {
      return false;
    }
    return !(line.endsWith(".") && words > 8);
  }

  /**
   * The number of menu words of a line made only of menu words and separators, or -1 when it
   * has more than eight words or a word that is not a menu word.
   *
   * @param lower the normalized line in lower case
   * @param words its {@link #wordCount}
   */
  private int menuTokens(String lower, int words) {
    if (words > 8) {
      return -1;
    }
    // The tokens of MENU_SPLIT.split(lower.trim()), scanned in place so that a line stops at
    // its first non-menu word without splitting it all (trimming changes no token: what it
    // removes is either a separator or stripped from the token's edge).
    int count = 0;
    int i = 0;
    while (i < lower.length()) {
      while (i < lower.length() && isMenuSeparator(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < lower.length() && !isMenuSeparator(lower.charAt(i))) {
        i++;
      }
      String w = stripMenuTokenEdges(lower.substring(start, i));
      if (w.isEmpty()) {
        continue;
      }
      if (!rules.menuWords().contains(w)) {
        return -1;
      }
      count++;
    }
    return count;
  }

  /**
   * {@code MENU_TOKEN_EDGES.matcher(t).replaceAll("")} without a regex search per token: strips
   * the leading and trailing code points that are not a letter, a number or '&amp;'.
   */
  private static String stripMenuTokenEdges(String t) {
    int from = 0;
    int to = t.length();
    while (from < to && !isMenuTokenChar(t.codePointAt(from))) {
      from += Character.charCount(t.codePointAt(from));
    }
    while (to > from && !isMenuTokenChar(t.codePointBefore(to))) {
      to -= Character.charCount(t.codePointBefore(to));
    }
    return t.substring(from, to);
  }

  /** A character of {@link #MENU_SPLIT}'s class {@code [\\s|/·•,›»>\\-–—]}. */
  private static boolean isMenuSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '|' || c == '/' || c == '·' || c == '•' || c == ',' || c == '›' || c == '»'
        || c == '>' || c == '-' || c == '–' || c == '—';
  }

  private static boolean isMenuTokenChar(int cp) {
    return cp == '&' || LineText.isLetterOrNumber(cp);
  }

  // ---------------------------------------------------------------------------------------------
  // Text utilities
  // ---------------------------------------------------------------------------------------------

  private static String dupKey(String text) {
    return LineText.normalize(text).toLowerCase(Locale.ROOT);
  }

  private static boolean containsAny(String lower, Set<String> needles) {
    for (String s : needles) {
      if (lower.contains(s)) {
        return true;
      }
    }
    return false;
  }

}
