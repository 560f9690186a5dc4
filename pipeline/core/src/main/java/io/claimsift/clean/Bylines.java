package io.claimsift.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byline detection for both cleaners: who wrote a page, read from bylines ("By Jane Doe and John
 * Roe"), name lines ("Jane Doe, Senior Reporter"), the names that open author bios, and, for
 * HTML, the author meta fields and author/byline elements.
 *
 * <p>Body lines and HTML author fields strip different prefixes: a body line must say it is a
 * byline, so {@link #explicitByline} knows more openers ("Words by", "Reported by"), while an
 * author field is one already and {@link #authorFieldNames} and {@link #authorElementNames} strip
 * only the common "By", "Written by", "Posted by" and "Author:". Both lists were tuned with the
 * extraction evaluation as they are; widening the field list would change the authors the HTML
 * cleaner reports, so the two entry points stay distinct.
 *
 * <p>Immutable and thread-safe.
 */
final class Bylines {

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
  /** Between two names of one byline or author field: a comma, "and" or '&'. */
  private static final Pattern NAME_SPLIT = CleaningRules.compile("\\s*(?:,|\\band\\b|&)\\s*");
  private static final Pattern ROLE_SPLIT = Pattern.compile("\\s*(?:,|\\s[–—|-])\\s*");
  /** A lone "By" (the byline split from its linked name). */
  private static final Pattern LONE_BY = CleaningRules.compile("by\\s*:?");
  private static final Pattern BIO_START =
      Pattern.compile(
          "^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’.-]*)\\s+"
              + "(?:is|was)\\s+(?:a|an|the|currently|also|our)\\b"
              + "|^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’.-]*)\\s+"
              + "(?:has been|has|writes|covers|joined|holds|specializes|specialises|began|loves)\\b");
  /** Reported speech marks a news paragraph about a person, not an author bio. */
  private static final Pattern QUOTING =
      CleaningRules.compile("\\b(said|says|told|according to|stated)\\b");
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,;:|]+$");
  private static final Pattern AGENCY_WORD = Pattern.compile("\\p{Lu}[\\p{L}.&'’-]+");
  // Compiled once (String.split and replaceAll compile their regex on every call).
  private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
  private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
  /** The prefix an author meta field or author element may carry ("By Jane Doe"). */
  private static final Pattern AUTHOR_FIELD_PREFIX =
      Pattern.compile("(?i)^(by|written by|posted by|author\\s*:|authors\\s*:)\\s+");
  /** An author element with more words than this is a bio or a teaser, not a byline. */
  private static final int AUTHOR_ELEMENT_MAX_WORDS = 10;

  private final CleaningRules rules;

  Bylines(CleaningRules rules) {
    this.rules = rules;
  }

  /** Whether the line is a lone "By" or "By:", whose name follows on the next line. */
  boolean isLoneBy(String line) {
    return LONE_BY.matcher(line).matches();
  }

  /**
   * The names of an explicit byline ("By Jane Doe and John Roe | Updated ...", "Author: Reuters"),
   * or null when the line is no byline of at most {@code CleaningRules.bylineMaxWords()} words.
   *
   * @param line the line's original characters, whitespace collapsed
   * @param words its word count
   */
  List<String> explicitByline(String line, int words) {
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
    if (s.isEmpty() || SentenceEnd.LATIN.ends(s) || matchesAnyDigit(s)) {
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

  private static boolean containsWord(String lower, Set<String> words) {
    for (String w : lower.split("[^\\p{L}\\p{N}'-]+")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names in an author meta field ({@code <meta name="author" content="By Jane Doe, John
   * Roe">}): the field's prefix stripped, split at commas, "and" and '&amp;'. The field names
   * authors by definition, so the pieces are not checked for the shape of a name.
   */
  static String[] authorFieldNames(String field) {
    return NAME_SPLIT.split(AUTHOR_FIELD_PREFIX.matcher(field).replaceFirst(""));
  }

  /**
   * The names in the text of an author or byline element (whitespace collapsed): its prefix
   * stripped, split like a field, keeping the pieces that read as a name (capitals allowed);
   * none when the text is empty or longer than {@value #AUTHOR_ELEMENT_MAX_WORDS} words.
   */
  List<String> authorElementNames(String text) {
    List<String> names = new ArrayList<>();
    if (text.isEmpty() || LineText.wordCount(text) > AUTHOR_ELEMENT_MAX_WORDS) {
      return names;
    }
    for (String piece : NAME_SPLIT.split(AUTHOR_FIELD_PREFIX.matcher(text).replaceFirst(""))) {
      String name = personName(piece, true);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }
}
