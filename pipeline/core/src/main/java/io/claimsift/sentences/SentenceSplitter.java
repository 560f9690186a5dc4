package io.claimsift.sentences;

import io.claimsift.lexicon.Abbreviations;
import io.claimsift.lexicon.Months;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based sentence splitter for English news text, keeping offsets into the text.
 *
 * <p>Immutable and thread-safe: one instance can be shared by all workers.
 *
 * <p>The text is first repaired by a {@link TextNormaliser} ({@link TextNormaliser#pipeline()} for
 * the pipeline's {@link #english()}; another preset with {@link #english(TextNormaliser)}, as the
 * evaluation does for pySBD's test suites); boundaries are found in the repaired text and mapped
 * back, so {@link #split} always returns exact spans of the input, while {@link #splitNormalised}
 * returns the repaired sentences the suites compare.
 *
 * <p>Rules, in short:
 *
 * <ul>
 *   <li>A line break ({@code \n}, {@code \r}, {@code \r\n}) ends a sentence, unless the line ends
 *       without terminal punctuation and the next line starts with a lowercase letter (a line
 *       wrapped mid-sentence).
 *   <li>A sentence ends after {@code . ! ? …}, {@code ...} or a full-width period (plus closing
 *       quotes/brackets and footnote markers such as {@code [1]}) when whitespace and then an
 *       uppercase letter, digit or opening quote/bracket follow.
 *   <li>Text inside quotes, parentheses and brackets is one unit: only its last terminator, right
 *       before the closing mark, can end a sentence ("'Well!' thought Alice" stays whole). A
 *       parenthesis right after a closed quotation stays with it when it refers back ("(Which
 *       was true.)").
 *   <li>A period does not end a sentence after an abbreviation (titles, months, "e.g."), an
 *       initial, a short token before a number ("No. 5", "Rs. 300"), or a list marker. Abbreviations
 *       that often close a sentence too ("Inc.", "etc.", "a.m.", "U.S.", "I") split only before a
 *       typical sentence opener, or (dotted acronyms, times) before any capitalised word that is
 *       not a time zone, when the sentence before is at least four words long.
 *   <li>A period after a plain lower-case word (not an abbreviation) ends a sentence even before
 *       a lower-case word ("in the city. features").
 *   <li>Spaced ellipses (". . .") never end a sentence by themselves.
 *   <li>A run of list markers counting up ("1.) ... 2.) ...", "• 9. ... • 10.", "a. ... b.") splits
 *       before each marker when it opens the line, carries bullets, follows a sentence end, or
 *       starts at 1 or "a" with capitalised items; lists may restart.
 *   <li>A missing space ("end.Next", "1,000.That") splits between a word or number and a
 *       capitalised word.
 * </ul>
 */
public final class SentenceSplitter {

  /**
   * Abbreviations after which a period never ends a sentence (lower case, without the dot): the
   * honorifics, the month abbreviations and the lexicon's never-terminal list.
   */
  private static final Set<String> NEVER_TERMINAL = neverTerminal();

  /** Lower-case abbreviations often followed by a lower-case word ("approx. two", "5 lbs. of"). */
  private static final Set<String> LOWER_CASE_ABBREVIATIONS = Set.copyOf(Abbreviations.lowerCase());

  /** Abbreviations that can also close a sentence: split only before a typical sentence opener. */
  private static final Set<String> SOMETIMES_TERMINAL = Set.copyOf(Abbreviations.sometimesTerminal());

  /** Words that typically open a sentence; used to disambiguate "Inc. The company...". */
  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They",
          "We", "I", "You", "His", "Her", "Their", "Our", "There", "But", "And", "However", "In",
          "On", "At", "After", "Before", "When", "While", "If", "As", "Meanwhile", "Also", "So",
          "Then", "Some", "Many", "Most", "Earlier", "Later", "According", "How", "What", "Why",
          "Who", "Where", "Which", "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Can", "Could",
          "Would", "Will", "Should", "Have", "Has", "Had", "Let", "Please", "Yes", "No", "My",
          "Your", "Mr", "Mrs", "Ms", "Dr", "Now", "Today", "Yesterday", "For", "To", "With", "By",
          "Since", "Although", "Though", "Because", "Instead", "Still", "Yet", "Both", "All", "Each",
          "Every", "One", "Two", "Three", "Several", "Other", "Another", "Such", "Thus", "Here",
          // quantities and quantifiers that open a sentence but never a name after "U.S." or "Inc."
          "Millions", "Thousands", "Hundreds", "Dozens", "Billions", "Tens", "More", "Fewer", "Few",
          "Nearly", "Almost", "Only", "Just", "Not", "Even", "Among", "During", "Despite", "Unlike",
          "Until", "Without", "Whether", "Whatever", "Whoever", "Over", "Under", "From", "Neither");

  /** First words of a parenthesis that refers back to the sentence before it ("(Which was true.)"). */
  private static final Set<String> PARENTHETICAL_CONTINUERS =
      Set.of("which", "who", "whom", "whose", "where", "as", "and", "but", "or", "though", "although",
          "because", "since", "including", "unless", "if", "not");

  /** Words after "5 p.m." or "U.S." that continue the sentence although capitalised. */
  private static final Set<String> TIME_ZONES =
      Set.of("ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "MT", "GMT", "UTC", "BST",
          "CET", "Eastern", "Pacific", "Central", "Mountain", "local", "Local");

  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
  private static final Pattern TIME_ABBREV = Pattern.compile("(?i)[ap]\\.m");
  private static final Pattern SINGLE_LETTER = Pattern.compile("\\p{L}");
  private static final Pattern SHORT_TOKEN = Pattern.compile("\\p{L}{1,3}°?|\\p{Lu}{1,4}");
  private static final Pattern GLUED_PREVIOUS = Pattern.compile("\\p{L}\\p{Ll}+|\\d{1,3}(?:,\\d{3})+|\\d+");
  /** Rest of a token after "end." that looks like a plain capitalized word, not a URL part. */
  private static final Pattern GLUED_NEXT_WORD = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]*[,;:.!?\"”’)]*");
  /** Footnote markers glued to a terminator: "[1]", "[7][8]". */
  private static final Pattern FOOTNOTE_BRACKETS = Pattern.compile("(?:\\[\\d{1,3}\\])+");
  /** Footnote numbers glued to a terminator: ".11 12 Take", "(1987).1 According". */
  private static final Pattern FOOTNOTE_DIGITS = Pattern.compile("\\d{1,3}(?: \\d{1,3})*(?= \\p{Lu})");
  /** A list marker at the start of a line: "1.", "1.)", "1)", "a.", "a)", "• 9.", "⁃10.". */
  private static final Pattern LIST_START =
      Pattern.compile("^\\s*(?:[•⁃▪◦*-]\\s*)?(\\d{1,2}|[a-zA-Z])(\\.\\)|\\.|\\))\\s");
  /** {@link #wordsBefore} counts no further: callers ask whether there are at least 2 or 3 words. */
  private static final int WORDS_BEFORE_CAP = 3;
  /** Longest gap between two markers of one list: items are short. */
  private static final int MAX_ITEM_LENGTH = 250;
  private static final String CLOSERS = "\"”’')]»";
  private static final String OPENERS = "\"“‘'([«`";

  private final TextNormaliser normaliser;

  private SentenceSplitter(TextNormaliser normaliser) {
    this.normaliser = normaliser;
  }

  /** The English preset used by the pipeline: the rules below after {@link TextNormaliser#pipeline()}. */
  public static SentenceSplitter english() {
    return new SentenceSplitter(TextNormaliser.pipeline());
  }

  /**
   * The English rules below after another repair preset; the evaluation scores pySBD's suites
   * this way, with pySBD's cleaning.
   */
  public static SentenceSplitter english(TextNormaliser normaliser) {
    return new SentenceSplitter(Objects.requireNonNull(normaliser, "normaliser"));
  }

  /**
   * Splits {@code text} into trimmed, non-empty sentences with offsets into {@code text}: the
   * boundaries are found in the normalised text and mapped back, so {@code
   * text.substring(start, end)} is always the sentence.
   */
  public List<Sentence> split(String text) {
    NormalisedText normalised = normaliser.normalise(text);
    if (normalised.text().equals(text)) {
      return splitText(text);
    }
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : splitText(normalised.text())) {
      emit(text, normalised.originalStart(s.start()), normalised.originalEnd(s.end()), out);
    }
    return out;
  }

  /**
   * Splits the normalised form of {@code text}; offsets point into
   * {@code normaliser.normalise(text).text()}. The segmentation suites compare these texts.
   */
  public List<Sentence> splitNormalised(String text) {
    return splitText(normaliser.normalise(text).text());
  }

  private List<Sentence> splitText(String text) {
    List<Sentence> out = new ArrayList<>();
    int blockStart = 0;
    int searchFrom = 0;
    while (true) {
      int nl = nextLineBreak(text, searchFrom);
      if (nl < 0) {
        splitBlock(text, blockStart, text.length(), out);
        break;
      }
      int breakEnd = text.startsWith("\r\n", nl) ? nl + 2 : nl + 1;
      if (continuesAcrossNewline(text, blockStart, nl, breakEnd)) {
        searchFrom = breakEnd;
        continue;
      }
      splitBlock(text, blockStart, nl, out);
      blockStart = breakEnd;
      searchFrom = breakEnd;
    }
    return out;
  }

  /** The next line break ({@code \n}, {@code \r} or {@code \r\n}) at or after {@code from}, or -1. */
  private static int nextLineBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  /** A line wrapped mid-sentence: no terminator before the newline, a lowercase letter after it. */
  private static boolean continuesAcrossNewline(String text, int blockStart, int nl, int breakEnd) {
    int before = nl;
    while (before > blockStart && isSpace(text.charAt(before - 1))) {
      before--;
    }
    int after = breakEnd;
    while (after < text.length() && !isLineBreak(text.charAt(after)) && isSpace(text.charAt(after))) {
      after++;
    }
    if (before == blockStart || after >= text.length()) {
      return false;
    }
    char last = text.charAt(before - 1);
    // the line's start, searched back no further than the block: searching the whole text for a
    // '\r' that a text with '\n' line ends never has made splitting quadratic in the line count
    int fragmentStart = before;
    while (fragmentStart > blockStart && !isLineBreak(text.charAt(fragmentStart - 1))) {
      fragmentStart--;
    }
    for (int j = before - 1; j > fragmentStart; j--) {
      if (isTerminator(text.charAt(j)) && isSpace(text.charAt(j + 1))) {
        fragmentStart = j + 1; // "the city. features\ncontact": only the words after the sentence end count
        break;
      }
    }
    if (text.substring(fragmentStart, before).trim().split("\\s+").length < 4) {
      return false; // "features\ncontact manager": short lines are items, not a wrapped sentence
    }
    if (LIST_START.matcher(text.substring(breakEnd, Math.min(text.length(), breakEnd + 12))).find()) {
      return false;
    }
    char firstNext = text.charAt(after);
    // a parenthesis after a line break joins only after a trailing space (TextNormaliser): a title
    // line followed by "(6 3/4" Crystal Trophy)" is two units
    return Character.isLowerCase(firstNext) && !isTerminator(last) && CLOSERS.indexOf(last) < 0 && last != ':';
  }

  private void splitBlock(String text, int from, int to, List<Sentence> out) {
    boolean[] inside = protectedMask(text, from, to);
    boolean[] marker = new boolean[to - from];
    // a set: looking each position up in a list was quadratic in a long list's length
    Set<Integer> listBreaks = new HashSet<>(listBreaks(text, from, to, marker));
    int segStart = from;
    int i = from;
    while (i < to) {
      if (listBreaks.contains(i)) {
        emit(text, segStart, i, out);
        segStart = i;
      }
      char c = text.charAt(i);
      int interrupted = interruptedSpeechEnd(text, i, to);
      if (interrupted > 0) {
        emit(text, segStart, interrupted, out);
        segStart = interrupted;
        i = interrupted;
        continue;
      }
      if (!isTerminator(c) || marker[i - from] || (inside[i - from] && !closesProtected(text, inside, from, i, to))) {
        i++;
        continue;
      }
      int punctEnd = i + 1;
      while (punctEnd < to && isTerminator(text.charAt(punctEnd))) {
        punctEnd++; // "...", "?!", "!!"
      }
      int end = closersEnd(text, punctEnd, to);
      if (isBoundary(text, from, i, punctEnd, end, to)) {
        end = footnoteEnd(text, from, i, end, to);
        emit(text, segStart, end, out);
        segStart = end;
      }
      i = Math.max(end, i + 1);
    }
    emit(text, segStart, to, out);
  }

  /**
   * 'to--" At this moment': speech broken off with a dash, closed by a quote, then a capitalised
   * word, ends the sentence after the quote. Returns that end, or -1.
   */
  private static int interruptedSpeechEnd(String text, int i, int to) {
    if (!text.startsWith("--", i) || i + 2 >= to || "\"”’'".indexOf(text.charAt(i + 2)) < 0) {
      return -1;
    }
    int end = closersEnd(text, i + 2, to);
    int next = skipSpaces(text, end, to);
    return next > end && next < to && Character.isUpperCase(text.charAt(next)) ? end : -1;
  }

  private static int closersEnd(String text, int from, int to) {
    int end = from;
    while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    return end;
  }

  /** Positions (relative to {@code from}) inside a quoted, bracketed or parenthesised stretch. */
  private static boolean[] protectedMask(String text, int from, int to) {
    boolean[] inside = new boolean[to - from];
    for (int[] span : protectedSpans(text, from, to)) {
      for (int j = span[0] + 1; j < span[1] - 1; j++) {
        inside[j - from] = true;
      }
    }
    return inside;
  }

  /**
   * The quoted, bracketed or parenthesised stretches kept whole ({start, end} each): the matches
   * of {@code "[^"\n]{1,1000}"|“[^”\n]{1,1000}”|\([^()\n]{1,1000}\)|\[[^\[\]\n]{1,1000}\]|}
   * and the single-quoted form of {@link #singleQuoted} that a matcher on the region {@code
   * [from, to)} with transparent bounds finds, read by hand: the expression tried at every position was a third of
   * the splitter's time. Each alternative opens with its own character, and none can match
   * shorter after backtracking: the run inside stops at the first character it may not hold,
   * which must be the closing mark.
   */
  static List<int[]> protectedSpans(String text, int from, int to) {
    List<int[]> spans = new ArrayList<>();
    int p = from;
    while (p < to) {
      int end = protectedEnd(text, p, to);
      if (end > 0) {
        spans.add(new int[] {p, end});
        p = end;
      } else {
        p++;
      }
    }
    return spans;
  }

  /** The end of the protected stretch starting at {@code p}, or -1. */
  private static int protectedEnd(String text, int p, int to) {
    char c = text.charAt(p);
    switch (c) {
      case '"':
        return closedRun(text, p, to, '"', '"', '"');
      case '“':
        return closedRun(text, p, to, '”', '”', '”');
      case '(':
        return closedRun(text, p, to, ')', '(', ')');
      case '[':
        return closedRun(text, p, to, ']', '[', ']');
      case '\'', '‘', '`':
        return singleQuoted(text, p, to);
      default:
        return -1;
    }
  }

  /**
   * {@code open [^a b \n]{1,1000} close} at {@code p} (the opening mark is there): the run of
   * code points ends at the first {@code a}, {@code b} or line feed (or at the region's end),
   * which must be {@code close}.
   */
  private static int closedRun(String text, int p, int to, char close, char a, char b) {
    int q = p + 1;
    int items = 0;
    while (q < to && items < 1000) {
      int cp = text.codePointAt(q);
      int next = q + Character.charCount(cp);
      if (cp == a || cp == b || cp == '\n' || next > to) {
        break;
      }
      q = next;
      items++;
    }
    if (items == 0 || q >= to || text.charAt(q) != close) {
      return -1;
    }
    return q + 1;
  }

  /**
   * {@code (?<=^|[\s(])['‘`](?:[^'’\n]|['’]\p{L}){1,1000}['’](?=$|[\s,;:.!?)])} at {@code p}:
   * the items run up to a line feed or a quote without a letter after it; there the closing quote
   * must stand. (A shorter run would end at an item's first character: a letter follows a quote
   * that opens an item, and any other item holds no quote.) The look-behind sees before the
   * region, and its "^" is the text's start; the look-ahead sees past the region.
   */
  private static int singleQuoted(String text, int p, int to) {
    if (p > 0 && !isRegexSpace(text.charAt(p - 1)) && text.charAt(p - 1) != '(') {
      return -1;
    }
    int q = p + 1;
    int items = 0;
    while (q < to && items < 1000) {
      char c = text.charAt(q);
      int next;
      if (c == '\'' || c == '’') {
        if (q + 1 >= to) {
          break;
        }
        int letter = text.codePointAt(q + 1);
        next = q + 1 + Character.charCount(letter);
        if (!Character.isLetter(letter) || next > to) {
          break;
        }
      } else {
        int cp = text.codePointAt(q);
        next = q + Character.charCount(cp);
        if (cp == '\n' || next > to) {
          break;
        }
      }
      q = next;
      items++;
    }
    if (items == 0 || q >= to || (text.charAt(q) != '\'' && text.charAt(q) != '’')) {
      return -1;
    }
    int after = q + 1;
    boolean closes = atDollar(text, after)
        || (after < text.length() && (isRegexSpace(text.charAt(after)) || ",;:.!?)".indexOf(text.charAt(after)) >= 0));
    return closes ? after : -1;
  }

  /** The regular expressions' {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The regular expressions' {@code $} (not multi-line) at {@code i} inside a look-ahead that sees
   * the whole text: the text's end, or a final line terminator ("\r\n" as one).
   */
  private static boolean atDollar(String text, int i) {
    int n = text.length();
    if (i == n) {
      return true;
    }
    if (i == n - 2) {
      return text.charAt(i) == '\r' && text.charAt(i + 1) == '\n';
    }
    if (i == n - 1) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i == 0 || text.charAt(i - 1) != '\r';
      }
      return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return false;
  }

  /** The terminator run at {@code i} reaches the closing mark of its protected stretch. */
  private static boolean closesProtected(String text, boolean[] inside, int from, int i, int to) {
    int j = i;
    while (j < to && isTerminator(text.charAt(j))) {
      j++;
    }
    return j < to && CLOSERS.indexOf(text.charAt(j)) >= 0 && (j + 1 - from >= inside.length || !inside[j - from]);
  }

  /** A list item marker, one in a run of markers of the same style and kind. */
  private record ListMarker(int pos, int end, int value, char kind, String style, boolean bullet) {}

  /**
   * Starts of list items. A marker ("1.", "2.)", "b)", "• 9.", "⁃10.") starts an item when it is
   * one of a run of markers with the same punctuation counting up by one ("1. ... 2. ..."), each
   * within {@link #MAX_ITEM_LENGTH} of the one before, and the run opens the block, carries
   * bullets, follows a sentence end, or starts at 1 or "a" with capitalised items (a list may
   * restart: "1.) One 2.) Two 1.) Three"; "for 1. above" is a reference). Starting at "A" is
   * not enough for capital letters, and markers with nothing between them are initials ("J. K.
   * Rowling"). A marker at the block start is never a sentence end itself. Marker positions are
   * set in {@code marker}.
   */
  private static List<Integer> listBreaks(String text, int from, int to, boolean[] marker) {
    List<Integer> breaks = new ArrayList<>();
    Map<String, List<ListMarker>> open = new HashMap<>();
    List<List<ListMarker>> runs = new ArrayList<>();
    for (int[] m : listMarkers(text, from, to)) {
      String label = text.substring(m[1], m[2]);
      char kind = Character.isDigit(label.charAt(0)) ? 'd' : Character.isLowerCase(label.charAt(0)) ? 'l' : 'u';
      int value = kind == 'd' ? Integer.parseInt(label) : label.charAt(0);
      ListMarker item = new ListMarker(m[0], m[3], value, kind, text.substring(m[2], m[3]), m[4] != 0);
      String key = kind + item.style();
      List<ListMarker> run = open.get(key);
      ListMarker last = run == null ? null : run.get(run.size() - 1);
      if (last != null && value == last.value() + 1 && item.pos() - last.end() <= MAX_ITEM_LENGTH) {
        run.add(item);
      } else {
        run = new ArrayList<>(List.of(item));
        open.put(key, run);
        runs.add(run);
      }
    }
    int blockStart = skipSpaces(text, from, to);
    for (List<ListMarker> run : runs) {
      ListMarker first = run.get(0);
      boolean opensBlock = first.pos() == blockStart;
      if (opensBlock) {
        markSpan(marker, first.pos() - from, first.end() - from);
      }
      boolean afterSentence = first.pos() >= from + 2 && isSpace(text.charAt(first.pos() - 1))
          && isTerminator(text.charAt(first.pos() - 2));
      boolean counted = first.value() == (first.kind() == 'd' ? 1 : 'a') && first.kind() != 'u'
          && run.stream().allMatch(item -> itemStartsSentence(text, item.end(), to));
      if (run.size() < 2 || !(opensBlock || first.bullet() || afterSentence || counted) || hasEmptyItem(text, run)) {
        continue;
      }
      for (ListMarker item : run) {
        breaks.add(item.pos());
        markSpan(marker, item.pos() - from, item.end() - from);
      }
    }
    return breaks;
  }

  /**
   * The list markers anywhere in a block ("1.", "1.)", "1)", "a.", "• 9.", "⁃10.", then a space):
   * the matches of {@code (?<=^|\s)([•⁃▪◦*-]\s*)?(\d{1,2}|[a-zA-Z])(\.\)|\.|\))(?=\s)} that a
   * matcher on the region {@code [from, to)} with transparent bounds finds, read by hand: {start, label start, label end (the punctuation's start), end, 1 when a bullet
   * leads}. No part of the expression can match shorter after backtracking (a bullet, a space
   * or a digit cannot start what follows it), so one forward read at each position decides.
   */
  static List<int[]> listMarkers(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int p = from;
    while (p < to) {
      int[] m = listMarkerAt(text, p, to);
      if (m != null) {
        out.add(m);
        p = m[3];
      } else {
        p++;
      }
    }
    return out;
  }

  private static int[] listMarkerAt(String text, int p, int to) {
    // (?<=^|\s): the look-behind sees before the region, and its "^" is the text's start
    if (p > 0 && !isRegexSpace(text.charAt(p - 1))) {
      return null;
    }
    int q = p;
    int bullet = 0;
    if ("•⁃▪◦*-".indexOf(text.charAt(q)) >= 0) {
      bullet = 1;
      q++;
      while (q < to && isRegexSpace(text.charAt(q))) {
        q++;
      }
    }
    if (q >= to) {
      return null;
    }
    int labelStart = q;
    char c = text.charAt(q);
    if (c >= '0' && c <= '9') {
      q++;
      if (q < to && text.charAt(q) >= '0' && text.charAt(q) <= '9') {
        q++;
      }
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      q++;
    } else {
      return null;
    }
    int labelEnd = q;
    int end;
    if (q < to && text.charAt(q) == '.') {
      end = q + 1 < to && text.charAt(q + 1) == ')' && spaceAt(text, q + 2) ? q + 2 : q + 1;
    } else if (q < to && text.charAt(q) == ')') {
      end = q + 1;
    } else {
      return null;
    }
    // (?=\s): the look-ahead sees past the region
    return spaceAt(text, end) ? new int[] {p, labelStart, labelEnd, end, bullet} : null;
  }

  private static boolean spaceAt(String text, int i) {
    return i < text.length() && isRegexSpace(text.charAt(i));
  }

  /** "J. K. Rowling": markers with nothing between them are initials, not items. */
  private static boolean hasEmptyItem(String text, List<ListMarker> run) {
    for (int k = 0; k + 1 < run.size(); k++) {
      if (text.substring(run.get(k).end(), run.get(k + 1).pos()).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** "1. The first item" is an item; "for 1. above" is a reference to one. */
  private static boolean itemStartsSentence(String text, int markerEnd, int to) {
    int next = skipSpaces(text, markerEnd, to);
    return next < to && startsSentence(text.charAt(next));
  }

  private static void markSpan(boolean[] marker, int from, int to) {
    for (int j = Math.max(0, from); j < to && j < marker.length; j++) {
      marker[j] = true;
    }
  }

  /** Footnote markers right after the terminator belong to the sentence they close. */
  private static int footnoteEnd(String text, int lineStart, int punct, int end, int to) {
    Matcher brackets = FOOTNOTE_BRACKETS.matcher(text).region(end, to);
    if (brackets.lookingAt()) {
      return brackets.end();
    }
    Matcher digits = FOOTNOTE_DIGITS.matcher(text).region(end, to);
    if (end < to && Character.isDigit(text.charAt(end)) && isFootnoteDigits(text, lineStart, punct, end, to)
        && digits.lookingAt()) {
      return digits.end();
    }
    return end;
  }

  /** Decides whether the terminator run {@code [punctStart, punctEnd)} (+closers to end) ends a sentence. */
  private boolean isBoundary(String text, int lineStart, int punctStart, int punctEnd, int end, int lineEnd) {
    boolean singlePeriod = punctEnd - punctStart == 1 && isPeriod(text.charAt(punctStart));
    if (end >= lineEnd) {
      return false; // the line end closes the sentence anyway
    }
    if (isSpacedEllipsisPart(text, lineStart, punctStart, lineEnd)) {
      return false;
    }
    if (!isSpace(text.charAt(end))) {
      if (text.charAt(punctStart) == '．') {
        return true;
      }
      if (FOOTNOTE_BRACKETS.matcher(text).region(end, lineEnd).lookingAt()) {
        return followedBySentence(text, FOOTNOTE_BRACKETS.matcher(text).region(end, lineEnd), lineEnd);
      }
      if (singlePeriod && end == punctEnd && Character.isDigit(text.charAt(end))) {
        return isFootnoteDigits(text, lineStart, punctStart, end, lineEnd);
      }
      return singlePeriod && end == punctEnd && isGluedBoundary(text, lineStart, punctStart, lineEnd);
    }
    int next = skipSpaces(text, end, lineEnd);
    if (next >= lineEnd) {
      return false;
    }
    if (startsSpacedEllipsis(text, next, lineEnd)) {
      // "compounds. . . . The practice": the glued period ends the sentence, the ellipsis opens the next
      return singlePeriod && end == punctEnd && capitalAfterEllipsis(text, next, lineEnd);
    }
    char first = text.charAt(next);
    boolean strong = text.charAt(punctStart) == '!' || text.charAt(punctStart) == '?';
    if (strong && end == punctEnd && (first == '-' || first == '–') && next + 1 < lineEnd
        && isSpace(text.charAt(next + 1))) {
      return true; // "What do you see? - Posted like..."
    }
    if (Character.isLowerCase(first) && singlePeriod && end == punctEnd) {
      return endsWithPlainWord(text, lineStart, punctStart);
    }
    if (!startsSentence(first)) {
      return false;
    }
    if (first == '(' && citationFollows(text, next, lineEnd)) {
      return false; // '... stairways [...]" (Smith 55).'
    }
    if (first == '(' && closesQuote(text, punctEnd, end)
        && PARENTHETICAL_CONTINUERS.contains(nextWord(text, next + 1, lineEnd).toLowerCase(Locale.ROOT))) {
      // "...the house!' (Which was very likely true.)": a remark on the quotation belongs to it;
      // "...think!" (Dinah was the cat.)" is a sentence of its own
      return false;
    }
    if (!singlePeriod || end != punctEnd) {
      // "!", "?", "..." and a period inside closing quotes/brackets are real boundaries.
      return true;
    }
    return !isNonTerminalPeriod(text, lineStart, punctStart, next, lineEnd);
  }

  /**
   * "in the city. features": a period after an ordinary lower-case word ends the sentence even
   * before a lower-case word (a label, a lower-case brand), unless the word is an abbreviation.
   */
  private static boolean endsWithPlainWord(String text, int lineStart, int dot) {
    int wordStart = dot;
    while (wordStart > lineStart && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart > lineStart && !isSpace(text.charAt(wordStart - 1))) {
      return false; // "e.g.", "Jane.Doe", "(approx."
    }
    String word = text.substring(wordStart, dot);
    return word.length() >= 3 && word.chars().allMatch(Character::isLowerCase)
        && !NEVER_TERMINAL.contains(word) && !SOMETIMES_TERMINAL.contains(word)
        && !LOWER_CASE_ABBREVIATIONS.contains(word) && wordsBefore(text, lineStart, wordStart) >= 2;
  }

  /** True when the period at {@code dot} belongs to an abbreviation, initial, acronym or list number. */
  private boolean isNonTerminalPeriod(String text, int lineStart, int dot, int next, int lineEnd) {
    int tokenStart = dot;
    while (tokenStart > lineStart && isTokenChar(text.charAt(tokenStart - 1))) {
      tokenStart--;
    }
    String token = text.substring(tokenStart, dot);
    if (token.isEmpty()) {
      return false; // "Reuters . The": a detached period ends the sentence
    }
    String lower = token.toLowerCase(Locale.ROOT);
    String nextWord = nextWord(text, next, lineEnd);
    String lastPart = lower.substring(lower.lastIndexOf('.') + 1);
    if (NEVER_TERMINAL.contains(lower) || NEVER_TERMINAL.contains(lastPart)) {
      return true; // also "Tuesday.Mr. Smith": the title after a missing space
    }
    if (Character.isDigit(text.charAt(next)) && SHORT_TOKEN.matcher(token).matches()) {
      return true; // "No. 5", "Rs. 300", "SEC. 1262", "N°. 12"
    }
    if (TIME_ABBREV.matcher(lower).matches()) {
      return TIME_ZONES.contains(nextWord) || wordsBefore(text, lineStart, tokenStart) < 3;
    }
    if (lower.equals("i") || SOMETIMES_TERMINAL.contains(lower)) {
      return !SENTENCE_OPENERS.contains(nextWord);
    }
    if (SINGLE_LETTER.matcher(token).matches()) {
      return true; // initials, "N. Korea", "p. 4": a lone letter hardly ever ends a sentence
    }
    if (DOTTED_ACRONYM.matcher(token).matches()) {
      return !SENTENCE_OPENERS.contains(nextWord);
    }
    return isListMarker(text, lineStart, tokenStart, token);
  }

  private static boolean isListMarker(String text, int lineStart, int tokenStart, String token) {
    if (!token.matches("\\d{1,3}|[A-Za-z]")) {
      return false;
    }
    int j = tokenStart;
    while (j > lineStart && (isSpace(text.charAt(j - 1)) || "•⁃▪◦*-".indexOf(text.charAt(j - 1)) >= 0)) {
      j--;
    }
    return j == lineStart;
  }

  /** "end.Next", "1,000.That": no space, previous token a word or number, next token a capitalized word. */
  private static boolean isGluedBoundary(String text, int lineStart, int dot, int lineEnd) {
    int wordStart = dot;
    while (wordStart > lineStart && (Character.isLetterOrDigit(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == ',')) {
      wordStart--;
    }
    if (wordStart > lineStart && !isSpace(text.charAt(wordStart - 1))
        && OPENERS.indexOf(text.charAt(wordStart - 1)) < 0) {
      return false; // part of a URL, email or path such as "www.example" or "a@b.Com"
    }
    if (!GLUED_PREVIOUS.matcher(text.substring(wordStart, dot)).matches()) {
      return false;
    }
    int tokenEnd = dot + 1;
    while (tokenEnd < lineEnd && !isSpace(text.charAt(tokenEnd))) {
      tokenEnd++;
    }
    return GLUED_NEXT_WORD.matcher(text.substring(dot + 1, tokenEnd)).matches();
  }

  /** ".11 12 Take": footnote numbers after a word's period, then a capitalised word. */
  private static boolean isFootnoteDigits(String text, int lineStart, int dot, int end, int lineEnd) {
    char before = dot > lineStart ? text.charAt(dot - 1) : ' ';
    if (!(Character.isLowerCase(before) || before == ')')) {
      return false;
    }
    Matcher m = FOOTNOTE_DIGITS.matcher(text).region(end, lineEnd);
    return m.lookingAt();
  }

  private static boolean followedBySentence(String text, Matcher marker, int lineEnd) {
    marker.lookingAt();
    int next = skipSpaces(text, marker.end(), lineEnd);
    return next > marker.end() && next < lineEnd && startsSentence(text.charAt(next));
  }

  /** The period is one of the dots of ". . ." (dots separated by single spaces). */
  private static boolean isSpacedEllipsisPart(String text, int lineStart, int i, int lineEnd) {
    if (!isPeriod(text.charAt(i))) {
      return false;
    }
    boolean dotBefore = i >= lineStart + 2 && text.charAt(i - 1) == ' ' && text.charAt(i - 2) == '.';
    boolean dotAfter = i + 2 < lineEnd && text.charAt(i + 1) == ' ' && text.charAt(i + 2) == '.';
    if (dotBefore && !dotAfter && spacedDotsBefore(text, lineStart, i) >= 3) {
      return false; // ". . . ." : the fourth dot is the sentence's own period
    }
    if (dotAfter && !dotBefore && i > lineStart && !isSpace(text.charAt(i - 1))) {
      return false; // "compounds. . . .": the first, glued period may end the sentence
    }
    return dotBefore || dotAfter;
  }

  private static int spacedDotsBefore(String text, int lineStart, int i) {
    int n = 0;
    int j = i - 2;
    while (j >= lineStart && text.charAt(j) == '.' && text.charAt(j + 1) == ' ') {
      n++;
      j -= 2;
    }
    boolean gluedFirst = j + 2 > lineStart && j + 1 >= lineStart && !isSpace(text.charAt(j + 1));
    return gluedFirst ? n - 1 : n; // "compounds. . . .": the glued period is the previous sentence's
  }

  private static boolean startsSpacedEllipsis(String text, int i, int lineEnd) {
    return i + 2 < lineEnd && text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && text.charAt(i + 2) == '.';
  }

  private static boolean capitalAfterEllipsis(String text, int i, int lineEnd) {
    int j = i;
    while (j < lineEnd && (text.charAt(j) == '.' || text.charAt(j) == ' ')) {
      j++;
    }
    return j < lineEnd && Character.isUpperCase(text.charAt(j));
  }

  private static boolean closesQuote(String text, int from, int to) {
    for (int j = from; j < to; j++) {
      if ("\"”’'".indexOf(text.charAt(j)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** "(Smith 55)." after a quotation: a parenthetical reference directly followed by the terminator. */
  private static boolean citationFollows(String text, int open, int lineEnd) {
    // only a ')' within 40 characters can qualify, so the search stops there instead of at the text's end
    int close = indexOf(text, ')', open, Math.min(text.length(), open + 40));
    return close > 0 && close + 1 < lineEnd && isTerminator(text.charAt(close + 1))
        && close - open < 40 && text.substring(open, close).chars().noneMatch(ch -> ch == '.' || ch == '!' || ch == '?');
  }

  /**
   * The words of {@code text.substring(lineStart, tokenStart).trim().split("\\s+")} (0 when
   * blank), counted backwards from {@code tokenStart} and only up to {@value #WORDS_BEFORE_CAP}, the
   * most any caller asks about: counting the whole line before every period made splitting one long
   * line quadratic. Same count as the split: {@code trim} drops characters up to U+0020 at both
   * ends and {@code \s} is ASCII whitespace, so a run of other control characters is a word
   * unless only such characters come before it.
   */
  private static int wordsBefore(String text, int lineStart, int tokenStart) {
    int i = tokenStart;
    while (i > lineStart && text.charAt(i - 1) <= ' ') {
      i--;
    }
    int words = 0;
    int controlRuns = 0; // runs of control characters only, words if something printable precedes them
    while (i > lineStart && words < WORDS_BEFORE_CAP) {
      if (isAsciiWhitespace(text.charAt(i - 1))) {
        i--;
        continue;
      }
      boolean printable = false;
      while (i > lineStart && !isAsciiWhitespace(text.charAt(i - 1))) {
        printable |= text.charAt(i - 1) > ' ';
        i--;
      }
      if (printable) {
        words += controlRuns + 1;
        controlRuns = 0;
      } else {
        controlRuns++;
      }
    }
    return Math.min(words, WORDS_BEFORE_CAP);
  }

  /** The characters of the regex class {@code \s}: space, tab, newline, vertical tab, form feed, return. */
  private static boolean isAsciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The first {@code c} in {@code text[from, to)}, or -1. */
  private static int indexOf(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static String nextWord(String text, int from, int lineEnd) {
    int end = from;
    while (end < lineEnd && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(from, end);
  }

  private static int skipSpaces(String text, int from, int lineEnd) {
    int next = from;
    while (next < lineEnd && isSpace(text.charAt(next))) {
      next++;
    }
    return next;
  }

  private static boolean isTokenChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '°' || c == '\'' || c == '’';
  }

  /** Whitespace including no-break and other Unicode spaces, which scraped articles often contain. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private static boolean isPeriod(char c) {
    return c == '.' || c == '．';
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '．';
  }

  private static void emit(String text, int from, int to, List<Sentence> out) {
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new Sentence(from, to, text.substring(from, to)));
    }
  }

  private static Set<String> neverTerminal() {
    Set<String> words = new HashSet<>(Abbreviations.honorifics());
    words.addAll(Months.abbreviations());
    words.addAll(Abbreviations.neverTerminal());
    return Set.copyOf(words);
  }
}
