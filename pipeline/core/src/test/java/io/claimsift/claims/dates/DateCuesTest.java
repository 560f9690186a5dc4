package io.claimsift.claims.dates;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.claimsift.sentences.Sentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** The cue prefilter of the date extractor: skipped sentences are exactly those without dates. */
public class DateCuesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2019, 6, 12);

  @Test
  public void sentencesWithoutCuesAreSkipped() {
    assertFalse(DateCues.mayHoldDate("I think we've seen a deterioration of values."));
    assertFalse(DateCues.mayHoldDate("The government decided to separate the monthly-ish mayors."));
  }

  @Test
  public void digitsAndCueWordsAreCues() {
    assertTrue(DateCues.mayHoldDate("Revenue rose 3 points."));
    assertTrue(DateCues.mayHoldDate("It happened last WEEK."));
    assertTrue(DateCues.mayHoldDate("See you at Thanksgiving."));
    assertTrue(DateCues.mayHoldDate("They left in nineteen ninety six."));
    assertTrue(DateCues.mayHoldDate("Prices were low in the éMay sale.")); // \b sees a boundary after a non-ASCII letter
  }

  @Test
  public void theSentenceGateOfTheCuesAgreesWithTheEarlyExitScan() {
    String[] texts = {"No date here.", "Revenue rose 3 points.", "On Sat.", "It happened last WEEK.", "the éMay sale", ""};
    for (String text : texts) {
      assertEquals(text, DateCues.mayHoldDate(text), DateCues.of(text).mayHoldDate());
    }
    assertFalse(DateCues.of("On Sat.").mayHoldDate()); // an abbreviation is a family gate word, not a sentence cue
  }

  @Test
  public void aSentenceWithoutCuesYieldsNothingAndOneWithACueStillWorks() {
    DateExtractor extractor = DateExtractor.english();

    List<DateMention> none = extractor.extract("We condoned those things we should have condemned.", PUBLISHED);
    List<DateMention> some = extractor.extract("We condoned those things last winter.", PUBLISHED);

    assertTrue(none.isEmpty());
    assertEquals(1, some.size());
    assertEquals("last winter", some.get(0).text());
    assertEquals(LocalDate.of(2018, 12, 1), some.get(0).first());
  }

  @Test
  public void thePrefilterNeverChangesTheResult() {
    DateExtractor filtered = DateExtractor.english();
    DateExtractor unfiltered = DateExtractor.englishWithoutPrefilter();
    List<String> sentences = List.of(
        "No date here at all.",
        "Sales fell in the fall of 2002 and rose this summer.",
        "Call 000 111 82-2100 for help.",
        "The vote is on Monday 21 or the week after.",
        "It may be in may, or on Christmas Eve, or two thousand and fifteen.",
        "Decline continued through the nineties and into year 2012.",
        // digit-free sentences: only their cue words let them through
        "Clusters docked till date, the day before yesterday and tonight.",
        "We met last Thursday, this weekend and over the past couple of weeks.",
        "They left in nineteen ninety six, before the end of the month, on Thanksgiving.",
        "It opens this working week, in the next four business days, in the third quarter of next year.",
        "Sales fell in the spring, the twenties and the next decade of this century.");

    for (String s : sentences) {
      assertEquals(s, unfiltered.extract(s, PUBLISHED), filtered.extract(s, PUBLISHED));
      assertEquals(s, unfiltered.extract(s, (LocalDate) null), filtered.extract(s, (LocalDate) null));
    }
  }

  @Test
  public void familyCuesNameTheDateWordsASentenceHolds() {
    DateCues cues = DateCues.of("Over the NEXT 3 business days, in nineteen ninety, on Sat.");

    assertTrue(cues.digit());
    assertTrue(cues.has("days"));
    assertTrue(cues.any(DateCues.YEAR_WORDS));
    assertTrue(cues.any(DateCues.WEEKDAYS)); // "Sat": an abbreviation gates the families, not the sentence
    assertFalse(cues.any(DateCues.SEASONS));
    assertFalse(cues.any(DateCues.MONTHS));
    assertFalse(DateCues.mayHoldDate("On Sat."));
  }

  @Test
  public void gatedFamiliesFindWhatEveryFamilyFinds() {
    String[] sentences = {
      "Sales rose in the fall of 2019 and again two thousand and five.",
      "We met on Tuesday the eleventh, three days after Christmas.",
      "The 1990s gave way to the twenty-first century and the next decade.",
      "Shares fell 3% on April 9th through 17th, year to date, and last quarter.",
      "Next 3 business days, this work week and this weekend.",
    };
    for (String s : sentences) {
      assertEquals(s, DateExtractor.englishWithoutPrefilter().extract(s, PUBLISHED), DateExtractor.english().extract(s, PUBLISHED));
    }
  }

  @Test(expected = IllegalArgumentException.class)
  public void aSkippedSentenceIsStillCheckedAgainstItsText() {
    DateExtractor.english().extract("short", new Sentence(0, 35, "No date here, and outside the text."), PUBLISHED);
  }
}
