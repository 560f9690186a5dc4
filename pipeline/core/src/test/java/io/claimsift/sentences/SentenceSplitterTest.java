package io.claimsift.sentences;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

public class SentenceSplitterTest {

  private final SentenceSplitter splitter = SentenceSplitter.english();

  private List<String> texts(String text) {
    List<Sentence> sentences = splitter.split(text);
    for (Sentence s : sentences) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
    return sentences.stream().map(Sentence::text).collect(Collectors.toList());
  }

  @Test
  public void splitsAfterPeriodBeforeCapital() {
    assertThat(texts("The cat sat. The dog ran."), contains("The cat sat.", "The dog ran."));
  }

  @Test
  public void offsetsPointIntoTextAndSentencesAreTrimmed() {
    List<Sentence> s = splitter.split("  One two.   Three four.  ");

    assertEquals(2, s.size());
    assertEquals(new Sentence(2, 10, "One two."), s.get(0));
    assertEquals(new Sentence(13, 24, "Three four."), s.get(1));
  }

  @Test
  public void newlineAlwaysEndsASentenceAndBlankLinesAreSkipped() {
    assertThat(
        texts("A subheading without period\n\nFirst line, no stop\nNext line."),
        contains("A subheading without period", "First line, no stop", "Next line."));
  }

  @Test
  public void splitsAfterQuestionExclamationAndEllipsis() {
    assertThat(
        texts("Is it true? Yes! It is... Really."), contains("Is it true?", "Yes!", "It is...", "Really."));
  }

  @Test
  public void splitsAfterUnicodeEllipsisAndBeforeDigitOrOpeningQuote() {
    assertThat(
        texts("He paused… Then left. 35 people came. “We won,” she said."),
        contains("He paused…", "Then left.", "35 people came.", "“We won,” she said."));
  }

  @Test
  public void ellipsisBeforeLowercaseDoesNotSplit() {
    assertThat(texts("It was... well, odd. Fine."), contains("It was... well, odd.", "Fine."));
  }

  @Test
  public void missingSpaceAfterPeriodSplitsBetweenWords() {
    assertThat(texts("It was the end.Next came more."), contains("It was the end.", "Next came more."));
  }

  @Test
  public void missingSpaceDoesNotSplitUrlsOrEmails() {
    assertThat(
        texts("See www.Example.com or mail john.Smith@example.com today."),
        contains("See www.Example.com or mail john.Smith@example.com today."));
  }

  @Test
  public void titlesAndCompanyAbbreviationsDoNotSplit() {
    assertThat(
        texts("Mr. Smith met Dr. Jones and Prof. Lee at Acme Corp. Ltd. headquarters."),
        contains("Mr. Smith met Dr. Jones and Prof. Lee at Acme Corp. Ltd. headquarters."));
  }

  @Test
  public void monthAbbreviationsDoNotSplit() {
    assertThat(
        texts("It happened on Jan. 5 and again in Sept. Last year it did not."),
        contains("It happened on Jan. 5 and again in Sept. Last year it did not."));
  }

  @Test
  public void otherAbbreviationsDoNotSplit() {
    assertThat(
        texts("Sen. Warren vs. Gov. Abbott, e.g. Texas, i.e. No. 5 on the list."),
        contains("Sen. Warren vs. Gov. Abbott, e.g. Texas, i.e. No. 5 on the list."));
  }

  @Test
  public void dottedAcronymsBeforeNamesDoNotSplit() {
    assertThat(
        texts("The U.S. State Department and the U.N. Security Council met N. Korea officials."),
        contains("The U.S. State Department and the U.N. Security Council met N. Korea officials."));
  }

  @Test
  public void dottedAcronymBeforeSentenceOpenerSplits() {
    assertThat(texts("He moved to the U.S. The move was hard."), contains("He moved to the U.S.", "The move was hard."));
  }

