package io.claimsift.claims.dates;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.claimsift.sentences.Sentence;
import java.time.LocalDate;
import java.util.List;

/**
 * Test fixture: runs the pipeline's date extractor on one sentence placed after a short prefix
 * (so offsets are checked against the whole text), relative dates resolved against a fixed day.
 */
final class DateSentences {

  private static final String PREFIX = "Intro. ";
  /** The article day relative dates resolve against: a Wednesday. */
  static final LocalDate PUBLISHED = LocalDate.of(2019, 6, 12);

  private static final DateExtractor EXTRACTOR = DateExtractor.english();

  private DateSentences() {}

  /** Every date mention of {@code sentence}; each mention's text must equal its span. */
  static List<DateMention> extract(String sentence) {
    String clean = PREFIX + sentence;
    List<DateMention> found =
        EXTRACTOR.extract(clean, new Sentence(PREFIX.length(), clean.length(), sentence), PUBLISHED);
    for (DateMention d : found) {
      assertEquals(d.text(), clean.substring(d.start(), d.end()));
    }
    return found;
  }

  /** The one date mention of {@code sentence} (fails when there are none or several). */
  static DateMention only(String sentence) {
    List<DateMention> found = extract(sentence);
    assertEquals("mentions in: " + sentence + " " + found, 1, found.size());
    return found.get(0);
  }

  static void assertNone(String sentence) {
    List<DateMention> found = extract(sentence);
    assertTrue("expected no date in: " + sentence + " " + found, found.isEmpty());
  }

  /** The mention's text and its first and last day (ISO dates, or null for an open end). */
  static void assertSpan(DateMention d, String text, String first, String last) {
    assertEquals(text, d.text());
    assertEquals(first == null ? null : LocalDate.parse(first), d.first());
    assertEquals(last == null ? null : LocalDate.parse(last), d.last());
  }
}
