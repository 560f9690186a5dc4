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
 *
 * <p>Immutable and thread-safe: all per-document state lives in {@link #classify}'s locals.
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
  private static final Pattern TERMINAL = Pattern.compile("([.!?…]|\\.\\.\\.)[\"')\\]’”]*$");
  /** {@link #TERMINAL}'s sentence stops and closing marks, for {@link #endsLike}. */
  private static final String STOPS = ".!?…";
  private static final String CLOSERS = "\"')]’”";
  private static final Pattern HAS_ALNUM = Pattern.compile("[\\p{L}\\p{N}]");
  private static final Pattern NAME_WORD =
      Pattern.compile(
          "\\p{Lu}\\p{Ll}?['’]?\\p{Lu}?\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*|\\p{Lu}\\.|\\p{Lu}\\.\\p{Lu}\\.");
  private static final Pattern CAPS_WORD = Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}{2,})?");
  private static final Set<String> PARTICLES =
      Set.of("van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le",
          "bin", "al", "el", "ibn", "dos", "das", "ter", "ten", "st.");
  private static final Pattern EXPLICIT_BYLINE =
      CleaningRules.compile(
          "^(?:by|written by|words by|posted by|authored by|reported by|author\\s*:|authors\\s*:)"
              + "\\s+(.+)$");
  private static final Pattern BYLINE_CUT =
      CleaningRules.compile(
          "\\s[|•·/]\\s?|\\s[–—-]\\s|\\s\\(|\\b(on|in|for|at|published|updated|posted|last|via)\\b"
              + "|\\d");
  private static final Pattern NAME_SPLIT = CleaningRules.compile("\\s*(?:,|\\band\\b|&)\\s*");
  private static final Pattern ROLE_SPLIT = Pattern.compile("\\s*(?:,|\\s[–—|-])\\s*");
  private static final Pattern LONE_BY = CleaningRules.compile("by\\s*:?");
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
  private static final Pattern BIO_START =
      Pattern.compile(
          "^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’.-]*)\\s+"
              + "(?:is|was)\\s+(?:a|an|the|currently|also|our)\\b"
              + "|^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’.-]*)\\s+"
              + "(?:has been|has|writes|covers|joined|holds|specializes|specialises|began|loves)\\b");
  /** Reported speech marks a news paragraph about a person, not an author bio. */
  private static final Pattern QUOTING =
      CleaningRules.compile("\\b(said|says|told|according to|stated)\\b");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:.!]+$");
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,;:|]+$");
  private static final Pattern AGENCY_WORD = Pattern.compile("\\p{Lu}[\\p{L}.&'’-]+");
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
  // Compiled once (String.split and replaceAll compile their regex on every call).
  private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
  private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
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

  /** One prefilter per line rule, in list order (see {@link RequiredLiterals}). */
  private final RequiredLiterals[] prefilters;
  /** All prefilters in one table: one scan of a line answers them all. */
  private final RequiredLiterals.Index literalIndex;

  LineClassifier(CleaningRules rules, BodyRegion region) {
    this.rules = rules;
    this.region = region;
    List<CleaningRules.LineRule> lineRules = rules.lineRules();
    this.prefilters = new RequiredLiterals[lineRules.size()];
    for (int r = 0; r < prefilters.length; r++) {
      prefilters[r] = RequiredLiterals.of(lineRules.get(r).pattern());
    }
    this.literalIndex = RequiredLiterals.index(prefilters);
  }

  /**
   * Classifies {@code blocks}.
   *
   * @param knownTitle a title already known from metadata (HTML), or null to detect one
   */
  Result classify(List<Block> blocks, String knownTitle) {
    int n = blocks.size();
    String[] norm = new String[n]; // for rule matching
    String[] plain = new String[n]; // original characters, for extracting names
    String[] lower = new String[n]; // norm in lower case: for word lists, and duplicate keys
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      String text = blocks.get(i).text();
      plain[i] = collapse(text);
      // normalize(text) is collapse(text) when there is no curly quote to fold: reuse it.
      norm[i] = hasCurlyQuote(text) ? normalize(text) : plain[i];
      lower[i] = norm[i].toLowerCase(Locale.ROOT);
      words[i] = wordCount(norm[i]);
    }
    RemovalReason[] reason = new RemovalReason[n];
    boolean[] heading = new boolean[n];
    Set<String> authors = new LinkedHashSet<>();
    Instant[] dates = new Instant[2]; // published, updated

    // Pass 1: context-free rules.
    for (int i = 0; i < n; i++) {
      firstPass(norm[i], lower[i], plain[i], words[i], i, reason, heading, authors);
      RemovalReason r = reason[i];
      if (r == RemovalReason.DATELINE
          || r == RemovalReason.READING_TIME
          || r == RemovalReason.BYLINE) {
        collectDates(norm[i], dates);
      }
    }

    // A lone "By" (the byline split from its linked name): it and the name line are the byline.
    for (int i = 0; i < n; i++) {
      if (reason[i] == null && LONE_BY.matcher(norm[i]).matches()) {
        reason[i] = RemovalReason.BYLINE;
        int j = nextKept(reason, i);
        if (j >= 0 && words[j] <= LONE_BY_NAME_WORDS && !isBody(norm[j], words[j])) {
          reason[j] = RemovalReason.BYLINE;
          String name = personLine(plain[j]);
          if (name != null) {
            authors.add(name);
          }
        }
      }
    }

    // "About the author" sections: heading, optional name line, then the bio paragraph.
    for (int i = 0; i < n; i++) {
      if (reason[i] == RemovalReason.AUTHOR_BIO && heading[i]) {
        int j = nextKept(reason, i);
        if (j >= 0 && personName(plain[j], false) != null) {
          reason[j] = RemovalReason.BYLINE;
          authors.add(personName(plain[j], false));
          j = nextKept(reason, j);
        }
        if (j >= 0) {
          reason[j] = RemovalReason.AUTHOR_BIO;
        }
      }
    }

    // Known title (HTML): the first copy in the body is the TITLE segment.
    String title = knownTitle;
    // Each line's duplicate key: dupKey(norm[i]) is lower[i], as normalizing is idempotent.
    String[] keys = lower;
    if (knownTitle != null) {
      String key = dupKey(knownTitle);
      for (int i = 0; i < n; i++) {
        if (reason[i] == null && keys[i].equals(key)) {
          reason[i] = RemovalReason.TITLE;
          break;
        }
      }
    }

    // Zones, after peeling author bios off the end of the body.
    int last;
    while (true) {
      last = lastBody(norm, words, reason);
      int first = firstBody(norm, words, reason);
      if (last < 0 || last == first || bioName(norm[last]) == null) {
        break;
      }
      reason[last] = RemovalReason.AUTHOR_BIO;
    }
    int first = firstBody(norm, words, reason);
    if (first < 0) {
      // No sentence-like paragraph: fall back to long lines.
      for (int i = 0; i < n && first < 0; i++) {
        if (reason[i] == null && words[i] >= rules.bodyMinWords()) {
          first = i;
        }
      }
      for (int i = n - 1; i >= 0 && last < 0; i--) {
        if (reason[i] == null && words[i] >= rules.bodyMinWords()) {
          last = i;
        }
      }
      if (first < 0) {
        first = n;
        last = n - 1;
      }
    }

    // Header zone: title and name-only bylines.
    if (knownTitle == null) {
      List<Integer> candidates = new ArrayList<>();
      // Outside the main container (HTML) there is page furniture, not the article's title.
      int minHint = first < n ? blocks.get(first).hint() : 0;
      for (int i = 0; i < first; i++) {
        if (reason[i] == null && blocks.get(i).hint() >= minHint && titleLike(norm[i], words[i])) {
          candidates.add(i);
        }
      }
      Integer chosen = null;
      for (int c : candidates) {
        if (personLine(plain[c]) == null) {
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
      if (chosen != null) {
        reason[chosen] = RemovalReason.TITLE;
        title = collapse(blocks.get(chosen).text());
      }
    }
    for (int i = 0; i < first; i++) {
      if (reason[i] == null) {
        String name = personLine(plain[i]);
        if (name != null) {
          reason[i] = RemovalReason.BYLINE;
          authors.add(name);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (reason[i] != null) {
        continue;
      }
      // Menu lines: one menu word is enough outside the body, four inside it.
      int tokens = menuTokens(lower[i], words[i]);
      if (tokens >= ((i < first || i > last) ? 1 : 4)) {
        reason[i] = RemovalReason.NAVIGATION;
      }
    }

    // Tail zone: short bios, and name lines introducing a bio.
    for (int i = last + 1; i < n; i++) {
      if (reason[i] == null && bioName(norm[i]) != null) {
        reason[i] = RemovalReason.AUTHOR_BIO;
      }
    }
    for (int i = last + 1; i < n; i++) {
      if (reason[i] != null) {
        continue;
      }
      String name = personName(plain[i], false);
      if (name == null) {
        continue;
      }
      int j = i + 1;
      while (j < n
          && (reason[j] == RemovalReason.SHARE_PROMPT
              || reason[j] == RemovalReason.LAYOUT_RESIDUE)) {
        j++;
      }
      if (j < n
          && reason[j] == RemovalReason.AUTHOR_BIO
          && plain[j].toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))) {
        reason[i] = RemovalReason.BYLINE;
        authors.add(name);
      }
    }

    // Section headings remove the non-body lines that follow them.
    for (int i = 0; i < n; i++) {
      if (!heading[i] || reason[i] == RemovalReason.AUTHOR_BIO) {
        continue;
      }
      for (int j = i + 1; j < n; j++) {
        if (reason[j] != null) {
          continue;
        }
        if (isBody(norm[j], words[j])) {
          break;
        }
        int k = nextKept(reason, j);
        if (j < last && k >= 0 && isBody(norm[k], words[k])) {
          break; // a subheading introducing more body text
        }
        reason[j] = reason[i];
      }
    }

    // Immediate repeats (alt text shown twice) and duplicates.
    Map<String, Integer> seen = new HashMap<>();
    int[] copyOf = new int[n]; // for a kept line marked DUPLICATE: its first copy, else -1
    java.util.Arrays.fill(copyOf, -1);
    for (int i = 0; i < n; i++) {
      String key = keys[i];
      if (seen.containsKey(key)) {
        if (reason[i] == null) {
          copyOf[i] = seen.get(key);
        }
        if (reason[i] == null || rules.duplicateOverrides().contains(reason[i])) {
          reason[i] = RemovalReason.DUPLICATE;
        }
        continue;
      }
      seen.put(key, i);
      if (reason[i] == null
          && i + 1 < n
          && keys[i + 1].equals(key)
          && words[i] <= rules.captionMaxWords()
          && !isBody(norm[i], words[i])) {
        reason[i] = RemovalReason.CAPTION;
      }
    }

    markConcatenatedCopies(norm, reason);
    region.apply(blocks, norm, reason, heading);
    keepRepeatsInsideBody(reason, copyOf);
    return new Result(reason, title, new ArrayList<>(authors), dates[0], dates[1]);
  }

  /**
   * Repeated lines that come in groups inside the article, whose first copies are kept body too,
   * are body: plans, schedules and recipes repeat whole sections ("Meal 2", "Eat every 2-3
   * hours", ...). An isolated repeat (a caption, a pull quote, a teaser headline) stays removed,
   * and repeated page furniture (menus in the header and the footer) lies outside the body.
   */
  private static void keepRepeatsInsideBody(RemovalReason[] reason, int[] copyOf) {
    int first = 0;
    while (first < reason.length && reason[first] != null) {
      first++;
    }
    int last = reason.length - 1;
    while (last > first && reason[last] != null) {
      last--;
    }
    boolean[] repeat = new boolean[reason.length];
    for (int i = first + 1; i < last; i++) {
      repeat[i] = reason[i] == RemovalReason.DUPLICATE && copyOf[i] >= first
          && reason[copyOf[i]] == null;
    }
    for (int i = first + 1; i < last; i++) {
      if (repeat[i] && repeatsNear(repeat, i) >= REPEAT_GROUP - 1) {
        reason[i] = null;
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
  private static void markConcatenatedCopies(String[] norm, RemovalReason[] reason) {
    List<Integer> paragraphs = new ArrayList<>();
    for (int i = 0; i < norm.length; i++) {
      if (norm[i].length() >= COPIED_PARAGRAPH_CHARS) {
        paragraphs.add(i);
      }
    }
    for (int i : paragraphs) {
      if (reason[i] != null || norm[i].length() < CONCATENATED_COPY_CHARS) {
        continue;
      }
      int copied = 0;
      for (int j : paragraphs) {
        if (j != i && norm[j].length() < norm[i].length() && norm[i].contains(norm[j])
            && ++copied >= 2) {
          reason[i] = RemovalReason.DUPLICATE;
          break;
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Pass 1
  // ---------------------------------------------------------------------------------------------

  private void firstPass(
      String line,
      String lower,
      String plain,
      int words,
      int i,
      RemovalReason[] reason,
      boolean[] heading,
      Set<String> authors) {
    if (!HAS_ALNUM.matcher(line).find()) {
      reason[i] = RemovalReason.LAYOUT_RESIDUE;
      return;
    }
    List<String> byline = explicitByline(plain, words);
    if (byline != null) {
      reason[i] = RemovalReason.BYLINE;
      authors.addAll(byline);
      return;
    }
    if (ABOUT_AUTHOR.matcher(line).find()) {
      reason[i] = RemovalReason.AUTHOR_BIO;
      heading[i] = true;
      return;
    }
    if (ABOUT_AUTHOR_INLINE.matcher(line).find()) {
      reason[i] = RemovalReason.AUTHOR_BIO;
      return;
    }
    boolean sentence = isBody(line, words);
    List<CleaningRules.LineRule> lineRules = rules.lineRules();
    RequiredLiterals.Index.Scan literals = literalIndex.scan(line);
    for (int r = 0; r < prefilters.length; r++) {
      CleaningRules.LineRule rule = lineRules.get(r);
      if (words <= rule.maxWords()
          && !(rule.skipSentences() && sentence)
          && literals.mayMatch(r)
          && rule.pattern().matcher(line).find()) {
        reason[i] = rule.reason();
        heading[i] = rule.startsSection();
        return;
      }
    }
    if (socialOnly(lower)) {
      reason[i] = RemovalReason.SHARE_PROMPT;
      return;
    }
    if (rules.layoutLines().contains(stripTrailingPunctuation(lower))) {
      reason[i] = RemovalReason.LAYOUT_RESIDUE;
      return;
    }
    if (words <= rules.datelineMaxWords() && !sentence && isDateline(line)) {
      reason[i] = RemovalReason.DATELINE;
      return;
    }
    if (!sentence && isBreadcrumb(line, words)) {
      reason[i] = RemovalReason.NAVIGATION;
      return;
    }
    if (words <= 20 && !sentence && containsAny(lower, rules.stockAgencies())) {
      reason[i] = RemovalReason.IMAGE_CREDIT;
      return;
    }
    if (isLowercaseCaption(line, words)) {
      reason[i] = RemovalReason.CAPTION;
    }
  }

  private List<String> explicitByline(String line, int words) {
    if (words > rules.bylineMaxWords()) {
      return null;
    }
    Matcher m = EXPLICIT_BYLINE.matcher(line);
    if (!m.find()) {
      return null;
    }
    String rest = m.group(1).trim();
    Matcher cut = BYLINE_CUT.matcher(rest);
    String namesPart = cut.find() ? rest.substring(0, cut.start()).trim() : rest;
    namesPart = TRAILING_SEPARATORS.matcher(namesPart).replaceAll("");
    if (namesPart.isEmpty()) {
      return null;
    }
    String[] pieces = NAME_SPLIT.split(namesPart);
    List<String> names = new ArrayList<>();
    for (int p = 0; p < pieces.length; p++) {
      String name = personName(pieces[p], true);
      if (name != null) {
        names.add(name);
      } else if (p == 0) {
        // The first piece must be a name; a lone capitalised word is an agency ("By Reuters").
        if (pieces.length == 1
            && namesPart.equals(rest)
            && AGENCY_WORD.matcher(pieces[0]).matches()
            && !rules.nonNameWords().contains(pieces[0].toLowerCase(Locale.ROOT))) {
          names.add(pieces[0]);
        } else {
          return null;
        }
      }
    }
    return names.isEmpty() ? null : names;
  }

  private boolean isDateline(String line) {
    Matcher prefix = DATELINE_PREFIX.matcher(line);
    if (prefix.find()) {
      String rest = line.substring(prefix.end());
      if (!DateExtractor.findAll(rest).isEmpty()
          || DateExtractor.hasRelative(rest)
          || !HAS_ALNUM.matcher(rest).find()) {
        return true;
      }
    }
    return DateExtractor.isOnlyDate(line);
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
    return parts.length >= 3 && wordCount(head) <= 3 && !head.isEmpty() && !line.endsWith(".");
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
    if (words > rules.captionMaxWords() || endsLikeSentence(line) || line.endsWith(":")) {
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
    for (DateExtractor.FoundDate d : DateExtractor.findAll(line)) {
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
  boolean isBody(String line, int words) {
    return words >= rules.bodyMinWords() && endsLikeSentence(line);
  }

  private int firstBody(String[] norm, int[] words, RemovalReason[] reason) {
    for (int i = 0; i < norm.length; i++) {
      if (reason[i] == null && isBody(norm[i], words[i])) {
        return i;
      }
    }
    return -1;
  }

  private int lastBody(String[] norm, int[] words, RemovalReason[] reason) {
    for (int i = norm.length - 1; i >= 0; i--) {
      if (reason[i] == null && isBody(norm[i], words[i])) {
        return i;
      }
    }
    return -1;
  }

  private static int nextKept(RemovalReason[] reason, int i) {
    for (int j = i + 1; j < reason.length; j++) {
      if (reason[j] == null) {
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
    return cp == '&' || isLetterOrNumber(cp);
  }

  /**
   * A line that is only a person's name, optionally followed by a role ("Jane Doe, Senior
   * Reporter"); returns the name or null.
   */
  String personLine(String line) {
    String name = personName(line, false);
    if (name != null) {
      return name;
    }
    if (!hasRoleSeparatorChar(line)) {
      return null; // every ROLE_SPLIT match holds one of these characters: no role part
    }
    String[] parts = ROLE_SPLIT.split(line, 2);
    if (parts.length == 2) {
      String candidate = personName(parts[0], false);
      if (candidate != null && containsWord(parts[1].toLowerCase(Locale.ROOT), rules.bioRoleWords())) {
        return candidate;
      }
    }
    return null;
  }

  /** Whether {@code line} holds a character that every {@link #ROLE_SPLIT} match holds. */
  private static boolean hasRoleSeparatorChar(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ',' || c == '–' || c == '—' || c == '|' || c == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the trimmed text when it reads as a person's name: 2–4 capitalised words (particles
   * such as "van" allowed inside), no digits, no terminal punctuation, no boilerplate word.
   */
  String personName(String text, boolean allowCaps) {
    String s = text.trim();
    // Most lines have more than four words: count them before any regex runs.
    int tokenCount = whitespaceTokens(s);
    if (tokenCount < 2 || tokenCount > 4) {
      return null;
    }
    if (s.isEmpty() || endsLikeSentence(s) || matchesAnyDigit(s)) {
      return null;
    }
    String[] tokens = WHITESPACE_RUN.split(s);
    if (tokens.length < 2 || tokens.length > 4) {
      return null;
    }
    for (int t = 0; t < tokens.length; t++) {
      String tok = tokens[t];
      String lower = tok.toLowerCase(Locale.ROOT);
      boolean edge = t == 0 || t == tokens.length - 1;
      if (!edge && PARTICLES.contains(lower)) {
        continue;
      }
      boolean wordOk =
          NAME_WORD.matcher(tok).matches() || (allowCaps && CAPS_WORD.matcher(tok).matches());
      if (!wordOk
          || rules.nonNameWords().contains(POSSESSIVE_END.matcher(lower).replaceAll(""))) {
        return null;
      }
    }
    return s;
  }

  /** {@code WHITESPACE_RUN.split(s).length} for a trimmed {@code s}, without splitting. */
  private static int whitespaceTokens(String s) {
    int count = 0;
    boolean inToken = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f'
          || c == '\r';
      if (!space && !inToken) {
        count++;
      }
      inToken = !space;
    }
    return count;
  }

  /**
   * {@code s.matches(".*\\d.*")} without compiling that regex on every call: an ASCII digit,
   * and no line terminator (which '.' does not match).
   */
  private static boolean matchesAnyDigit(String s) {
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
      digit |= c >= '0' && c <= '9';
    }
    return digit;
  }

  /** The name opening an author-bio paragraph, or null when the paragraph is not a bio. */
  String bioName(String line) {
    Matcher m = BIO_START.matcher(line);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1) != null ? m.group(1) : m.group(2);
    if (personName(name, false) == null || QUOTING.matcher(line).find()) {
      return null;
    }
    return containsWord(line.toLowerCase(Locale.ROOT), rules.bioRoleWords()) ? name : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Text utilities
  // ---------------------------------------------------------------------------------------------

  /** Folds curly quotes to straight ones and collapses whitespace; used for matching only. */
  static String normalize(String text) {
    // Most lines hold no curly quote: one scan then, instead of four replace scans.
    if (!hasCurlyQuote(text)) {
      return collapse(text);
    }
    String s = text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    return collapse(s);
  }

  private static boolean hasCurlyQuote(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '’' || c == '‘' || c == '“' || c == '”') {
        return true;
      }
    }
    return false;
  }

  /** Collapses whitespace runs (including NBSP and zero-width spaces) to one space, trimmed. */
  static String collapse(String text) {
    // A hand loop: this runs on every block of every page, and a regex replace dominated the
    // profile. Same result as replacing runs of WS with one space and trimming.
    if (isCollapsed(text)) {
      return text; // the usual case: nothing to do, and no copy
    }
    StringBuilder out = null;
    int len = text.length();
    boolean pendingSpace = false;
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (isCollapsible(c)) {
        if (out == null) {
          out = new StringBuilder(len);
          out.append(text, 0, i);
        }
        pendingSpace = true;
      } else if (out != null) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** True when {@link #collapse} would return {@code text} unchanged. */
  private static boolean isCollapsed(String text) {
    int len = text.length();
    if (len > 0 && (isCollapsible(text.charAt(0)) || isCollapsible(text.charAt(len - 1)))) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      // Only a lone ' ' between two kept characters survives collapsing as it is.
      if (isCollapsible(c) && (c != ' ' || isCollapsible(text.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** The characters of {@link #WS}: Java whitespace plus NBSP, figure/narrow spaces, ZWSP, BOM. */
  private static boolean isCollapsible(char c) {
    if (c > ' ' && c < '\u0085') {
      return false; // printable ASCII and C1 controls below NEL: the bulk of text, decided at once
    }
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
        || c == '\u200B' || c == '\uFEFF';
  }

  /** {@code TERMINAL.matcher(text).find()}: ends with a sentence stop, then closing marks. */
  static boolean endsLikeSentence(String text) {
    return endsLike(text, STOPS, CLOSERS, TERMINAL);
  }

  /**
   * {@code pattern.matcher(text).find()} for a pattern of the shape {@code [stops][closers]*$}
   * (stops and closers disjoint), by one scan back from the end: a regex search tries every
   * position of the line, and these tests run on every line several times. Any match ends at
   * the end, and its closers run back to one stop, so it exists exactly when the last character
   * before the trailing closers is a stop. Only when the text ends with a line terminator, before
   * which '$' also matches, is the regex asked.
   */
  static boolean endsLike(String text, String stops, String closers, Pattern pattern) {
    int end = text.length();
    if (end > 0 && isRegexLineTerminator(text.charAt(end - 1))) {
      return pattern.matcher(text).find();
    }
    while (end > 0 && closers.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && stops.indexOf(text.charAt(end - 1)) >= 0;
  }

  /**
   * {@code TRAILING_PUNCTUATION.matcher(text).replaceAll("")}: the text without its trailing
   * run of whitespace, ':', '.' and '!'. The leftmost match is that whole run, so a scan from the
   * end gives the same; the regex is asked only when the text ends with a line terminator.
   */
  static String stripTrailingPunctuation(String text) {
    int end = text.length();
    if (end > 0 && isRegexLineTerminator(text.charAt(end - 1))) {
      return TRAILING_PUNCTUATION.matcher(text).replaceAll("");
    }
    while (end > 0 && isTrailingPunctuation(text.charAt(end - 1))) {
      end--;
    }
    return end == text.length() ? text : text.substring(0, end);
  }

  /** A character of {@link #TRAILING_PUNCTUATION}'s class {@code [\\s:.!]}. */
  private static boolean isTrailingPunctuation(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == ':' || c == '.' || c == '!';
  }

  /** The characters before which a non-multiline '$' also matches when they end the text. */
  private static boolean isRegexLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  static int wordCount(String text) {
    // Same as splitting on \\s+ and counting tokens holding a \\p{L} or \\p{N}, without regex:
    // this runs on every block of every page.
    int count = 0;
    boolean tokenHasAlnum = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x80) {
        // Printable ASCII, most of the text: a letter or digit, or punctuation; no table look-up.
        tokenHasAlnum |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r') {
        if (tokenHasAlnum) {
          count++;
        }
        tokenHasAlnum = false;
      } else if (!tokenHasAlnum && isLetterOrNumber(cp)) {
        tokenHasAlnum = true;
      }
      i += Character.charCount(cp);
    }
    return tokenHasAlnum ? count + 1 : count;
  }

  static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }


  private static String dupKey(String text) {
    return normalize(text).toLowerCase(Locale.ROOT);
  }

  private static boolean containsAny(String lower, Set<String> needles) {
    for (String s : needles) {
      if (lower.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsWord(String lower, Set<String> words) {
    for (String w : lower.split("[^\\p{L}\\p{N}'-]+")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