  @Test
  public void initialsDoNotSplit() {
    assertThat(texts("J. K. Rowling wrote it. Fans cheered."), contains("J. K. Rowling wrote it.", "Fans cheered."));
  }

  @Test
  public void decimalsAndMoneyDoNotSplit() {
    assertThat(
        texts("It lost $2.3 billion, or 2.7 trillion won. Shares fell 4.5%."),
        contains("It lost $2.3 billion, or 2.7 trillion won.", "Shares fell 4.5%."));
  }

  @Test
  public void timesSplitOnlyBeforeASentenceOpener() {
    assertThat(
        texts("It starts at 5 p.m. Eastern time. It ends at 9 p.m. The next day is free."),
        contains("It starts at 5 p.m. Eastern time.", "It ends at 9 p.m.", "The next day is free."));
  }

  @Test
  public void numberedListItemAtLineStartIsNotALoneSentence() {
    assertThat(texts("1. First item here\n2. Second item."), contains("1. First item here", "2. Second item."));
  }

  @Test
  public void closingQuoteStaysWithTheSentence() {
    assertThat(
        texts("They met “in 17 countries.” Its organizers left."),
        contains("They met “in 17 countries.”", "Its organizers left."));
  }

  @Test
  public void commaInsideQuoteBeforeLowercaseDoesNotSplit() {
    assertThat(
        texts("They aimed to \"steal cryptocurrency,\" although most failed."),
        contains("They aimed to \"steal cryptocurrency,\" although most failed."));
  }

  @Test
  public void periodInsideParenthesesBeforeLowercaseDoesNotSplit() {
    assertThat(texts("He left (see p. 4.) and came back."), contains("He left (see p. 4.) and came back."));
  }

  @Test
  public void detachedPeriodSplits() {
    assertThat(
        texts("It raised money, according to Reuters . The hermit kingdom denied it."),
        contains("It raised money, according to Reuters .", "The hermit kingdom denied it."));
  }

  @Test
  public void noBreakSpacesCountAsWhitespace() {
    assertThat(texts("It ended.\u00A0Then it began. \u00A0"), contains("It ended.", "Then it began."));
  }

  @Test
  public void emptyTextGivesNoSentences() {
    assertEquals(List.of(), splitter.split(" \n\n "));
  }

  @Test
  public void quotedPassageWithInnerExclamationsStaysWhole() {
    assertThat(
        texts("'Well!' thought Alice, 'I shall fall! How brave they'll think me!' She fell."),
        contains("'Well!' thought Alice, 'I shall fall! How brave they'll think me!'", "She fell."));
  }

  @Test
  public void acronymBeforeQuestionWordSplits() {
    assertThat(texts("I live in the U.S. How about you?"), contains("I live in the U.S.", "How about you?"));
  }

  @Test
  public void shortTimeIntroductionDoesNotSplitButTimeAtSentenceEndDoes() {
    assertThat(
        texts("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went home."),
        contains("At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went home."));
  }

  @Test
  public void listItemsOnOneLineSplitBeforeEachMarker() {
    assertThat(texts("1.) The first item 2.) The second item"), contains("1.) The first item", "2.) The second item"));
  }

  @Test
  public void lineWrappedMidSentenceIsJoined() {
    assertThat(
        texts("This is a sentence\ncut off in the middle because pdf."),
        contains("This is a sentence\ncut off in the middle because pdf."));
  }

  @Test
  public void footnoteMarkersStayWithTheirSentence() {
    assertThat(
        texts("He was a saint and martyr.[1] The emperor published a decree."),
        contains("He was a saint and martyr.[1]", "The emperor published a decree."));
  }

  @Test
  public void missingSpaceBeforeTitleAndAfterNumberSplits() {
    assertThat(
        texts("Today is Tuesday.Mr. Smith bought 1,000.That is a lot."),
        contains("Today is Tuesday.", "Mr. Smith bought 1,000.", "That is a lot."));
  }

