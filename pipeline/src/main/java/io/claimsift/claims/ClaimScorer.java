package io.claimsift.claims;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Baseline check-worthiness score in [0, 1] for one sentence.
 *
 * <p>Immutable and thread-safe once built.
 *
 * <p>0.0 for sentences that cannot be claims: questions (final "?", maybe inside quotes), commands
 * (opening with a base-form verb such as "Join", "Click", "Read", "Don't", "Please", "Check out"),
 * fewer than five words, no terminal "." or "!" (headings, lines ending in ":") and first-person
 * opinions ("I think", "we believe", "in my opinion").
 *
 * <p>Otherwise 0.2, plus 0.35 with a quantity, 0.3 with a date, 0.3 with a named entity (a
 * capitalized word that is not sentence-initial, or an all-caps acronym) together with a verb, and
 * 0.1 with an attribution; capped at 1.0 and rounded to three decimals. The date and entity weights
 * are 0.3 rather than 0.2 so that any one concrete signal clears the pipeline's 0.5 threshold, while
 * a sentence with nothing concrete stays at 0.2 or 0.3 (with an attribution).
 */
public final class ClaimScorer {

  static final double BASE = 0.2;
  static final double QUANTITY = 0.35;
  static final double DATE = 0.3;
  static final double ENTITY = 0.3;
  static final double ATTRIBUTION = 0.1;

  private static final Pattern QUESTION = Pattern.compile("\\?[\"”’'»)\\]]*\\s*$");
  private static final Pattern TERMINAL = Pattern.compile("[.!…][\"”’'»)\\]]*\\s*$");
  private static final Pattern FIRST_PERSON_OPINION =
      Pattern.compile(
          "(?i)\\b(?:(?:i|we)\\s+(?:(?:don['’]t|do not)\\s+)?(?:think|believe|feel|reckon|guess)"
              + "|in\\s+(?:my|our)\\s+(?:opinion|view)|personally,?\\s+i|i['’]m\\s+(?:sure|convinced))\\b");
  private static final Pattern IMPERATIVE =
      Pattern.compile(
          "^[\"“‘']?(?:Join|Click|Subscribe|Sign|Follow|Share|Read|Don['’]t|Do\\s+not|Please|Check\\s+out"
              + "|Learn|Get|Download|Visit|Call|Watch|Listen|Register|Tap|Leave|Discover|Buy"
              + "|Contact|Let['’]s)\\b");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
  private static final Set<String> VERBS =
      Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
          "will", "would", "can", "could", "may", "might", "must", "shall", "should", "said", "says",
          "stole", "took", "made", "gave", "won", "lost", "hit", "fell", "rose", "sent", "told", "got",
          "paid", "spent", "sold", "bought", "left", "went", "came", "saw", "found", "began", "became",
          "held", "kept", "led", "met", "ran", "set", "put", "brought", "built", "cut", "grew", "knew",
          "thought", "wrote", "struck", "fled", "seized", "raised");

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "these", "those", "its", "their", "his", "her", "our", "my", "your",
          "many", "some", "several", "all", "other", "such", "few", "of", "and", "or", "in", "on",
          "for", "with", "from", "to", "by", "at", "two", "three", "more", "most");

  private ClaimScorer() {}

  /** The English preset. */
  public static ClaimScorer english() {
    return new ClaimScorer();
  }

  /** Scores {@code sentence} given what the other engines found in it. */
  public double score(
      String sentence, List<QuantityMention> quantities, List<DateMention> dates, String attribution) {
    String s = sentence.replaceAll("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$", ""); // also no-break spaces
    if (!isStatement(s)) {
      return 0.0;
    }
    double score = BASE;
    score += quantities.isEmpty() ? 0 : QUANTITY;
    score += dates.isEmpty() ? 0 : DATE;
    score += hasEntityAndVerb(s) ? ENTITY : 0;
    score += attribution == null ? 0 : ATTRIBUTION;
    return Math.round(Math.min(1.0, score) * 1000) / 1000.0;
  }

  /** False for questions, commands, fragments, headings and first-person opinions. */
  static boolean isStatement(String s) {
    return !QUESTION.matcher(s).find()
        && TERMINAL.matcher(s).find()
        && !IMPERATIVE.matcher(s).find()
        && words(s).length >= 5
        && !FIRST_PERSON_OPINION.matcher(s).find();
  }

  private static boolean hasEntityAndVerb(String s) {
    String[] words = words(s);
    boolean entity = false;
    boolean verb = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean capitalized = Character.isUpperCase(w.charAt(0)) && !w.equals("I");
      entity |= (capitalized && i > 0) || ACRONYM.matcher(w).find();
      verb |= i > 0 && isVerb(w, words[i - 1]);
    }
    return entity && verb;
  }

  /**
   * Heuristic finite-verb test: auxiliaries, common irregular pasts, -ed, or a third-person -s form
   * that does not follow a determiner ("the report seems", not "these fears"). Over-accepting is
   * cheap here: the entity bonus only needs some verb, and fragments are already caught by the
   * terminal-punctuation rule.
   */
  private static boolean isVerb(String w, String previous) {
    if (!Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    boolean thirdPerson =
        w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3
            && !DETERMINERS.contains(previous.toLowerCase(java.util.Locale.ROOT));
    return VERBS.contains(w) || (w.endsWith("ed") && w.length() > 3) || thirdPerson;
  }

  /** Words of the sentence with surrounding punctuation removed; tokens without letters or digits are dropped. */
  private static String[] words(String s) {
    return java.util.Arrays.stream(s.split("[\\s\\p{Z}]+"))
        .map(w -> w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
        .filter(w -> !w.isEmpty())
        .toArray(String[]::new);
  }
}
