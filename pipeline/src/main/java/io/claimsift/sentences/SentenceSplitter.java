package io.claimsift.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule-based sentence splitter for English news text.
 *
 * <p>Immutable and thread-safe: one instance can be shared by all workers.
 *
 * <p>Rules, in short: a newline always ends a sentence; otherwise a sentence ends after {@code . ! ?
 * …} or {@code ...} (plus closing quotes/brackets) when whitespace and then an uppercase letter,
 * digit or opening quote/bracket follow, unless the period closes an abbreviation, initial, dotted
 * acronym or a list number at line start. Abbreviations that often end a sentence too ("Inc.",
 * "etc.", "p.m.", "U.S.") only split when the next word is a typical sentence opener ("The", "It",
 * "He"...). A missing space ("end.Next") splits after a lowercase word of two or more letters.
 */
public final class SentenceSplitter {

  /** Abbreviations after which a period never ends a sentence (lower case, without the dot). */
  private static final Set<String> NEVER_TERMINAL =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "st", "vs", "e.g",
          "i.e", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec", "capt", "sgt", "rev", "hon", "fig", "mt", "ft", "pp");

  /** Abbreviations that can also close a sentence: split only before a typical sentence opener. */
  private static final Set<String> SOMETIMES_TERMINAL =
      Set.of("jr", "sr", "inc", "co", "corp", "ltd", "bros", "etc", "a.m", "p.m");

  /** Words that typically open a sentence; used to disambiguate "Inc. The company...". */
  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They",
          "We", "I", "You", "His", "Her", "Their", "Our", "There", "But", "And", "However", "In",
          "On", "At", "After", "Before", "When", "While", "If", "As", "Meanwhile", "Also", "So",
          "Then", "Some", "Many", "Most", "Earlier", "Later", "According");

  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
  private static final Pattern SINGLE_LETTER = Pattern.compile("\\p{L}");
  private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}{2,}");
  private static final Pattern LIST_NUMBER = Pattern.compile("(?:\\d{1,3}|[A-Za-z])");
  /** Rest of a token after "end." that looks like a plain capitalized word, not a URL part. */
  private static final Pattern GLUED_NEXT_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*[,;:.!?\"”’)]*");

  private static final String CLOSERS = "\"”’')]»";
  private static final String OPENERS = "\"“‘'([«";

  private SentenceSplitter() {}

  /** The English preset. */
  public static SentenceSplitter english() {
    return new SentenceSplitter();
  }

  /** Splits {@code text} into trimmed, non-empty sentences with offsets into {@code text}. */
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      splitLine(text, lineStart, lineEnd, out);
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }

  private void splitLine(String text, int from, int to, List<Sentence> out) {
    int segStart = from;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!isTerminator(c)) {
        i++;
        continue;
      }
      int punctEnd = i + 1;
      while (punctEnd < to && isTerminator(text.charAt(punctEnd))) {
        punctEnd++; // "...", "?!", "!!"
      }
      int end = punctEnd;
      while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      if (isBoundary(text, from, i, punctEnd, end, to)) {
        emit(text, segStart, end, out);
        segStart = end;
      }
      i = Math.max(end, i + 1);
    }
    emit(text, segStart, to, out);
  }

  /** Decides whether the terminator run {@code [punctStart, punctEnd)} (+closers to end) ends a sentence. */
  private boolean isBoundary(String text, int lineStart, int punctStart, int punctEnd, int end, int lineEnd) {
    boolean singlePeriod = punctEnd - punctStart == 1 && text.charAt(punctStart) == '.';
    if (end >= lineEnd) {
      return false; // the line end closes the sentence anyway
    }
    if (!isSpace(text.charAt(end))) {
      return singlePeriod && end == punctEnd && isGluedBoundary(text, punctStart, lineEnd);
    }
    int next = end;
    while (next < lineEnd && isSpace(text.charAt(next))) {
      next++;
    }
    if (next >= lineEnd || !startsSentence(text.charAt(next))) {
      return false;
    }
    if (!singlePeriod || end != punctEnd) {
      // "!", "?", "..." and a period inside closing quotes/brackets are real boundaries.
      return true;
    }
    return !isNonTerminalPeriod(text, lineStart, punctStart, next, lineEnd);
  }

  /** True when the period at {@code dot} belongs to an abbreviation, initial, acronym or list number. */
  private boolean isNonTerminalPeriod(String text, int lineStart, int dot, int next, int lineEnd) {
    int tokenStart = dot;
    while (tokenStart > lineStart
        && (Character.isLetterOrDigit(text.charAt(tokenStart - 1)) || text.charAt(tokenStart - 1) == '.')) {
      tokenStart--;
    }
    String token = text.substring(tokenStart, dot);
    if (token.isEmpty()) {
      return false; // "Reuters . The": a detached period ends the sentence
    }
    String lower = token.toLowerCase(Locale.ROOT);
    if (NEVER_TERMINAL.contains(lower)) {
      return true;
    }
    if (lower.equals("no")) {
      return Character.isDigit(text.charAt(next)); // "No. 5", but "No." alone may be an answer
    }
    if (SINGLE_LETTER.matcher(token).matches()) {
      return true; // initials, "N. Korea", "p. 4": a lone letter hardly ever ends a sentence
    }
    if (SOMETIMES_TERMINAL.contains(lower) || DOTTED_ACRONYM.matcher(token).matches()) {
      return !SENTENCE_OPENERS.contains(nextWord(text, next, lineEnd));
    }
    return LIST_NUMBER.matcher(token).matches() && text.substring(lineStart, tokenStart).chars().allMatch(ch -> isSpace((char) ch));
  }

  /** "end.Next": no space, previous token a lowercase word, next token a plain capitalized word. */
  private boolean isGluedBoundary(String text, int dot, int lineEnd) {
    int wordStart = dot;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart > 0 && !isSpace(text.charAt(wordStart - 1))
        && OPENERS.indexOf(text.charAt(wordStart - 1)) < 0) {
      return false; // part of a URL, email or path such as "www.example" or "a@b.Com"
    }
    if (!LOWER_WORD.matcher(text.substring(wordStart, dot)).matches()) {
      return false;
    }
    int tokenEnd = dot + 1;
    while (tokenEnd < lineEnd && !isSpace(text.charAt(tokenEnd))) {
      tokenEnd++;
    }
    return GLUED_NEXT_WORD.matcher(text.substring(dot + 1, tokenEnd)).matches();
  }

  private static String nextWord(String text, int from, int lineEnd) {
    int end = from;
    while (end < lineEnd && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(from, end);
  }

  /** Whitespace including no-break and other Unicode spaces, which scraped articles often contain. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
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
}
