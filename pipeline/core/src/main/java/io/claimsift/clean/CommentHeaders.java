package io.claimsift.clean;

import java.util.regex.Pattern;

/**
 * Readers' comments told by their shape: a page with a run of comment headers has a comment
 * section, and its first header (after some prose) is where the section starts.
 *
 * <p>A comment header is a short line that names who wrote and when: a clock time with a date
 * ("Alison October 28, 2012 at 8:03 pm", "John 07.19.12 at 08:00", "#1 - Tue Jul 24, 2012 10:14
 * AM EDT": the time ends the line), or a few words closed by "said" or "says" ("Kevin said,"). One such line
 * may be a byline or a timestamp of the article itself; only when a page has at least {@value
 * #MIN_HEADERS} do they count, and then every one of them is a comment heading ({@link
 * RemovalReason#COMMENT_FORM}), so that {@link BodyRegion} ends the body before the first one
 * that follows prose, as it does at a "Comments" heading. Structure, not phrases: no name of a
 * site or of a comment system is listed.
 */
final class CommentHeaders {

  /** Fewer headers than this on a page are not a comment section. */
  static final int MIN_HEADERS = 3;
  /** Longest dated header, in words: a name, a date, "at", a time and a zone. */
  private static final int MAX_DATED_WORDS = 12;
  /** Longest "NAME said," header, in words. */
  private static final int MAX_SAID_WORDS = 5;

  /**
   * A clock time that ends the line, but for a meridiem and a zone ("8:03 pm", "10:14 AM EDT",
   * "12:00"): a header says who and then when, while a post's own header often goes on ("Posted
   * Mar 5, 2026 15:47 UTC (Thu) by NAME").
   */
  private static final Pattern CLOCK_AT_END = Pattern.compile(
      "(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?\\s*([AaPp]\\.?[Mm]\\.?)?\\s*(\\p{Lu}{1,4})?$");
  /** A year (1990-2039) or a numeric day: 07.19.12, 19/07/2012, 2012-07-19. */
  private static final Pattern DATE = CleaningRules.compile(
      "(?<!\\d)((19[9]\\d|20[0-3]\\d)(?!\\d)|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}(?!\\d))");
  /**
   * "NAME said," or "NAME says:". Not "wrote:", which also introduces a quoted message inside a
   * post (a forum or mail quote).
   */
  private static final Pattern SAID =
      CleaningRules.compile("^[^.!?:;]+\\s(said|says)\\s*[,:]?$");

  private CommentHeaders() {}

  /** Marks the comment headers of a page that has at least {@value #MIN_HEADERS} of them. */
  static void mark(Line[] lines) {
    boolean[] header = new boolean[lines.length];
    int count = 0;
    for (int i = 0; i < lines.length; i++) {
      header[i] = isHeader(lines[i]);
      count += header[i] ? 1 : 0;
    }
    if (count < MIN_HEADERS) {
      return;
    }
    for (int i = 0; i < lines.length; i++) {
      if (header[i]) {
        lines[i].reason = RemovalReason.COMMENT_FORM;
        lines[i].heading = true;
      }
    }
  }

  static boolean isHeader(Line line) {
    String text = line.norm;
    // The cheap tests first, each true of every line its pattern matches: the patterns run on
    // every short line of every text page, and most have neither a "said" ending nor a colon.
    if (line.words <= MAX_SAID_WORDS && endsWithSaid(text) && SAID.matcher(text).find()) {
      return true;
    }
    return line.words <= MAX_DATED_WORDS && text.indexOf(':') >= 0
        && CLOCK_AT_END.matcher(text).find() && DATE.matcher(text).find();
  }

  /** Whether the line ends in "said" or "says" (any case) but for spaces, commas and colons. */
  private static boolean endsWithSaid(String text) {
    int end = text.length();
    while (end > 0) {
      char c = text.charAt(end - 1);
      if (c == ',' || c == ':' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        end--;
      } else {
        break;
      }
    }
    return end >= 4 && (text.regionMatches(true, end - 4, "said", 0, 4)
        || text.regionMatches(true, end - 4, "says", 0, 4));
  }
}
