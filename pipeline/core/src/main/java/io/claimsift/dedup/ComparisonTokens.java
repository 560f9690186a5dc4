package io.claimsift.dedup;

import io.claimsift.claims.quantities.NumberWords;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Weekdays;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sentence into the tokens the matcher and the blocking keys compare.
 *
 * <p>{@link #contentTokens}, in order:
 *
 * <ol>
 *   <li>each quantity's surface text is cut out of the sentence (found at its offsets when they
 *       match {@code text}, otherwise at the first occurrence of {@code text} not yet used) and
 *       replaced by its canonical token ({@code money:USD:2.0E9}, {@code pct:12.0}, {@code
 *       num:35.0}; see {@link QuantityAgreement#canonicalToken}). A quantity whose text cannot be
 *       found still contributes its token, after the other tokens;
 *   <li>the remaining text is NFKC-normalised and lower-cased (Locale.ROOT);
 *   <li>possessive {@code 's} is dropped, apostrophes inside words are removed ("don't" →
 *       "dont");
 *   <li>hyphenated words are SPLIT ("cyber-attacks" → "cyber", "attack"), so that "cyber attacks"
 *       and "cyber-attacks" agree; a hyphenated number word is joined ("twenty-five" → "25");
 *   <li>every other non-letter, non-digit char is a separator; digit groups keep a decimal point
 *       and lose thousands commas ("1,000" → "1000");
 *   <li>number words zero..ninety become digits ("five" → "5");
 *   <li>English stop words and single letters are dropped;
 *   <li>light plural stemming: -ies → -y, -sses/-shes/-ches/-xes → drop "es", -s → drop "s"
 *       (not after s/u/i, not for a short exception list such as "news", not for words of 3
 *       chars or less).
 * </ol>
 *
 * <p>Tokens come out in sentence order, duplicates kept; callers that want a set make one.
 */
public final class ComparisonTokens {
  private ComparisonTokens() {}

  /** English stop words (lower-case, apostrophes removed). */
  public static final Set<String> STOP_WORDS =
      Set.of(
          "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any",
          "are", "arent", "as", "at", "be", "because", "been", "before", "being", "below",
          "between", "both", "but", "by", "can", "cannot", "cant", "could", "couldnt", "did",
          "didnt", "do", "does", "doesnt", "doing", "dont", "down", "during", "each", "few", "for",
          "from", "further", "had", "hadnt", "has", "hasnt", "have", "havent", "having", "he",
          "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
          "into", "is", "isnt", "it", "its", "itself", "just", "me", "more", "most", "my",
          "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
          "ought", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should",
          "shouldnt", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
          "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
          "under", "until", "up", "very", "was", "wasnt", "we", "were", "werent", "what", "when",
          "where", "which", "while", "who", "whom", "why", "will", "with", "wont", "would",
          "wouldnt", "you", "your", "yours", "yourself", "yourselves", "also", "may", "might",
          "must", "shall", "us", "via", "per", "upon", "within", "without", "across", "among",
          "around", "since", "yet", "ll", "ve", "re");

  private static final Set<String> NO_STEM =
      Set.of(
          "news", "series", "species", "means", "physics", "economics", "politics", "always",
          "perhaps", "whereas", "chaos", "bias", "gas", "lens", "yes", "thus", "various",
          "previous", "numerous", "serious", "famous", "analysis", "crisis", "basis", "status");

  private static final Set<String> MONTHS_AND_DAYS = monthAndDayNames();

  private static final Pattern POSSESSIVE = Pattern.compile("['’`]s(?![\\p{L}\\p{N}])");
  private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{L})['’`](?=\\p{L})");
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-.,][\\p{L}\\p{M}\\p{N}]+)*");
  private static final Pattern NUMERIC = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*");
  /** Compiled once: {@code String.split} compiles a pattern of more than one char on every call. */
  private static final Pattern PART_SEPARATOR = Pattern.compile("[-.,]");

  /** The content tokens of a sentence; see the class comment for the steps. */
  public static List<String> contentTokens(String sentence, List<QuantityMention> quantities) {
    List<String> result = new ArrayList<>();
    List<Span> spans = locate(sentence, quantities);
    int cursor = 0;
    for (Span s : spans) {
      if (s.start >= 0) {
        textTokens(sentence.substring(cursor, s.start), result);
        s.token.ifPresent(result::add);
        cursor = s.end;
      }
    }
    textTokens(sentence.substring(cursor), result);
    for (Span s : spans) {
      if (s.start < 0) {
        s.token.ifPresent(result::add);
      }
    }
    return result;
  }

  /**
   * The capitalised-entity tokens of a sentence, lower-cased and sorted: every word that is an
   * all-caps acronym (2+ letters, anywhere, e.g. "DPRK", "WMD") or starts with an upper-case letter
   * and is not the first word of the sentence ("North", "Korea", "Reuters"). Quantity surface texts
   * are skipped (so "USD" in "USD 2 billion" is no entity), as are stop words and month and day
   * names. Words split at any non-letter/digit char ("Korea's" gives "Korea"). Multi-word names
   * are compared word by word.
   */
  public static Set<String> entityTokens(String sentence, List<QuantityMention> quantities) {
    Matcher firstMatch = WORD.matcher(sentence);
    int firstWordStart = firstMatch.find() ? firstMatch.start() : -1;
    StringBuilder masked = new StringBuilder(sentence);
    for (Span s : locate(sentence, quantities)) {
      if (s.start >= 0) {
        for (int i = s.start; i < s.end; i++) {
          masked.setCharAt(i, ' ');
        }
      }
    }
    Set<String> out = new TreeSet<>();
    Matcher m = WORD.matcher(masked);
    while (m.find()) {
      String w = Normalizer.normalize(m.group(), Normalizer.Form.NFKC);
      if (w.isEmpty()) {
        continue;
      }
      int letters = 0;
      int upper = 0;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (Character.isUpperCase(c)) {
            upper++;
          }
        }
      }
      boolean acronym = letters >= 2 && upper == letters;
      boolean capitalised = Character.isUpperCase(w.charAt(0)) && m.start() != firstWordStart;
      if (!acronym && !capitalised) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.length() < 2 || STOP_WORDS.contains(lower) || MONTHS_AND_DAYS.contains(lower)) {
        continue;
      }
      out.add(lower);
    }
    return out;
  }

  /** Light plural stemming; see the class comment. */
  public static String stem(String w) {
    if (w.length() <= 3 || NO_STEM.contains(w) || !w.endsWith("s")) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    char before = w.charAt(w.length() - 2);
    if (before == 's' || before == 'u' || before == 'i') {
      return w;
    }
    return w.substring(0, w.length() - 1);
  }

  private static void textTokens(String raw, List<String> out) {
    if (raw.isEmpty()) {
      return;
    }
    String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    if (hasApostrophe(text)) { // both patterns need one; most segments have none
      text = POSSESSIVE.matcher(text).replaceAll(" ");
      text = INNER_APOSTROPHE.matcher(text).replaceAll("");
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String tok = m.group();
      if (NUMERIC.matcher(tok).matches()) {
        addNumeric(tok, out);
        continue;
      }
      String joined = joinNumberWords(tok);
      if (joined != null) {
        out.add(joined);
        continue;
      }
      for (String part : PART_SEPARATOR.split(tok)) {
        if (NUMERIC.matcher(part).matches()) {
          addNumeric(part, out);
        } else {
          addWord(part, out);
        }
      }
    }
  }

  private static boolean hasApostrophe(String text) {
    return text.indexOf('\'') >= 0 || text.indexOf('’') >= 0 || text.indexOf('`') >= 0;
  }

  private static void addNumeric(String tok, List<String> out) {
    // "1,000" -> "1000"; "2.5" stays; "1,000.5" -> "1000.5".
    String s = tok.replace(",", "");
    if (s.chars().filter(c -> c == '.').count() > 1) {
      for (String part : s.split("\\.")) {
        out.add(part);
      }
      return;
    }
    out.add(s);
  }

  private static void addWord(String w, List<String> out) {
    if (w.isEmpty()) {
      return;
    }
    int n = NumberWords.valueOf(w);
    if (n >= 0) {
      out.add(Integer.toString(n));
      return;
    }
    if (STOP_WORDS.contains(w) || (w.length() < 2 && !Character.isDigit(w.charAt(0)))) {
      return;
    }
    out.add(stem(w));
  }

  /** "twenty-five" -> "25"; null when the token is not such a compound. */
  private static String joinNumberWords(String tok) {
    int value = tok.indexOf('-') < 0 ? -1 : NumberWords.valueOf(tok);
    return value < 0 ? null : Integer.toString(value);
  }

  private static final class Span {
    final int start;
    final int end;
    final Optional<String> token;

    Span(int start, int end, Optional<String> token) {
      this.start = start;
      this.end = end;
      this.token = token;
    }
  }

  /**
   * Where each quantity's text is in the sentence, non-overlapping, sorted by start; quantities
   * that cannot be placed get start -1 and come last in input order.
   */
  private static List<Span> locate(String sentence, List<QuantityMention> quantities) {
    List<Span> placed = new ArrayList<>();
    List<Span> unplaced = new ArrayList<>();
    for (QuantityMention q : quantities) {
      Optional<String> token = QuantityAgreement.canonicalToken(q);
      String text = q.text();
      int start = -1;
      if (text != null && !text.isEmpty()) {
        if (q.start() >= 0
            && q.end() <= sentence.length()
            && q.start() <= q.end()
            && sentence.substring(q.start(), q.end()).equals(text)
            && free(placed, q.start(), q.end())) {
          start = q.start();
        } else {
          int from = 0;
          while (true) {
            int at = sentence.indexOf(text, from);
            if (at < 0) {
              break;
            }
            if (free(placed, at, at + text.length())) {
              start = at;
              break;
            }
            from = at + 1;
          }
        }
      }
      if (start >= 0) {
        placed.add(new Span(start, start + text.length(), token));
      } else {
        unplaced.add(new Span(-1, -1, token));
      }
    }
    placed.sort(Comparator.comparingInt(s -> s.start));
    placed.addAll(unplaced);
    return placed;
  }

  private static boolean free(List<Span> placed, int start, int end) {
    for (Span s : placed) {
      if (start < s.end && s.start < end) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> monthAndDayNames() {
    Set<String> names = new HashSet<>(Months.names());
    names.addAll(Weekdays.names());
    return Set.copyOf(names);
  }
}
