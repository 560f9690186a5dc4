package io.claimsift.claims.scoring;

import io.claimsift.lexicon.Months;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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

  private static final Pattern TOKEN = Pattern.compile("\\$|%|[\\p{L}\\p{N}]+(?:['’.,][\\p{L}\\p{N}]+)*|\\?|!");
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

  /** The distinct feature names of {@code sentence}, in a fixed order (first occurrence). */
  public List<String> of(String sentence) {
    List<String> words = new ArrayList<>();
    List<Boolean> capitalised = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      String raw = m.group();
      words.add(shape(raw.toLowerCase(Locale.ROOT).replace('’', '\'')));
      capitalised.add(Character.isUpperCase(raw.charAt(0)));
    }
    Set<String> features = new LinkedHashSet<>();
    features.add("f:bias_len" + lengthBucket(words.size()));
    String previous = "<s>";
    for (String w : words) {
      features.add("u:" + w);
      features.add("b:" + previous + "_" + w);
      previous = w;
    }
    addHandcrafted(sentence, words, capitalised, features);
    return List.copyOf(features);
  }

  private static void addHandcrafted(String sentence, List<String> words, List<Boolean> caps, Set<String> f) {
    int entities = 0;
    for (int i = 1; i < words.size(); i++) {
      if (caps.get(i) && !words.get(i).equals("i") && !FIRST_SINGULAR.contains(words.get(i))) {
        entities++;
      }
    }
    f.add("f:entities" + Math.min(entities, 3));
    flag(f, "f:number", words.stream().anyMatch(w -> w.equals("<num>") || w.equals("<year>")));
    flag(f, "f:year", words.contains("<year>"));
    flag(f, "f:numberword", words.stream().anyMatch(NUMBER_WORDS::contains));
    flag(f, "f:money", words.stream().anyMatch(MONEY::contains));
    flag(f, "f:percent", words.contains("%") || words.contains("percent"));
    flag(f, "f:month", words.stream().anyMatch(MONTHS::contains));
    flag(f, "f:comparative", words.stream().anyMatch(w -> COMPARATIVES.contains(w)));
    flag(f, "f:reporting", words.stream().anyMatch(REPORTING::contains));
    flag(f, "f:modal", words.stream().anyMatch(MODALS::contains));
    flag(f, "f:first_singular", words.stream().anyMatch(FIRST_SINGULAR::contains));
    flag(f, "f:first_plural", words.stream().anyMatch(FIRST_PLURAL::contains));
    flag(f, "f:second", words.stream().anyMatch(SECOND::contains));
    flag(f, "f:opinion", words.stream().anyMatch(OPINION::contains));
    flag(f, "f:negation", words.stream().anyMatch(w -> NEGATIONS.contains(w) || w.endsWith("n't")));
    flag(f, "f:question", sentence.contains("?"));
    flag(f, "f:exclamation", sentence.contains("!"));
    flag(f, "f:quote", sentence.indexOf('"') >= 0 || sentence.indexOf('“') >= 0);
    flag(f, "f:past", words.stream().anyMatch(w -> w.length() > 4 && w.endsWith("ed")));
    flag(f, "f:opens_conjunction", !words.isEmpty() && OPENING_CONJUNCTIONS.contains(words.get(0)));
    flag(f, "f:number_and_entity", entities > 0 && f.contains("f:number"));
  }

  private static void flag(Set<String> features, String name, boolean present) {
    if (present) {
      features.add(name);
    }
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
