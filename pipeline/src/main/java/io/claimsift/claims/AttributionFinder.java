package io.claimsift.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the source a sentence attributes its content to ("Reuters", "the report", "UN experts").
 *
 * <p>Immutable and thread-safe once built. Forms, in order of precedence:
 *
 * <ol>
 *   <li>"according to X", "Per X," / "As per X," at sentence start, "as reported by X";
 *   <li>a subject before a reporting verb ("X said/reported/believes/claimed/stated..."), including
 *       the trailing form ("..., the report said.") and the inverted form (", said the spokesman.").
 * </ol>
 *
 * <p>X is a noun phrase of at most eight words: a run of capitalized words or a determiner phrase
 * ending in a source noun, with descriptors kept ("news medium Reuters", "South Korean cybersecurity
 * firm Cuvepia"). "An excerpt of the report" is reduced to "the report". Pronouns ("it", "she",
 * "who") are never returned: such sentences give null unless another form matches.
 */
public final class AttributionFinder {

  private static final Pattern TOKEN = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|['’&-](?=[\\p{L}\\p{N}]))*|\\S");
  private static final Pattern EXCERPT_OF =
      Pattern.compile(
          "(?i)^(?:an?|the)\\s+(?:excerpt|extract|copy|passage|section|part|portion|version|draft|summary)"
              + "\\s+(?:of|from)\\s+(.+)$");

  private static final Set<String> VERBS =
      Set.of(
          "said", "says", "say", "stated", "states", "reported", "reports", "told", "tells",
          "indicated", "indicates", "believes", "believe", "claimed", "claims", "claim", "revealed",
          "reveals", "warned", "warns", "noted", "notes", "added", "adds", "announced", "announces",
          "confirmed", "confirms", "estimated", "estimates", "wrote", "writes", "explained",
          "explains", "argued", "argues", "suggested", "suggests", "suggest", "found", "finds",
          "showed", "shows", "reads", "alleged", "alleges", "disclosed", "discloses", "insisted",
          "insists", "acknowledged", "admitted", "denied", "denies");
  /** Verb forms that are also plural nouns ("previous reports from"): need a clause-like follower. */
  private static final Set<String> NOUN_LIKE_VERBS =
      Set.of("reports", "claims", "claim", "notes", "states", "estimates", "shows", "finds", "say", "reads");
  private static final Set<String> NOUN_FOLLOWERS =
      Set.of("of", "from", "in", "on", "by", "for", "about", "to", "with", "at", "against", "were",
          "was", "are", "is", "have", "has", "had", "and", "or", "suggest", "show", "say");
  /** Adverbs and auxiliaries allowed between subject and verb ("the experts also believe"). */
  private static final Set<String> BETWEEN =
      Set.of("has", "have", "had", "also", "previously", "recently", "reportedly", "earlier", "later",
          "now", "repeatedly", "publicly", "separately", "already", "once", "again", "further",
          "still", "first", "initially", "then", "long");
  private static final Set<String> PRONOUNS =
      Set.of("it", "they", "he", "she", "we", "i", "you", "who", "which", "that", "this", "these",
          "those", "one", "him", "her", "them", "us", "me", "there", "someone", "some", "others");
  private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my", "your");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> CONNECTORS = Set.of("of", "from", "for", "at");
  /** Lowercase words that cannot be part of a subject noun phrase (walking left from the verb). */
  private static final Set<String> SUBJECT_STOP =
      Set.of("and", "or", "but", "that", "which", "who", "whom", "whose", "when", "where", "while",
          "as", "if", "because", "since", "although", "though", "after", "before", "than", "then",
          "so", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "will",
          "would", "could", "should", "may", "might", "must", "can", "not", "to", "in", "on", "with",
          "by", "into", "about", "it", "they", "he", "she", "we", "i", "you", "there", "what", "how",
          "why", "says", "said", "reported", "has", "have", "had", "this", "these", "those", "some",
          "yesterday", "today", "tonight", "week", "month", "year", "ago", "recently");
  /** Words that end a source phrase read to the right ("according to a report published on..."). */
  private static final Set<String> FORWARD_STOP =
      Set.of("that", "which", "who", "whose", "where", "when", "while", "published", "released",
          "issued", "seen", "obtained", "cited", "quoted", "filed", "posted", "dated", "sent",
          "prepared", "compiled", "submitted", "shared", "on", "in", "at", "by", "for", "to", "with",
          "as", "and", "or", "but", "yesterday", "today", "tonight", "last", "this", "earlier",
          "later", "recently", "now", "is", "are", "was", "were", "has", "have", "had", "will",
          "would", "said", "says", "reported", "reports", "also", "because", "since", "if");
  /** Heads that make a lowercase phrase a source ("the report", "a spokeswoman"). */
  private static final Set<String> SOURCE_NOUNS =
      Set.of("report", "reports", "study", "survey", "statement", "document", "documents", "experts",
          "expert", "officials", "official", "spokesman", "spokeswoman", "spokesperson", "committee",
          "council", "agency", "firm", "company", "researchers", "researcher", "analysts", "analyst",
          "police", "ministry", "government", "authorities", "department", "investigators",
          "prosecutors", "panel", "sources", "source", "data", "newspaper", "outlet", "organizers",
          "organisers", "lawyers", "lawyer", "regulator", "regulators", "commission", "court",
          "minister", "president", "article", "filing", "monitors", "observers", "diplomats",
          "scientists", "economists", "watchdog", "board", "office", "spokespeople", "representatives");
  /** Capitalized words that open sentences but do not name anyone. */
  private static final Set<String> COMMON_OPENERS =
      Set.of("The", "A", "An", "This", "That", "These", "Those", "Previous", "Some", "Many", "Most",
          "Several", "Other", "Such", "Both", "All", "New", "Recent", "Earlier", "Later", "However",
          "Meanwhile", "It", "They", "He", "She", "We", "I", "You", "There", "Its", "Their");

  private AttributionFinder() {}

  /** The English preset. */
  public static AttributionFinder english() {
    return new AttributionFinder();
  }

  /** The source named by {@code sentence}, or null when it names none. */
  public String find(String sentence) {
    // Tokens come from the plain-space copy; phrases are cut from the original (same offsets).
    List<Token> tokens = tokenize(Offsets.plainSpaces(sentence));
    String explicit = explicitSource(sentence, tokens);
    return explicit != null ? explicit : subjectOfReportingVerb(sentence, tokens);
  }

  private String explicitSource(String s, List<Token> t) {
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).lower();
      boolean according = w.equals("according") && is(t, i + 1, "to");
      boolean asReportedBy = w.equals("as") && is(t, i + 1, "reported") && is(t, i + 2, "by");
      boolean per = w.equals("per") && (i == 0 || (i == 1 && t.get(0).lower().equals("as")));
      int from = according ? i + 2 : asReportedBy ? i + 3 : per ? i + 1 : -1;
      if (from >= 0) {
        String source = forwardPhrase(s, t, from);
        if (source != null) {
          return source;
        }
      }
    }
    return null;
  }

  private String subjectOfReportingVerb(String s, List<Token> t) {
    for (int v = 0; v < t.size(); v++) {
      if (!VERBS.contains(t.get(v).text())) {
        continue;
      }
      if (NOUN_LIKE_VERBS.contains(t.get(v).text())
          && v + 1 < t.size() && NOUN_FOLLOWERS.contains(t.get(v + 1).lower())) {
        continue; // "reports from South Korea": a noun, not a verb
      }
      String subject = subjectBefore(s, t, v);
      if (subject == null && isInverted(t, v)) {
        subject = forwardPhrase(s, t, v + 1); // "..., said the spokesman."
      }
      if (subject != null) {
        return subject;
      }
    }
    return null;
  }

  /** Walks left from the verb over the subject noun phrase; null when it is not a nameable source. */
  private String subjectBefore(String s, List<Token> t, int verb) {
    int j = verb - 1;
    for (int skipped = 0; j >= 0 && skipped < 3 && isBetweenWord(t.get(j)); skipped++) {
      j--;
    }
    if (j < 0 || PRONOUNS.contains(t.get(j).lower())) {
      return null;
    }
    int first = -1;
    for (int k = j; k >= 0 && j - k < 8; k--) {
      Token tok = t.get(k);
      String w = tok.lower();
      if (!tok.isWord()) {
        break;
      }
      if (DETERMINERS.contains(w) || POSSESSIVES.contains(w)) {
        first = k;
        if (k > 0 && CONNECTORS.contains(t.get(k - 1).lower()) && !POSSESSIVES.contains(w)) {
          continue; // "a spokesman for the ministry"
        }
        break;
      }
      if (SUBJECT_STOP.contains(w) && !(tok.isCapitalized() && k > 0)) {
        break; // a capitalized stop word inside a name ("The Who") is kept, sentence-initial "As" is not
      }
      first = k;
    }
    while (first >= 0 && first <= j && CONNECTORS.contains(t.get(first).lower())) {
      first++;
    }
    if (first < 0 || first > j) {
      return null;
    }
    return isSource(t, first, j) ? clean(s.substring(t.get(first).start(), t.get(j).end())) : null;
  }

  /** "..., said the spokesman." / "“...,” says Reuters": the verb follows a comma or quote. */
  private static boolean isInverted(List<Token> t, int verb) {
    return verb > 0 && ",\"”’'".contains(t.get(verb - 1).text());
  }

  /** Reads a source phrase to the right of {@code from}: up to punctuation or a clause word. */
  private String forwardPhrase(String s, List<Token> t, int from) {
    int last = -1;
    for (int k = from; k < t.size() && k - from < 8; k++) {
      Token tok = t.get(k);
      if (!tok.isWord() || (!tok.isCapitalized() && FORWARD_STOP.contains(tok.lower()))) {
        break;
      }
      last = k;
    }
    while (last >= from && (DETERMINERS.contains(t.get(last).lower()) || CONNECTORS.contains(t.get(last).lower()))) {
      last--;
    }
    if (last < from || PRONOUNS.contains(t.get(from).lower()) && last == from) {
      return null;
    }
    return clean(s.substring(t.get(from).start(), t.get(last).end()));
  }

  /** A subject names a source when it has a proper name or acronym, or ends in a source noun. */
  private static boolean isSource(List<Token> t, int first, int last) {
    if (SOURCE_NOUNS.contains(t.get(last).lower())) {
      return true;
    }
    for (int k = first; k <= last; k++) {
      Token tok = t.get(k);
      boolean opener = k == 0 && COMMON_OPENERS.contains(tok.text());
      if (tok.isCapitalized() && !opener && !DETERMINERS.contains(tok.lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBetweenWord(Token tok) {
    String w = tok.lower();
    return tok.isWord() && (BETWEEN.contains(w) || (w.endsWith("ly") && w.length() > 4 && !tok.isCapitalized()));
  }

  private static String clean(String phrase) {
    Matcher m = EXCERPT_OF.matcher(phrase);
    return m.matches() ? m.group(1) : phrase;
  }

  private static boolean is(List<Token> t, int i, String lower) {
    return i < t.size() && t.get(i).lower().equals(lower);
  }

  private static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      tokens.add(new Token(m.group(), m.start(), m.end()));
    }
    return tokens;
  }

  /** A word or punctuation mark with its offsets in the sentence. */
  private record Token(String text, int start, int end) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized() {
      return Character.isUpperCase(text.charAt(0));
    }
  }
}
