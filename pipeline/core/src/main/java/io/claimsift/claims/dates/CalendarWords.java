package io.claimsift.claims.dates;

import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Numerals;
import io.claimsift.lexicon.Weekdays;
import io.claimsift.lexicon.WordPatterns;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexicon's month, weekday and number words in the regular-expression shapes the claim date
 * phrase patterns use, built once (calendar dates themselves are read over tokens by
 * {@link DateAnchors}). Stateless and thread-safe. Package-private helper of {@link DateExtractor}.
 */
final class CalendarWords {

  /**
   * Every month name, then every abbreviation, lower case, for case-insensitive patterns:
   * "january|...|december|jan|...|sept|sep|...|dec" (a name before its abbreviation, so "march"
   * wins over "mar", and "sept" over "sep").
   */
  static final String MONTHS = WordPatterns.anyOf(Months.words());

  /** Capitalised names, then capitalised abbreviations with an optional dot ("Sept."): case-sensitive. */
  static final String CAPITALISED_MONTH =
      "(?:" + WordPatterns.anyOf(WordPatterns.capitalised(Months.names()))
          + "|(?:" + WordPatterns.anyOf(WordPatterns.capitalised(Months.abbreviations())) + ")\\b\\.?)";

  /** Month names and abbreviations in any case, but "May" only capitalised: lower-case "may" is mostly the verb. */
  static final String MONTH_NOT_LOWER_MAY =
      "(?:(?i:" + WordPatterns.anyOf(without(Months.words(), "may")) + ")|May|MAY)";

  /** "monday|...|sunday". */
  static final String WEEKDAYS = WordPatterns.anyOf(Weekdays.names());

  /** "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun". */
  static final String WEEKDAY_ABBREVIATIONS = WordPatterns.anyOf(Weekdays.abbreviations());

  private CalendarWords() {}

  /** "one|two|...|nine" for (1, 9): the cardinal words valued {@code from} to {@code to}, in order. */
  static String cardinals(int from, int to) {
    return WordPatterns.anyOf(Numerals.cardinals(from, to));
  }

  /** "first|second|...|ninth" for (1, 9): the ordinal words valued {@code from} to {@code to}, in order. */
  static String ordinals(int from, int to) {
    return WordPatterns.anyOf(Numerals.ordinals(from, to));
  }

  static List<String> without(List<String> words, String... except) {
    List<String> out = new ArrayList<>(words);
    out.removeAll(List.of(except));
    return out;
  }
}
