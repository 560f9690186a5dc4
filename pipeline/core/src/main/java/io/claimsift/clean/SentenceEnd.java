package io.claimsift.clean;

import java.util.regex.Pattern;

/**
 * "Ends like a sentence": a sentence stop followed by nothing but closing marks at the end of the
 * text. The one definition of that test in cleaning, with two sets of marks.
 *
 * <p>{@link #LATIN} is the line classifier's: its line rules, body-paragraph test and name tests
 * were tuned with it. {@link #WITH_CJK} also accepts the full-width stops 。！？ and a closing »,
 * for the body region, which must score Chinese and Japanese paragraphs as prose. Giving the
 * classifier the wider set would change which lines it removes, so the two sets stay apart.
 *
 * <p>Immutable and thread-safe.
 */
final class SentenceEnd {

  /** Stops {@code . ! ? …}, closers {@code " ' ) ] ’ ”}. */
  static final SentenceEnd LATIN =
      new SentenceEnd(".!?…", "\"')]’”", "([.!?…]|\\.\\.\\.)[\"')\\]’”]*$");
  /** Stops {@code . ! ? … 。 ！ ？}, closers {@code " ' ) ] ’ ” »}. */
  static final SentenceEnd WITH_CJK =
      new SentenceEnd(".!?…。！？", "\"')]’”»", "[.!?…。！？][\\\"')\\]’”»]*$");

  private final String stops;
  private final String closers;
  /** The regex this test stands for, of the shape {@code [stops][closers]*$}. */
  private final Pattern pattern;

  private SentenceEnd(String stops, String closers, String regex) {
    this.stops = stops;
    this.closers = closers;
    this.pattern = Pattern.compile(regex);
  }

  /**
   * {@code pattern.matcher(text).find()}, by one scan back from the end: a regex search tries
   * every position of the line, and this test runs on every line several times. Any match ends at
   * the end, and its closers run back to one stop, so it exists exactly when the last character
   * before the trailing closers is a stop. Only when the text ends with a line terminator, before
   * which '$' also matches, is the regex asked.
   */
  boolean ends(String text) {
    int end = text.length();
    if (end > 0 && LineText.isRegexLineTerminator(text.charAt(end - 1))) {
      return pattern.matcher(text).find();
    }
    while (end > 0 && closers.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && stops.indexOf(text.charAt(end - 1)) >= 0;
  }
}
