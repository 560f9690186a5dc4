package io.claimsift.claims.attribution;

import io.claimsift.lexicon.Abbreviations;
import io.claimsift.lexicon.ReportingWords;
import io.claimsift.lexicon.WordPatterns;
import io.claimsift.lexicon.WordSet;
import io.claimsift.sentences.Offsets;
import io.claimsift.sentences.Sentence;
import java.lang.ref.WeakReference;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *   <li>a subject before a reporting verb ("X said/reported/believes/told Y/tweeted..."), including
 *       the trailing form ("..., the report said."), a subject before an apposition ("Mike Ryan,
 *       the WHO's top expert, said") or brackets ("Eli Lilly (NYSE: LLY) announced");
 *   <li>the inverted form (", said the spokesman.", ", wrote lead author Peter Horby");
 *   <li>with no reporting verb, the subject that opens the sentence when it can only be a source
 *       ("Chinese officials have raised", "The Chinese Communist Party will finally admit").
 * </ol>
 *
 * <p>X is a noun phrase of at most eight words: a run of capitalized words or a determiner phrase
 * ending in a source noun, with descriptors kept ("news medium Reuters", "South Korean cybersecurity
 * firm Cuvepia"). "An excerpt of the report" is reduced to "the report". Pronouns ("it", "she",
 * "who", but not the acronym "WHO") are never returned: {@link #find} gives null for such
 * sentences unless another form matches, and {@link #locate} looks for the speaker in the
 * neighbouring sentences.
 */
public final class AttributionFinder {

  /** How many previous sentences a quotation or pronoun report may look back for its speaker. */
  static final int LOOK_BACK = 3;
  /** How many following sentences a quotation may run on before the one that names its speaker. */
  static final int LOOK_AHEAD = 3;

  /** "Mr|Mrs|Ms|Dr|Prof": the lexicon's honorifics, capitalised. */
  private static final String TITLE = WordPatterns.anyOf(WordPatterns.capitalised(Abbreviations.honorifics()));
  private static final Pattern HONORIFIC = Pattern.compile("(?:" + TITLE + ")\\.?\\s");
  private static final Pattern SURNAME_ONLY =
      Pattern.compile("(?:(?:" + TITLE + ")\\.?\\s)?(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)");
  private static final Pattern EXCERPT_OF =
      Pattern.compile(
          "(?i)^(?:an?|the)\\s+(?:excerpt|extract|copy|passage|section|part|portion|version|draft|summary)"
              + "\\s+(?:of|from)\\s+(.+)$");

  private static final Set<String> VERBS = WordSet.copyOf(ReportingWords.verbs());
  /** Verbs whose object is the audience, not the speaker ("told CNN"): never read as inverted. */
  private static final Set<String> OBJECT_VERBS = WordSet.copyOf(ReportingWords.objectVerbs());
  /** Verb forms that are also plural nouns ("previous reports from"): need a clause-like follower. */
  private static final Set<String> NOUN_LIKE_VERBS = WordSet.copyOf(ReportingWords.nounLikeVerbs());
  private static final Set<String> NOUN_FOLLOWERS =
      WordSet.of("of", "from", "in", "on", "by", "for", "about", "to", "with", "at", "against", "were",
          "was", "are", "is", "have", "has", "had", "and", "or", "suggest", "show", "say");
  /** Adverbs and auxiliaries allowed between subject and verb ("the experts also believe"). */
  private static final Set<String> BETWEEN =
      WordSet.of("has", "have", "had", "also", "today", "yesterday", "previously", "recently", "reportedly", "earlier", "later",
          "now", "repeatedly", "publicly", "separately", "already", "once", "again", "further",
          "still", "first", "initially", "then", "long");
  private static final Set<String> PRONOUNS =
      WordSet.of("it", "they", "he", "she", "we", "i", "you", "who", "which", "that", "this", "these",
          "those", "one", "him", "her", "them", "us", "me", "there", "someone", "some", "others");
  /** How many words the subject that opens a sentence may have (see {@link #openingSubject}). */
  private static final int OPENING_SUBJECT_WORDS = 6;
  /** Words after an opening phrase that show it is no subject: prepositions, conjunctions, clause words. */
  private static final Set<String> NOT_PREDICATE =
      WordSet.of("of", "in", "on", "at", "for", "to", "by", "with", "from", "and", "or", "but", "as", "than",
          "that", "which", "who", "s");
  private static final Set<String> BE_FORMS = WordSet.of("is", "are", "was", "were", "be", "been", "being");
  private static final Set<String> PREPOSITIONS = WordSet.of("in", "on", "with", "by", "into", "about", "to");
  private static final Set<String> REPORTING_PRONOUNS = WordSet.of("he", "she", "they", "it", "we", "i");
  private static final Set<String> POSSESSIVES = WordSet.of("its", "their", "his", "her", "our", "my", "your");
  private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an");
  private static final Set<String> CONNECTORS = WordSet.of("of", "from", "for", "at");
  /** Lowercase words that cannot be part of a subject noun phrase (walking left from the verb). */
  private static final Set<String> SUBJECT_STOP =
      WordSet.of("and", "or", "but", "that", "which", "who", "whom", "whose", "when", "where", "while",
          "as", "if", "because", "since", "although", "though", "after", "before", "than", "then",
          "so", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "will",
          "would", "could", "should", "may", "might", "must", "can", "not", "to", "in", "on", "with",
          "by", "into", "about", "it", "they", "he", "she", "we", "i", "you", "there", "what", "how",
          "why", "says", "said", "reported", "has", "have", "had", "this", "these", "those", "some",
          "yesterday", "today", "tonight", "week", "month", "year", "ago", "recently");
  /** Words that end a source phrase read to the right ("according to a report published on..."). */
  private static final Set<String> FORWARD_STOP =
      WordSet.of("that", "which", "who", "whose", "where", "when", "while", "published", "released",
          "issued", "seen", "obtained", "cited", "quoted", "filed", "posted", "dated", "sent",
          "prepared", "compiled", "submitted", "shared", "on", "in", "at", "by", "for", "to", "with",
          "as", "and", "or", "but", "yesterday", "today", "tonight", "last", "this", "earlier",
          "later", "recently", "now", "is", "are", "was", "were", "has", "have", "had", "will",
          "would", "said", "says", "reported", "reports", "also", "because", "since", "if",
          "conducted", "carried", "led", "funded", "commissioned", "based", "made");
  /** Heads that make a lowercase phrase a source ("the report", "a spokeswoman"). */
  private static final Set<String> SOURCE_NOUNS = WordSet.copyOf(ReportingWords.sourceNouns());
  /** Heads of a descriptor before a person's name ("Health Minister", "MIT engineer"), lower case. */
  private static final Set<String> ROLE_NOUNS = WordSet.copyOf(ReportingWords.roleNouns());
  private static final Set<String> HONORIFICS = WordSet.copyOf(Abbreviations.honorifics());
  /** Capitalized words that open sentences but do not name anyone. */
  private static final Set<String> COMMON_OPENERS =
      WordSet.of("The", "A", "An", "This", "That", "These", "Those", "Previous", "Some", "Many", "Most",
          "Several", "Other", "Such", "Both", "All", "New", "Recent", "Earlier", "Later", "However",
          "Meanwhile", "It", "They", "He", "She", "We", "I", "You", "There", "Its", "Their");

  private AttributionFinder() {}

  /** The English preset. */
  public static AttributionFinder english() {
    return new AttributionFinder();
  }

  /** The source named by {@code sentence}, or null when it names none. */
  public String find(String sentence) {
    Span span = span(sentence);
    return span == null ? null : sentence.substring(span.start(), span.end());
  }

  /**
   * The claimer of {@code sentences.get(index)}, with offsets into {@code cleanText}: named in the
   * sentence itself, or else taken from a neighbour when the sentence cannot stand alone as to its
   * source. A sentence inside a quotation (it opens with a quotation mark, holds an odd number of
   * them, or follows a quotation still open: '“They could still spread it.') takes the claimer of
   * the sentence that closes the quotation, up to {@value #LOOK_AHEAD} sentences on, when that one
   * names one ('... matters,” Chemaly said.'); a sentence inside a quotation or reporting through a
   * pronoun ("he said") takes the claimer of the closest of the previous {@value #LOOK_BACK}
   * sentences that names one, as long as the sentences in between are quotations or pronoun
   * reports too. Anything else has no claimer. The cost is bounded by a constant number of
   * neighbours, each read once.
   */
  public Attribution locate(String cleanText, List<Sentence> sentences, int index) {
    Sentence sentence = sentences.get(index);
    Offsets.requireInside(cleanText, sentence);
    // each text is cut into tokens once here: span and reportsThroughPronoun read the same tokens
    List<Token> ownTokens = tokens(sentence.text());
    Span own = span(sentence.text(), ownTokens);
    if (own != null) {
      return fullName(cleanText, sentence, at(sentence, own, true));
    }
    boolean quotation = isQuotationFragment(sentence.text()) || opensInsideQuotation(sentences, index);
    // a whole quotation ('“Pets are not the problem.”') may still belong to the next quoted sentence's speaker
    int ahead = closesQuotation(sentence.text()) ? 1 : LOOK_AHEAD;
    boolean open = quotation;
    for (int k = index + 1; open && k < sentences.size() && k - index <= ahead; k++) {
      String next = sentences.get(k).text();
      if (quoteMarks(next) > 0) {
        Span span = span(next);
        if (span != null) {
          return fullName(cleanText, sentence, at(sentences.get(k), span, false));
        }
        open = false; // the quotation ends here without naming its speaker
      }
    }
    boolean chained = quotation || reportsThroughPronoun(ownTokens);
    for (int k = index - 1; chained && k >= 0 && index - k <= LOOK_BACK; k--) {
      Sentence previous = sentences.get(k);
      List<Token> previousTokens = tokens(previous.text());
      Span span = span(previous.text(), previousTokens);
      if (span != null) {
        return fullName(cleanText, sentence, at(previous, span, false));
      }
      chained = isQuotationFragment(previous.text()) || reportsThroughPronoun(previousTokens)
          || opensInsideQuotation(sentences, k);
    }
    return null;
  }

  /**
   * True when a quotation opened in one of the previous {@value #LOOK_BACK} sentences is still
   * open where this sentence starts: the last quotation mark before it opens one.
   */
  static boolean opensInsideQuotation(List<Sentence> sentences, int index) {
    for (int k = index - 1; k >= 0 && index - k <= LOOK_BACK; k--) {
      String text = sentences.get(k).text();
      for (int i = text.length() - 1; i >= 0; i--) {
        if (isQuoteMark(text.charAt(i))) {
          return isOpeningMark(text, i);
        }
      }
    }
    return false;
  }

  /** True when the sentence's last quotation mark closes a quotation. */
  private static boolean closesQuotation(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (isQuoteMark(text.charAt(i))) {
        return !isOpeningMark(text, i);
      }
    }
    return false;
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”';
  }

  /** “ opens, ” closes; a straight mark opens at the start or after a space or bracket, before a non-space. */
  private static boolean isOpeningMark(String text, int i) {
    char c = text.charAt(i);
    if (c != '"') {
      return c == '“';
    }
    boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([:".indexOf(text.charAt(i - 1)) >= 0;
    boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    return before && after;
  }

  /**
   * A bare surname ("Lau", "Mr Romanoff") becomes the first earlier full mention of that person in
   * the text ("Graham Lau"): news stories name people in full once, then by surname.
   */
  static Attribution fullName(String cleanText, Sentence claim, Attribution claimer) {
    Matcher surname = SURNAME_ONLY.matcher(claimer.text());
    if (!surname.matches()) {
      return claimer;
    }
    int firstStart = earliestFullNameStart(cleanText, surname.group(1), claimer.start());
    if (firstStart < 0) {
      return claimer;
    }
    Pattern full = Pattern.compile("\\b(?:\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s){1,2}" + Pattern.quote(surname.group(1)) + "\\b");
    // the text before the claimer as a view (no copy) behaves as region(0, claimer.start()) does,
    // and no match starts before firstStart
    Matcher m = full.matcher(CharBuffer.wrap(cleanText, 0, claimer.start()));
    for (boolean found = m.find(firstStart); found; found = m.find()) {
      String[] words = m.group().split("\\s");
      // "As Josie Golding" and "Minister Lena Hallengren" start one word too early. A mention
      // after an honorific ("Dr Jeremy Rossman" for "Dr Rossman") is not taken: measured, it lost
      // an exact match on the check half.
      boolean extra = words.length == 3 && isNotName(words[0]);
      if (!HONORIFIC.matcher(m.group()).lookingAt() && (!isNotName(words[0]) || extra)) {
        int start = extra ? m.start() + words[0].length() + 1 : m.start();
        // the earlier full name can lie in the claim's own sentence, even when the surname came
        // from a neighbour: in_sentence says where the returned span is
        boolean inClaim = start >= claim.start() && m.end() <= claim.end();
        return new Attribution(cleanText.substring(start, m.end()), start, m.end(), inClaim);
      }
    }
    return claimer;
  }

  /** A capitalised word that opens a sentence or names a role, not a first name ("As", "Minister"). */
  private static boolean isNotName(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return COMMON_OPENERS.contains(word) || SUBJECT_STOP.contains(lower) || FORWARD_STOP.contains(lower)
        || ROLE_NOUNS.contains(lower);
  }

  /**
   * Where the first full mention of {@code surname} ending by {@code end} can start at the
   * earliest, or -1 when none can. A mention (one or two capitalised words, each followed by one
   * whitespace character, then the surname) needs the surname right after a whitespace character
   * that ends a word, and starts at most two words before it; later such places cannot start
   * earlier. Running the regex over the whole text before every surname-only claimer made an
   * article that names someone by surname on every line quadratic in its length.
   */
  private static int earliestFullNameStart(String text, String surname, int end) {
    int x = FIRST_FULL_NAME_PLACE.get().of(text, surname);
    if (x < 0 || x + surname.length() > end) {
      return -1;
    }
    int word = wordStart(text, x - 1);
    return word >= 1 && isRegexSpace(text.charAt(word - 1)) ? wordStart(text, word - 1) : word;
  }

  /**
   * Per worker thread, the first place in the current text where a full mention of a surname can
   * end (see {@link #earliestFullNameStart}), by surname: it depends on the text and the surname
   * only, so each article searches for each surname once, not once per sentence. The text is held
   * weakly and compared by identity, so the cache never keeps an article alive nor mixes two.
   */
  private static final ThreadLocal<FullNamePlaces> FIRST_FULL_NAME_PLACE = ThreadLocal.withInitial(FullNamePlaces::new);

  /** The cache behind {@link #FIRST_FULL_NAME_PLACE}, for one thread. */
  private static final class FullNamePlaces {
    private WeakReference<String> text = new WeakReference<>(null);
    private final Map<String, Integer> bySurname = new HashMap<>();

    int of(String currentText, String surname) {
      if (text.get() != currentText) {
        text = new WeakReference<>(currentText);
        bySurname.clear();
      }
      return bySurname.computeIfAbsent(surname, s -> firstPlace(currentText, s));
    }

    /** The first index where {@code surname} follows one whitespace character that ends a word, or -1. */
    private static int firstPlace(String text, String surname) {
      for (int x = text.indexOf(surname, 2); x >= 0; x = text.indexOf(surname, x + 1)) {
        if (isRegexSpace(text.charAt(x - 1)) && isNameChar(text.charAt(x - 2))) {
          return x;
        }
      }
      return -1;
    }
  }

  /** The start of the run of name characters that ends at {@code end}. */
  private static int wordStart(String text, int end) {
    int start = end;
    while (start > 0 && isNameChar(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** A character of {@code [\p{L}'’-]}, or half of a surrogate pair (which may be a letter). */
  private static boolean isNameChar(char c) {
    return Character.isLetter(c) || c == '\'' || c == '’' || c == '-' || Character.isSurrogate(c);
  }

  /** A character of the regex class {@code \s} (ASCII whitespace). */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Opens with a quotation mark, or holds an odd number of them: part of a longer quotation. */
  static boolean isQuotationFragment(String sentence) {
    String s = sentence.strip();
    int marks = quoteMarks(s);
    return marks % 2 == 1 || (!s.isEmpty() && "\"“”".indexOf(s.charAt(0)) >= 0);
  }

  /** The number of quotation marks ({@code "}, “ and ”) in {@code s}. */
  private static int quoteMarks(String s) {
    int marks = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '“' || c == '”') {
        marks++;
      }
    }
    return marks;
  }

  static Attribution at(Sentence sentence, Span span, boolean inSentence) {
    return new Attribution(sentence.text().substring(span.start(), span.end()),
        sentence.start() + span.start(), sentence.start() + span.end(), inSentence);
  }

  /** Where {@code sentence} names its source (offsets into the sentence), or null. */
  Span span(String sentence) {
    return span(sentence, tokens(sentence));
  }

  /** {@link #span(String)} with the sentence's {@link #tokens}. */
  private Span span(String sentence, List<Token> tokens) {
    Span explicit = explicitSource(sentence, tokens);
    Span found = explicit != null ? explicit : subjectOfReportingVerb(sentence, tokens);
    if (found == null && !isTitleCase(tokens)) {
      found = openingSubject(tokens);
    }
    return found == null ? null : withoutDescriptor(tokens, found);
  }

  /**
   * The subject that opens a sentence with no reporting verb, when it can only be a source: a
   * phrase headed by a source noun ("Chinese officials have raised the possibility", "Scientists
   * writing in Nature Medicine made clear") or a name of two or more capitalised words ("The
   * Chinese Communist Party will finally admit"), followed by a lower-case word that starts the
   * predicate (not a preposition, conjunction or form of "be"). NewsClaims names such a subject as
   * the claimer whatever its verb. A possessive ("Thursday's briefing") or a headline's capitalised
   * run is no subject.
   */
  private static Span openingSubject(List<Token> t) {
    int k = 0;
    while (k < t.size() && k < OPENING_SUBJECT_WORDS) {
      Token tok = t.get(k);
      if (!tok.isWord() || SUBJECT_STOP.contains(tok.lower()) || CONNECTORS.contains(tok.lower())) {
        break;
      }
      if (SOURCE_NOUNS.contains(tok.lower()) && startsPredicate(t, k + 1)) {
        return new Span(t.get(0).start(), tok.end());
      }
      k++;
    }
    int first = t.isEmpty() || !t.get(0).lower().equals("the") ? 0 : 1;
    int last = first - 1;
    for (k = first; k < t.size() && k - first < OPENING_SUBJECT_WORDS; k++) {
      Token tok = t.get(k);
      boolean name = tok.isWord() && tok.isCapitalized() && !(k == 0 && COMMON_OPENERS.contains(tok.text()))
          && !tok.isPossessive();
      boolean inner = last >= first && tok.isWord() && (CONNECTORS.contains(tok.lower()) || tok.lower().equals("and"))
          || last >= first && tok.text().equals(".") && HONORIFICS.contains(t.get(last).lower());
      if (name) {
        last = k;
      } else if (!inner) {
        break;
      }
    }
    boolean twoWords = last > first && t.get(last).start() > t.get(first).end();
    return twoWords && startsPredicate(t, last + 1) ? new Span(t.get(first).start(), t.get(last).end()) : null;
  }

  /** A lower-case word that can start a predicate: no preposition, conjunction or form of "be". */
  private static boolean startsPredicate(List<Token> t, int k) {
    if (k >= t.size() || !t.get(k).isWord() || t.get(k).isCapitalized() || Character.isDigit(t.get(k).text().charAt(0))) {
      return false;
    }
    String w = t.get(k).lower();
    // "The president was roundly criticized": a form of "be" describes the subject, it reports nothing
    return !NOT_PREDICATE.contains(w) && !BE_FORMS.contains(w);
  }

  /**
   * "Swedish Health Minister Lena Hallengren" becomes "Lena Hallengren": a descriptor ending in a
   * role noun is dropped when a name of at least two capitalised words (an honorific counts) ends
   * the phrase, as the NewsClaims gold writes claimers. A one-word name keeps its descriptor
   * ("news medium Reuters", "cybersecurity firm Cuvepia"): without it the phrase says less.
   */
  private static Span withoutDescriptor(List<Token> t, Span span) {
    int last = -1;
    for (int k = t.size() - 1; k >= 0 && last < 0; k--) {
      if (t.get(k).end() == span.end()) {
        last = k;
      }
    }
    int first = last;
    int words = 0;
    while (first >= 0 && t.get(first).start() >= span.start()) {
      Token tok = t.get(first);
      boolean nameWord = tok.isWord() && tok.isCapitalized() && !ROLE_NOUNS.contains(tok.lower());
      boolean titleDot = tok.text().equals(".") && first > 0 && HONORIFICS.contains(t.get(first - 1).lower());
      if (!nameWord && !titleDot) {
        break;
      }
      words += nameWord ? 1 : 0;
      first--;
    }
    boolean roleBefore = first >= 0 && t.get(first).start() >= span.start() && t.get(first).isWord()
        && ROLE_NOUNS.contains(t.get(first).lower());
    return roleBefore && words >= 2 ? new Span(t.get(first + 1).start(), span.end()) : span;
  }


  /**
   * A headline: at least four words of four letters or more, and at most one in five of them lower
   * case ("North Korea’s $2 Billion Crypto Exchange Thefts Funds Kim’s Nukes: UN Report").
   */
  private static boolean isTitleCase(List<Token> t) {
    int long4 = 0;
    int lower = 0;
    for (Token tok : t) {
      if (tok.isWord() && tok.text().length() >= 4 && Character.isLetter(tok.text().charAt(0))) {
        long4++;
        lower += tok.isCapitalized() ? 0 : 1;
      }
    }
    return long4 >= 4 && lower * 5 <= long4;
  }

  /** True when {@code word} is a reporting verb as written ("said", "claims"). */
  boolean isReportingVerb(String word) {
    return VERBS.contains(word);
  }

  /** True when the sentence is a headline (see {@link #isTitleCase}). */
  static boolean isHeadline(String sentence) {
    return isTitleCase(tokenize(Offsets.plainSpaces(sentence)));
  }

  /**
   * The run of capitalised words that opens the sentence, after an optional "The" ("World Health
   * Organization officials" gives "World Health Organization"), with inner "of", "for", "and";
   * null when the sentence opens otherwise or with a common opener ("However", "It"). A candidate
   * for the learned scorer only: alone it is wrong more often than right.
   */
  static Span openingRun(String sentence) {
    List<Token> t = tokenize(Offsets.plainSpaces(sentence));
    int first = !t.isEmpty() && t.get(0).lower().equals("the") ? 1 : 0;
    int last = first - 1;
    for (int k = first; k < t.size() && k - first < OPENING_SUBJECT_WORDS; k++) {
      Token tok = t.get(k);
      boolean name = tok.isWord() && tok.isCapitalized() && !(k == 0 && COMMON_OPENERS.contains(tok.text()))
          && !PRONOUNS.contains(tok.lower());
      boolean inner = last >= first && tok.isWord() && (CONNECTORS.contains(tok.lower()) || tok.lower().equals("and"));
      if (name) {
        last = k;
      } else if (!inner) {
        break;
      }
    }
    if (last < first) {
      return null;
    }
    String word = t.get(last).text();
    int end = t.get(last).isPossessive() ? t.get(last).end() - 2 : t.get(last).end();
    return end > t.get(first).start() && !word.isEmpty() ? new Span(t.get(first).start(), end) : null;
  }

  /**
   * Every phrase of the sentence that could name a source: each run of capitalised words (inner
   * "of", "for", "and" allowed; not a lone common opener) and each phrase ending in a source noun
   * ("one Chinese foreign ministry spokesperson", "scientists"), at most {@value #OPENING_SUBJECT_WORDS}
   * words. Candidates for the learned scorer only; linear in the sentence's length.
   */
  static List<Span> sourcePhrases(String sentence) {
    List<Token> t = tokenize(Offsets.plainSpaces(sentence));
    List<Span> out = new ArrayList<>();
    int k = 0;
    while (k < t.size()) {
      Token tok = t.get(k);
      boolean name = tok.isWord() && tok.isCapitalized() && !COMMON_OPENERS.contains(tok.text())
          && !SUBJECT_STOP.contains(tok.lower());
      if (!name) {
        k++;
        continue;
      }
      int last = k;
      int j = k + 1;
      while (j < t.size() && j - k < OPENING_SUBJECT_WORDS) {
        Token next = t.get(j);
        if (next.isWord() && next.isCapitalized()) {
          last = j;
        } else if (!(next.isWord() && (CONNECTORS.contains(next.lower()) || next.lower().equals("and")))) {
          break;
        }
        j++;
      }
      int end = t.get(last).isPossessive() ? t.get(last).end() - 2 : t.get(last).end();
      if (end > tok.start()) {
        out.add(new Span(tok.start(), end));
      }
      k = last + 1;
    }
    for (int h = 0; h < t.size(); h++) {
      if (!t.get(h).isWord() || !SOURCE_NOUNS.contains(t.get(h).lower())) {
        continue;
      }
      int first = h;
      while (first > 0 && h - first < OPENING_SUBJECT_WORDS - 1) {
        Token before = t.get(first - 1);
        if (!before.isWord() || SUBJECT_STOP.contains(before.lower()) || CONNECTORS.contains(before.lower())
            || before.isPossessive() && !before.isCapitalized()) {
          break;
        }
        first--;
        if (DETERMINERS.contains(before.lower()) || POSSESSIVES.contains(before.lower())) {
          break;
        }
      }
      out.add(new Span(t.get(first).start(), t.get(h).end()));
    }
    return out;
  }

  /** A capitalised verb of a headline: a plain reporting verb, not one that is also a noun or takes an audience. */
  private static boolean isHeadlineVerb(String lower) {
    return VERBS.contains(lower) && !NOUN_LIKE_VERBS.contains(lower) && !OBJECT_VERBS.contains(lower);
  }

  /** True when a reporting verb's subject is a pronoun ("he said", "she told", "they claim"). */
  boolean reportsThroughPronoun(String sentence) {
    return reportsThroughPronoun(tokens(sentence));
  }

  private static boolean reportsThroughPronoun(List<Token> t) {
    for (int v = 1; v < t.size(); v++) {
      if (VERBS.contains(t.get(v).text()) && !NOUN_LIKE_VERBS.contains(t.get(v).text())) {
        int j = v - 1;
        while (j > 0 && isBetweenWord(t.get(j))) {
          j--;
        }
        if (REPORTING_PRONOUNS.contains(t.get(j).lower())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Offsets of a phrase within the sentence (end exclusive). */
  record Span(int start, int end) {}

  private Span explicitSource(String s, List<Token> t) {
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).lower();
      boolean according = w.equals("according") && is(t, i + 1, "to");
      boolean asReportedBy = w.equals("as") && is(t, i + 1, "reported") && is(t, i + 2, "by");
      boolean per = w.equals("per") && (i == 0 || (i == 1 && t.get(0).lower().equals("as")));
      int from = according ? i + 2 : asReportedBy ? i + 3 : per ? i + 1 : -1;
      if (from >= 0) {
        Span source = forwardPhrase(s, t, from);
        if (source != null) {
          return source;
        }
      }
    }
    return null;
  }

  private Span subjectOfReportingVerb(String s, List<Token> t) {
    boolean headline = isTitleCase(t);
    for (int v = 0; v < t.size(); v++) {
      // a headline capitalises its verb: "Confidential UN Report Says North Korea Stole $2 Billion"
      if (!VERBS.contains(t.get(v).text()) && !(headline && v > 0 && isHeadlineVerb(t.get(v).lower()))) {
        continue;
      }
      if (NOUN_LIKE_VERBS.contains(t.get(v).text())
          && v + 1 < t.size() && NOUN_FOLLOWERS.contains(t.get(v + 1).lower())) {
        continue; // "reports from South Korea": a noun, not a verb
      }
      boolean inverted = isInverted(t, v) && !OBJECT_VERBS.contains(t.get(v).text());
      Span subject = subjectBefore(s, t, v);
      if (subject == null) {
        subject = subjectBeforeApposition(s, t, v);
      }
      if (subject == null && inverted) {
        subject = invertedSubject(s, t, v); // "..., said the spokesman."
      }
      if (subject != null) {
        return subject;
      }
    }
    return null;
  }

  /**
   * "Mike Ryan, the WHO's top emergencies expert, said": when a comma precedes the verb, the
   * subject is the name before the appositive's opening comma, or the appositive itself when it is
   * the name ("One local, Johan Mattsson, told").
   */
  private Span subjectBeforeApposition(String s, List<Token> t, int verb) {
    int close = verb - 1;
    while (close > 0 && isBetweenWord(t.get(close))) {
      close--;
    }
    if (close <= 0 || !t.get(close).text().equals(",")) {
      return null;
    }
    int open = close - 1;
    while (open >= 0 && close - open <= 30 && !t.get(open).text().equals(",")) {
      open--;
    }
    if (open <= 0 || close - open > 30) {
      return null;
    }
    Span inner = isNameRun(t, open + 1, close - 1) ? clean(s, t.get(open + 1).start(), t.get(close - 1).end()) : null;
    Span subject = inner != null ? inner : opensClause(s, t, subjectBefore(s, t, open));
    int firstComma = 0;
    while (subject == null && firstComma < open && !t.get(firstComma).text().equals(",")) {
      firstComma++;
    }
    // "The campaign, backed by researchers, doctors and nutritionists, says": the sentence's subject
    return subject != null || firstComma >= open ? subject : opensClause(s, t, subjectBefore(s, t, firstComma));
  }

  /** The span when it starts the sentence or follows punctuation (a clause's subject), else null. */
  private static Span opensClause(String s, List<Token> t, Span span) {
    if (span == null) {
      return null;
    }
    for (int k = 0; k < t.size(); k++) {
      if (t.get(k).end() > span.start()) {
        return k == 0 || !t.get(k - 1).isWord() ? span : null;
      }
    }
    return null;
  }

  /** The phrase after an inverted verb, when it names someone ("wrote lead author Peter Horby"). */
  private Span invertedSubject(String s, List<Token> t, int verb) {
    Span span = forwardPhrase(s, t, verb + 1);
    if (span == null) {
      return null;
    }
    String phrase = s.substring(span.start(), span.end());
    return opensNounPhrase(t, verb + 1) || !phrase.equals(phrase.toLowerCase(Locale.ROOT)) ? span : null;
  }

  /** "said the spokesman", "says Shelley Rankin": a determiner, possessive or capitalised word. */
  private static boolean opensNounPhrase(List<Token> t, int k) {
    return k < t.size() && t.get(k).isWord()
        && (t.get(k).isCapitalized() || DETERMINERS.contains(t.get(k).lower()) || POSSESSIVES.contains(t.get(k).lower()));
  }

  /** A short run of capitalised words ("Johan Mattsson"), not a common sentence opener. */
  private static boolean isNameRun(List<Token> t, int first, int last) {
    if (first > last || last - first > 4) {
      return false;
    }
    for (int k = first; k <= last; k++) {
      if (!t.get(k).isWord() || !t.get(k).isCapitalized() || COMMON_OPENERS.contains(t.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  /** Walks left from the verb over the subject noun phrase; null when it is not a nameable source. */
  private Span subjectBefore(String s, List<Token> t, int verb) {
    int j = verb - 1;
    for (int skipped = 0; j >= 0 && skipped < 3 && isBetweenWord(t.get(j)); skipped++) {
      j--;
    }
    if (j > 0 && t.get(j).text().equals(")")) {
      int open = j;
      while (open > 0 && !t.get(open).text().equals("(")) {
        open--;
      }
      j = open - 1; // "Eli Lilly and Company (NYSE: LLY) announced": the name is before the brackets
    }
    if (j < 0 || (PRONOUNS.contains(t.get(j).lower()) && !t.get(j).isAcronym())) {
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
      if (w.equals("and") && k > 0 && t.get(k - 1).isCapitalized() && t.get(k + 1).isCapitalized()) {
        first = k; // inside a name: "Eli Lilly and Company", "Centers for Disease Control and Prevention"
        continue;
      }
      if (SUBJECT_STOP.contains(w) && !(tok.isCapitalized() && k > 0)) {
        if (PREPOSITIONS.contains(w) && first >= 0) {
          return null; // "a trial in Wuhan showed": the object of a preposition is not the subject
        }
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
    return isSource(t, first, j) ? clean(s, t.get(first).start(), t.get(j).end()) : null;
  }

  /** "..., said the spokesman." / "“...,” says Reuters": the verb follows a comma or quote. */
  private static boolean isInverted(List<Token> t, int verb) {
    return verb > 0 && ",\"”’'".contains(t.get(verb - 1).text());
  }

  /** Reads a source phrase to the right of {@code from}: up to punctuation or a clause word. */
  private Span forwardPhrase(String s, List<Token> t, int from) {
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
    return clean(s, t.get(from).start(), t.get(last).end());
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

  /** The span of the phrase, reduced to Y for "an excerpt of Y". */
  private static Span clean(String s, int start, int end) {
    Matcher m = EXCERPT_OF.matcher(s.substring(start, end));
    return m.matches() ? new Span(start + m.start(1), end) : new Span(start, end);
  }

  private static boolean is(List<Token> t, int i, String lower) {
    return i < t.size() && t.get(i).lower().equals(lower);
  }

  /** The tokens of a sentence: cut from its plain-space copy, so phrases cut from the original keep the same offsets. */
  private static List<Token> tokens(String sentence) {
    return tokenize(Offsets.plainSpaces(sentence));
  }

  /**
   * The tokens the regular expression {@code (?:\\p{L}\\.){2,}|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|['’&-](?=[\\p{L}\\p{N}]))*|\\S}
   * finds, read by hand: initials ("U.S."), words with inner apostrophes, ampersands and hyphens,
   * and any other character but white space ({@code \\s}) alone.
   */
  static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      int end = initialsEnd(s, i);
      if (end < 0) {
        end = isLetterOrNumber(cp) ? wordEnd(s, i) : i + Character.charCount(cp);
      }
      tokens.add(new Token(s.substring(i, end), i, end));
      i = end;
    }
    return tokens;
  }

  /** The end of two or more letters each followed by a period from {@code i} ("U.S."), or -1. */
  private static int initialsEnd(String s, int i) {
    int j = i;
    int pairs = 0;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      int dot = j + Character.charCount(cp);
      if (!Character.isLetter(cp) || dot >= s.length() || s.charAt(dot) != '.') {
        break;
      }
      j = dot + 1;
      pairs++;
    }
    return pairs >= 2 ? j : -1;
  }

  /** The end of the word starting at {@code i}: letters and numbers, joined by ' ’ & - before another. */
  private static int wordEnd(String s, int i) {
    int j = i;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      if (isLetterOrNumber(cp)) {
        j += Character.charCount(cp);
      } else if ((cp == '\'' || cp == '’' || cp == '&' || cp == '-') && j + 1 < s.length()
          && isLetterOrNumber(s.codePointAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** A code point of {@code [\\p{L}\\p{N}]}. */
  private static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** A word or punctuation mark with its offsets in the sentence. */
  static final class Token {
    private final String text;
    private final int start;
    private final int end;
    private final String lower; // asked for many times per token by the rules

    Token(String text, int start, int end) {
      this.text = text;
      this.start = start;
      this.end = end;
      this.lower = text.toLowerCase(Locale.ROOT);
    }

    String text() {
      return text;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    String lower() {
      return lower;
    }

    boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    /** "WHO", "US", "IT": all capitals, so not the pronoun it spells. */
    boolean isAcronym() {
      return text.length() > 1 && text.chars().allMatch(Character::isUpperCase);
    }

    boolean isCapitalized() {
      return Character.isUpperCase(text.charAt(0));
    }

    /** "Thursday's", "Kim’s": a possessive, which qualifies the noun after it. */
    boolean isPossessive() {
      return text.endsWith("'s") || text.endsWith("’s");
    }
  }
}
