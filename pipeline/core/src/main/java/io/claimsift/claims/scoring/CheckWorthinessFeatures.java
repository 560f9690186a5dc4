package io.claimsift.claims.scoring;

import io.claimsift.lexicon.Months;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a sentence into the named binary features of the check-worthiness model.
 *
 * <p>Immutable and thread-safe. Features are plain strings so that the trained weights file stays
 * readable: {@code u:word} (lower-cased word, digits shaped as {@code <num>}/{@code <year>}),
 * {@code b:word_word} (bigrams, {@code <s>} marks the start), and handcrafted {@code f:} signals
 * that generalise beyond the training vocabulary: quantities, money, percentages, years, months,
 * mid-sentence capitalised words (named entities), comparatives, reporting verbs, modality,
 * first/second person, opinion phrases, negation, questions, length.
 */
public final class CheckWorthinessFeatures {

  private static final Pattern DIGITS = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*");
  private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
  private static final Set<String> NUMBER_WORDS =
      Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
          "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
          "billions", "trillion", "trillions", "half", "twice", "double", "doubled", "triple",
          "tripled", "dozen", "dozens", "percent", "per", "majority", "quarter", "third", "fourth");
  private static final Set<String> MONEY =
      Set.of("$", "dollar", "dollars", "million", "billion", "trillion", "tax", "taxes", "budget",
          "deficit", "debt", "spending", "spent", "cost", "costs", "paid", "pay", "cents", "euros",
          "pounds", "yuan", "usd", "eur", "funding", "funds", "revenue");
  /**
   * Month words of the {@code f:month} feature: every name and abbreviation except "may" (mostly
   * the verb) and the abbreviations the committed model was trained without.
   */
  private static final Set<String> MONTHS = monthWords(Set.of("may", "mar", "apr", "jun", "jul", "sep"));
  private static final Set<String> COMPARATIVES =
      Set.of("more", "less", "fewer", "most", "least", "than", "higher", "lower", "larger",
          "smaller", "bigger", "increase", "increased", "increases", "decrease", "decreased",
          "rose", "risen", "fell", "fallen", "doubled", "cut", "raised", "grew", "grown", "largest",
          "highest", "lowest", "biggest", "record", "since", "first", "only", "every", "never");
  private static final Set<String> REPORTING =
      Set.of("said", "says", "say", "stated", "reported", "reports", "according", "told",
          "announced", "confirmed", "revealed", "claimed", "claims", "estimated", "found", "showed",
          "shows", "warned", "noted", "wrote", "voted", "signed", "passed", "proposed");
  private static final Set<String> MODALS =
      Set.of("will", "would", "should", "could", "might", "must", "can", "may", "shall", "going",
          "gonna", "ought", "need", "want", "hope", "wish", "let's");
  private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd");
  private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "we're", "we've", "we'll", "let's");
  private static final Set<String> SECOND = Set.of("you", "your", "yours", "you're", "you've");
  private static final Set<String> OPINION =
      Set.of("think", "believe", "feel", "hope", "want", "agree", "disagree", "guess", "sure",
          "wrong", "right", "important", "great", "good", "bad", "terrible", "thank", "thanks",
          "welcome", "question", "answer", "respect");
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "don't", "didn't", "doesn't", "won't", "isn't", "wasn't");
  private static final Set<String> OPENING_CONJUNCTIONS = Set.of("and", "but", "so", "well", "now", "because", "or", "yes", "no", "oh");

  private CheckWorthinessFeatures() {}

  /** The English preset. */
  public static CheckWorthinessFeatures english() {
    return new CheckWorthinessFeatures();
  }

  /**
   * Receives the features of one sentence in the order of {@link #of}, repeats included: a
   * unigram {@code u:word}, a bigram {@code b:previous_word} or a named feature ({@code f:...}).
   */
  interface Sink {
    void unigram(String word);

    void bigram(String previous, String word);

    void feature(String name);
  }

  /** The distinct feature names of {@code sentence}, in a fixed order (first occurrence). */
  public List<String> of(String sentence) {
    Set<String> features = new LinkedHashSet<>();
    emit(sentence, new Sink() {
      @Override
      public void unigram(String word) {
        features.add("u:" + word);
      }

      @Override
      public void bigram(String previous, String word) {
        features.add("b:" + previous + "_" + word);
      }

      @Override
      public void feature(String name) {
        features.add(name);
      }
    });
    return List.copyOf(features);
  }

  /** The word before the first word of a bigram. */
  static final String START = "<s>";

  private static final String[] LENGTH_FEATURES = {"f:bias_len0", "f:bias_len1", "f:bias_len2", "f:bias_len3", "f:bias_len4"};
  private static final String[] ENTITY_FEATURES = {"f:entities0", "f:entities1", "f:entities2", "f:entities3"};

  // the word lists a word belongs to, one bit each: one map lookup per word sets every flag
  private static final int NUMBER = 1;
  private static final int YEAR_SHAPE = 1 << 1;
  private static final int NUMBER_WORD = 1 << 2;
  private static final int MONEY_WORD = 1 << 3;
  private static final int PERCENT = 1 << 4;
  private static final int MONTH = 1 << 5;
  private static final int COMPARATIVE = 1 << 6;
  private static final int REPORTING_WORD = 1 << 7;
  private static final int MODAL = 1 << 8;
  private static final int FIRST_SINGULAR_WORD = 1 << 9;
  private static final int FIRST_PLURAL_WORD = 1 << 10;
  private static final int SECOND_PERSON = 1 << 11;
  private static final int OPINION_WORD = 1 << 12;
  private static final int NEGATION = 1 << 13;
  private static final int OPENING_CONJUNCTION = 1 << 14;
  private static final int PAST = 1 << 15; // not in WORD_BITS: read from the word's ending
  private static final Map<String, Integer> WORD_BITS = wordBits();

  private static Map<String, Integer> wordBits() {
    Map<String, Integer> bits = new HashMap<>();
    bits.merge("<num>", NUMBER, (a, b) -> a | b);
    bits.merge("<year>", NUMBER | YEAR_SHAPE, (a, b) -> a | b);
    bits.merge("%", PERCENT, (a, b) -> a | b);
    bits.merge("percent", PERCENT, (a, b) -> a | b);
    Object[][] lists = {
        {NUMBER_WORDS, NUMBER_WORD}, {MONEY, MONEY_WORD}, {MONTHS, MONTH}, {COMPARATIVES, COMPARATIVE},
        {REPORTING, REPORTING_WORD}, {MODALS, MODAL}, {FIRST_SINGULAR, FIRST_SINGULAR_WORD},
        {FIRST_PLURAL, FIRST_PLURAL_WORD}, {SECOND, SECOND_PERSON}, {OPINION, OPINION_WORD},
        {NEGATIONS, NEGATION}, {OPENING_CONJUNCTIONS, OPENING_CONJUNCTION}};
    for (Object[] list : lists) {
      @SuppressWarnings("unchecked")
      Set<String> words = (Set<String>) list[0];
      for (String w : words) {
        bits.merge(w, (Integer) list[1], (a, b) -> a | b);
      }
    }
    return Map.copyOf(bits);
  }

  /** Hands the features of {@code sentence} to {@code sink} in the order of {@link #of}, repeats included. */
  void emit(String sentence, Sink sink) {
    List<String> words = new ArrayList<>();
    int entities = 0;
    int any = 0; // the bits of every word
    int first = 0; // the bits of the first word
    int end = 0;
    for (int start = nextToken(sentence, 0); start >= 0; start = nextToken(sentence, end)) {
      end = tokenEnd(sentence, start);
      String raw = sentence.substring(start, end);
      String w = shape(raw.toLowerCase(Locale.ROOT).replace('’', '\''));
      int bits = WORD_BITS.getOrDefault(w, 0);
      if (w.endsWith("n't")) {
        bits |= NEGATION;
      }
      if (w.length() > 4 && w.endsWith("ed")) {
        bits |= PAST;
      }
      if (words.isEmpty()) {
        first = bits;
      } else if (Character.isUpperCase(raw.charAt(0)) && !w.equals("i") && (bits & FIRST_SINGULAR_WORD) == 0) {
        entities++;
      }
      any |= bits;
      words.add(w);
    }
    sink.feature(LENGTH_FEATURES[lengthBucket(words.size())]);
    String previous = START;
    for (String w : words) {
      sink.unigram(w);
      sink.bigram(previous, w);
      previous = w;
    }
    sink.feature(ENTITY_FEATURES[Math.min(entities, 3)]);
    flag(sink, "f:number", any, NUMBER);
    flag(sink, "f:year", any, YEAR_SHAPE);
    flag(sink, "f:numberword", any, NUMBER_WORD);
    flag(sink, "f:money", any, MONEY_WORD);
    flag(sink, "f:percent", any, PERCENT);
    flag(sink, "f:month", any, MONTH);
    flag(sink, "f:comparative", any, COMPARATIVE);
    flag(sink, "f:reporting", any, REPORTING_WORD);
    flag(sink, "f:modal", any, MODAL);
    flag(sink, "f:first_singular", any, FIRST_SINGULAR_WORD);
    flag(sink, "f:first_plural", any, FIRST_PLURAL_WORD);
    flag(sink, "f:second", any, SECOND_PERSON);
    flag(sink, "f:opinion", any, OPINION_WORD);
    flag(sink, "f:negation", any, NEGATION);
    if (sentence.indexOf('?') >= 0) {
      sink.feature("f:question");
    }
    if (sentence.indexOf('!') >= 0) {
      sink.feature("f:exclamation");
    }
    if (sentence.indexOf('"') >= 0 || sentence.indexOf('“') >= 0) {
      sink.feature("f:quote");
    }
    flag(sink, "f:past", any, PAST);
    flag(sink, "f:opens_conjunction", first, OPENING_CONJUNCTION);
    if (entities > 0 && (any & NUMBER) != 0) {
      sink.feature("f:number_and_entity");
    }
  }

  private static void flag(Sink sink, String name, int bits, int bit) {
    if ((bits & bit) != 0) {
      sink.feature(name);
    }
  }

  /**
   * The start of the first token at or after {@code from}, or -1: a token is what the regular
   * expression {@code \$|%|[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*|\?|!} finds, read by hand.
   */
  static int nextToken(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '$' || c == '%' || c == '?' || c == '!') {
        return i;
      }
      int cp = s.codePointAt(i);
      if (isLetterOrNumber(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** The end of the token starting at {@code start} (found by {@link #nextToken}). */
  static int tokenEnd(String s, int start) {
    char c = s.charAt(start);
    if (c == '$' || c == '%' || c == '?' || c == '!') {
      return start + 1;
    }
    int i = lettersEnd(s, start);
    // a joiner continues the token only when a letter or number follows it
    while (i + 1 < s.length() && isJoiner(s.charAt(i)) && isLetterOrNumber(s.codePointAt(i + 1))) {
      i = lettersEnd(s, i + 1);
    }
    return i;
  }

  private static int lettersEnd(String s, int i) {
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isLetterOrNumber(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '.' || c == ',';
  }

  /** A code point of the regex class {@code [\p{L}\p{N}]}. */
  private static boolean isLetterOrNumber(int codePoint) {
    return Character.isLetter(codePoint) || isNumberCharacter(codePoint);
  }

  /** Digits become a shape, so "1,200" and "35" share one weight; years keep their own. */
  private static String shape(String word) {
    // DIGITS starts with a number character: a word that does not (most words) needs no matcher
    if (word.isEmpty() || !isNumberCharacter(word.codePointAt(0)) || !DIGITS.matcher(word).matches()) {
      return word;
    }
    return YEAR.matcher(word).matches() ? "<year>" : "<num>";
  }

  /** A code point of the regex class {@code \p{N}}. */
  private static boolean isNumberCharacter(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static int lengthBucket(int words) {
    return words < 5 ? 0 : words < 10 ? 1 : words < 20 ? 2 : words < 30 ? 3 : 4;
  }

  private static Set<String> monthWords(Set<String> except) {
    Set<String> words = new HashSet<>(Months.words());
    words.removeAll(except);
    return Set.copyOf(words);
  }
}
