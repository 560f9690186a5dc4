package io.claimsift.claims.dates;

import io.claimsift.lexicon.DateWords;
import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Numerals;
import io.claimsift.lexicon.Weekdays;
import io.claimsift.lexicon.WordSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The cues of a sentence, read in one pass before the date phrase rules (which cost most of the
 * claim extraction time): whether it holds a digit, and which of the lexicon's date words
 * ({@code date-words.tsv}, months, weekdays, number words of years and decades) it holds. A
 * sentence with no cue skips every rule ({@link #mayHoldDate}); a phrase family runs only when
 * the cues its rules need are there (for instance the spelled years of {@link YearWords} need
 * "thousand", "hundred" or "fifteen" to "twenty"). Either way the results are the same, only
 * faster: a rule skipped could not have read anything.
 *
 * <p>Words are runs of ASCII letters compared in lower case, a superset of the rules' tokens, so a
 * cue is never missed ("éMay" holds "may"). Immutable.
 */
final class DateCues {

  static final Set<String> MONTHS = Set.copyOf(Months.words());
  static final Set<String> WEEKDAYS = union(Weekdays.names(), Weekdays.abbreviations());
  static final Set<String> WEEKDAY_NAMES = Set.copyOf(Weekdays.names());
  static final Set<String> UNITS = DateWords.of("unit");
  static final Set<String> PERIODS = DateWords.of("period");
  static final Set<String> DEIXIS = DateWords.of("deixis");
  static final Set<String> SEASONS = DateWords.of("season");
  static final Set<String> HOLIDAYS = DateWords.of("holiday");
  static final Set<String> YEAR_WORDS = DateWords.of("year-word");
  static final Set<String> DECADE_WORDS = Set.copyOf(Numerals.decades().keySet());

  /** Every sentence cue word: a sentence without any of them and without a digit holds no date. */
  private static final WordSet CUE_WORDS = cueWords();
  /** The words the families' gates ask about: the cue words and the weekday abbreviations. */
  private static final WordSet GATE_WORDS = WordSet.copyOf(union(CUE_WORDS, WEEKDAYS));
  private static final int SHORTEST = GATE_WORDS.stream().mapToInt(String::length).min().orElse(0);
  private static final int LONGEST = GATE_WORDS.stream().mapToInt(String::length).max().orElse(0);

  private final boolean digit;
  private final Set<String> words;

  private DateCues(boolean digit, Set<String> words) {
    this.digit = digit;
    this.words = words;
  }

  /** The cues of {@code s}; linear in its length. */
  static DateCues of(String s) {
    Set<String> found = new HashSet<>();
    boolean digit = scan(s, GATE_WORDS, found, false);
    return new DateCues(digit, found);
  }

  /** True when {@code s} holds a digit or a cue word; false means no date rule can read anything. */
  static boolean mayHoldDate(String s) {
    return scan(s, CUE_WORDS, null, true);
  }

  /** True when the sentence holds a digit or a cue word: {@link #mayHoldDate} of the same text. */
  boolean mayHoldDate() {
    return digit || any(CUE_WORDS);
  }

  /**
   * The one scan of both entry points: adds the words of {@code s} that are in {@code sought} to
   * {@code found} (when not null) and returns whether {@code s} holds a digit; with {@code
   * firstCue} it stops at the first digit or sought word and returns true there.
   */
  private static boolean scan(String s, WordSet sought, Set<String> found, boolean firstCue) {
    boolean digit = false;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (firstCue) {
          return true;
        }
        digit = true;
      }
      if (!isAsciiLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isAsciiLetter(s.charAt(i))) {
        i++;
      }
      int length = i - start; // other lengths cannot be cue words: skip the lookup
      if (length >= SHORTEST && length <= LONGEST) {
        String word = sought.lowerAsciiWord(s, start, i); // the word in lower case, if sought
        if (word != null) {
          if (firstCue) {
            return true;
          }
          found.add(word);
        }
      }
    }
    return digit;
  }

  /** True when the sentence holds an ASCII digit. */
  boolean digit() {
    return digit;
  }

  /** True when the sentence holds one of {@code cueWords} (lower case, a subset of the cue words). */
  boolean any(Set<String> cueWords) {
    for (String w : words) {
      if (cueWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** True when the sentence holds the cue word {@code word}. */
  boolean has(String word) {
    return words.contains(word);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static Set<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  private static WordSet cueWords() {
    Set<String> words = new HashSet<>();
    words.addAll(MONTHS);
    words.addAll(WEEKDAY_NAMES); // abbreviations only count next to a digit
    words.addAll(UNITS);
    words.addAll(PERIODS);
    words.addAll(DEIXIS);
    words.addAll(SEASONS);
    words.addAll(HOLIDAYS);
    words.addAll(YEAR_WORDS);
    words.addAll(DECADE_WORDS);
    return WordSet.copyOf(words);
  }
}