  @Test
  public void speechBrokenOffByADashEndsAtTheClosingQuote() {
    assertThat(
        texts("\"We are doing our best, afore she comes, to--\" At this moment, Five called out."),
        contains("\"We are doing our best, afore she comes, to--\"", "At this moment, Five called out."));
  }

  @Test
  public void wrappedLineIsOneSentenceWithExactOffsetsAndNormalisedText() {
    String text = "Intro. It was a cold \nnight in the city.";

    List<Sentence> exact = splitter.split(text);
    List<Sentence> normalised = splitter.splitNormalised(text);

    assertEquals(new Sentence(7, text.length(), "It was a cold \nnight in the city."), exact.get(1));
    assertEquals("It was a cold night in the city.", normalised.get(1).text());
  }

  @Test
  public void carriageReturnEndsALine() {
    assertThat(texts("First line\rSecond line\r\nThird line"), contains("First line", "Second line", "Third line"));
  }

  @Test
  public void periodPushedToTheNextLineClosesTheLineBefore() {
    assertThat(texts("Contact us for pricing\n. Pricing info"), contains("Contact us for pricing\n.", "Pricing info"));
  }

  @Test
  public void parenthesisAfterAQuotationSplitsUnlessItRefersBack() {
    assertThat(texts("'I fell off the house!' (Which was likely true.)"),
        contains("'I fell off the house!' (Which was likely true.)"));
    assertThat(texts("\"I should think!\" (Dinah was the cat.) \"I hope so.\""),
        contains("\"I should think!\"", "(Dinah was the cat.)", "\"I hope so.\""));
  }

  @Test
  public void titleLineBeforeAParenthesisOnTheNextLineIsItsOwnUnit() {
    assertThat(texts("Scavenger Hunt Trophy For Winners\n(Engraved Crystal Trophy)"),
        contains("Scavenger Hunt Trophy For Winners", "(Engraved Crystal Trophy)"));
  }

  @Test
  public void acronymBeforeAQuantityWordSplits() {
    assertThat(texts("He became President of the U.S. Millions attended."),
        contains("He became President of the U.S.", "Millions attended."));
  }

  @Test
  public void backtickQuotesAreQuotes() {
    assertThat(texts("He recalls his mentor: `The people! Theft!' Then he left."),
        contains("He recalls his mentor: `The people! Theft!'", "Then he left."));
  }

  @Test
  public void restartedAndBulletedListsSplitBeforeEveryMarker() {
    assertThat(texts("1.) The first item 2.) The second item 1.) The first again 2.) The second again • 9. Ninth • 10. Tenth"),
        contains("1.) The first item", "2.) The second item", "1.) The first again", "2.) The second again", "• 9. Ninth",
            "• 10. Tenth"));
  }

  @Test
  public void numberedReferencesAndInitialsAreNoList() {
    assertThat(texts("As payment for 1. above, pay us and for 2. above, no fee will be paid."),
        contains("As payment for 1. above, pay us and for 2. above, no fee will be paid."));
    assertThat(texts("We met A. B. Smith there."), contains("We met A. B. Smith there."));
  }

  @Test
  public void lettersListAfterASentenceEndSplits() {
    assertThat(texts("They went to the store. w) hello x) hello"), contains("They went to the store.", "w) hello", "x) hello"));
  }

  @Test
  public void periodAfterAPlainWordSplitsBeforeLowerCaseButNotAfterAnAbbreviation() {
    assertThat(texts("It was a cold night in the city. features"), contains("It was a cold night in the city.", "features"));
    assertThat(texts("It costs approx. two dollars and 5 lbs. of rice."),
        contains("It costs approx. two dollars and 5 lbs. of rice."));
  }

  @Test
  public void shortFragmentAfterASentenceEndDoesNotJoinTheNextLine() {
    assertThat(texts("It was a cold night in the city. features\ncontact manager"),
        contains("It was a cold night in the city.", "features", "contact manager"));
  }
}
