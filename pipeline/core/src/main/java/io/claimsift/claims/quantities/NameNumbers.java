package io.claimsift.claims.quantities;

import io.claimsift.lexicon.LabelNouns;
import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Weekdays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Numbers that are part of a name, not amounts: a model, version, title, standard or product line
 * ("iPhone 11", "Windows 10", "Wi-Fi 6", "Boeing 737", "Resident Evil 2", "LC 500", "S&P 500",
 * "Chapter 11"). Digits glued to letters ("G20", "COVID-19") are already left out by the
 * extractor; this is the spaced form.
 *
 * <p>The rule: the number follows a capitalised word after a single space, and no unit, percent or
 * currency makes it an amount (the caller tries those first: "Rs 500", "US$ 5", "USD 5" are money,
 * "Boeing 737 jets" is a name all the same), nor a scale word (a title-case headline's "Cases Near
 * 2.4 Million": names have no scale). The word is not a month or weekday ("May 2019",
 * "Monday 5"), and not the first word of the sentence unless it has a capital after its first
 * letter ("iPhone", "LC", "Wi-Fi"): a sentence starts with a capital whatever the word ("About 500
 * people", "Some 20 died"). Only digits are read this way: "Apollo Eleven" is rare and "Chapter
 * eleven" reads the same either way.
 *
 * <p>Besides: dotted codes and versions ({@link #dottedCode}) and numbers after abbreviated labels
 * ({@link #afterAbbreviatedLabel}), which the caller skips before reading any amount.
 */
final class NameNumbers {

  private static final Set<String> CALENDAR_WORDS = calendarWords();
  /**
   * Sentence-first words that lead an amount besides the caller's stop words and bound words
   * (quantity-qualifiers.tsv) and adverbs in -ly: quantifiers and the words of a headline's or
   * list's opening ("All 20 were freed", "Top 10", "Another 5 were hurt").
   */
  private static final Set<String> LEAD_WORDS =
      Set.of("all", "both", "every", "another", "top", "just", "only", "even", "exactly", "precisely", "plus",
          "minus", "additional", "extra", "further", "first", "last", "next", "age", "ages", "aged");

  private NameNumbers() {}

  /** True when the digits starting at {@code start} in {@code s} are the number of a name. */
  static boolean partOfName(String s, int start) {
    String word = nameWordBefore(s, start);
    return word != null && (!sentenceStart(s, start - 1 - word.length())
        || word.substring(1).chars().anyMatch(Character::isUpperCase));
  }

  /**
   * True when the digits at {@code start} follow a lower-case label noun of {@code
   * label-nouns.txt} and one space: "type 2 diabetes", "stage 4 cancer", "a category 5
   * hurricane", "section 230". The caller asks only when no unit, percent or currency follows.
   */
  static boolean afterLabel(String s, int start) {
    if (start < 2 || !Character.isDigit(s.charAt(start)) || s.charAt(start - 1) != ' ') {
      return false;
    }
    int wordStart = start - 1;
    while (wordStart > 0 && Character.isLetter(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    return LabelNouns.contains(s.substring(wordStart, start - 1));
  }

  /**
   * Where the labelled number at {@code start} ends, when it follows an abbreviated label of {@code
   * label-nouns.txt} (its dot, then one space; in any case, since no rule for capitalised names
   * reads across the dot): "Vol. 3", "fig. 2", "pp. 4–29" (a range of pages is one label). The word
   * is not glued after another dot or a letter ("D.C. 5"). -1 when there is no such label.
   */
  static int afterAbbreviatedLabel(String s, int start) {
    if (start < 3 || !Character.isDigit(s.charAt(start)) || s.charAt(start - 1) != ' ' || s.charAt(start - 2) != '.') {
      return -1;
    }
    int wordStart = start - 2;
    while (wordStart > 0 && Character.isLetter(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart == start - 2 || wordStart > 0 && (Character.isLetterOrDigit(s.charAt(wordStart - 1)) || s.charAt(wordStart - 1) == '.')
        || !LabelNouns.contains(s.substring(wordStart, start - 1).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int end = digitsEnd(s, start);
    if (end + 1 < s.length() && (s.charAt(end) == '-' || s.charAt(end) == '–') && Character.isDigit(s.charAt(end + 1))) {
      end = digitsEnd(s, end + 1);
    }
    return end;
  }

  /**
   * True when the digits at {@code i} are part of a dotted code, not an amount: right after a dot
   * that is glued to a letter or another dot ("Bibcode:2011PNAS..108.1815W", "Vol.3"), or the
   * first group of a version or address with two or more dots ("0.8.48", "1.9.5", "192.168.1.1"; the
   * number reader reads no dots as thousands separators, and numeric dates are read as dates before
   * any amount). The caller skips the whole code.
   */
  static boolean dottedCode(String s, int i) {
    if (!Character.isDigit(s.charAt(i))) {
      return false;
    }
    if (i >= 2 && s.charAt(i - 1) == '.' && (Character.isLetter(s.charAt(i - 2)) || s.charAt(i - 2) == '.')) {
      return true;
    }
    int j = digitsEnd(s, i);
    int groups = 0;
    while (j + 1 < s.length() && s.charAt(j) == '.' && Character.isDigit(s.charAt(j + 1))) {
      j = digitsEnd(s, j + 1);
      groups++;
    }
    return groups >= 2;
  }

  private static int digitsEnd(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /**
   * True when the digits at {@code start} follow the capitalised first word of the sentence and
   * that word is no word that leads an amount ("About", "Some", "Nearly", "At", "Only"): "Meal 1",
   * "Thunderbolt 3 is staying", "Myth 3: vitamin C". The caller asks only when no unit, currency,
   * percent, scale word or counted noun follows the number, since a sentence's first word is
   * capitalised whatever it is ("Some 20 died", "Almost 500 people").
   */
  static boolean nameAtSentenceStart(String s, int start, Set<String> leadWords) {
    String word = nameWordBefore(s, start);
    if (word == null || !sentenceStart(s, start - 1 - word.length())) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return !lower.endsWith("ly") && !leadWords.contains(lower) && !LEAD_WORDS.contains(lower);
  }

  /** The capitalised word (not a month or weekday) right before the digits at {@code start} and one space, or null. */
  private static String nameWordBefore(String s, int start) {
    if (start < 2 || !Character.isDigit(s.charAt(start)) || s.charAt(start - 1) != ' ') {
      return null;
    }
    int wordEnd = start - 1;
    int wordStart = wordEnd;
    while (wordStart > 0 && isNameChar(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart == wordEnd) {
      return null;
    }
    String word = s.substring(wordStart, wordEnd);
    if (!Character.isLetter(word.charAt(0)) || word.chars().noneMatch(Character::isUpperCase)
        || CALENDAR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return word;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '&';
  }

  /**
   * Nothing but spaces, opening quotes and brackets before {@code i} (scanned back only over those),
   * back to the sentence's start, a colon ("UPDATE: On 4 June") or a closing bracket ("[12] In").
   */
  private static boolean sentenceStart(String s, int i) {
    int k = i;
    while (k > 0 && (Character.isWhitespace(s.charAt(k - 1)) || "\"'“‘([«".indexOf(s.charAt(k - 1)) >= 0)) {
      k--;
    }
    return k == 0 || s.charAt(k - 1) == ':' || s.charAt(k - 1) == ']';
  }

  private static Set<String> calendarWords() {
    Set<String> words = new HashSet<>();
    words.addAll(Months.names());
    words.addAll(Months.abbreviations());
    words.addAll(Weekdays.names());
    words.addAll(Weekdays.abbreviations());
    return Set.copyOf(words);
  }
}
