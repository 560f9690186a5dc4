package io.claimsift.claims.attribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.claimsift.sentences.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class AttributionFinderTest {

  private final AttributionFinder finder = AttributionFinder.english();

  @Test
  public void accordingTo() {
    assertEquals("Reuters", finder.find("North Korea stole funds, according to Reuters."));
    assertEquals("the report", finder.find("According to the report, the funds were stolen."));
    assertEquals("UN experts", finder.find("According to UN experts, the country is evading sanctions."));
  }

  @Test
  public void accordingToStopsBeforeClauseWords() {
    assertEquals("a Reuters article", finder.find("According to a Reuters article published on Monday, it grew."));
    assertEquals("Reuters", finder.find("It raised $2 billion, according to Reuters ."));
  }

  @Test
  public void perAtSentenceStart() {
    assertEquals("Reuters", finder.find("Per Reuters, the committee claimed that funds were stolen."));
    assertEquals("the experts", finder.find("Per the experts, there are 35 instances."));
    assertEquals("the report", finder.find("As per the report, the hackers operated abroad."));
  }

  @Test
  public void passiveAsReportedBy() {
    assertEquals("Reuters", finder.find("The committee, as reported by Reuters, found the theft."));
  }

  @Test
  public void capitalizedSubjectBeforeVerb() {
    assertEquals("Reuters", finder.find("Reuters reports that the article was submitted."));
    assertEquals("FireEye", finder.find("At the time, FireEye indicated that the group was involved."));
    assertEquals("The Security Council", finder.find("The Security Council believes the raids were conducted."));
    assertEquals(
        "South Korean cybersecurity firm Cuvepia",
        finder.find("South Korean cybersecurity firm Cuvepia said that it found 30 cases."));
  }

  @Test
  public void openingSubjectWithoutReportingVerb() {
    assertEquals("Chinese officials", finder.find("Chinese officials have raised the possibility that it began abroad."));
    assertEquals("Scientists", finder.find("Scientists writing in a journal made clear that it is natural."));
    assertEquals("Wuhan Institute of Virology", finder.find("The Wuhan Institute of Virology stored bat samples."));
  }

  @Test
  public void openingPhraseThatIsNoSubjectNamesNobody() {
    assertNull(finder.find("The president was roundly criticized for the remark.")); // "be": describes it
    assertNull(finder.find("Vaccines, by their nature, are reactive.")); // not a source noun, one word
    assertNull(finder.find("During Thursday's briefing the lab was mentioned.")); // a possessive
    assertNull(finder.find("Steroid Drugs Are an Effective Treatment for Severe Cases")); // a headline
    assertNull(finder.find("Officials in Wuhan closed the market.")); // a preposition follows
  }

  @Test
  public void descriptorBeforeNameIsKept() {
    assertEquals("news medium Reuters", finder.find("Earlier this week, news medium Reuters reported that it grew."));
  }

  @Test
  public void roleDescriptorBeforeAFullNameIsDropped() {
    assertEquals("Lena Hallengren", finder.find("Swedish Health Minister Lena Hallengren said schools stay open."));
    assertEquals("Hazhir Rahmandad", finder.find("MIT engineer Hazhir Rahmandad warned that cases were undercounted."));
    assertEquals("Dr Anne Rimoin", finder.find("UCLA epidemiologist Dr Anne Rimoin said it was unlikely."));
  }

  @Test
  public void descriptorStaysBeforeAOneWordNameOrANameWithATitle() {
    assertEquals("cybersecurity firm Cuvepia", finder.find("Then cybersecurity firm Cuvepia said that it found 30 cases."));
    assertEquals("Attorney General William Barr", finder.find("Attorney General William Barr said the scam was shut."));
  }

  @Test
  public void nounPhraseEndingInSourceNoun() {
    assertEquals(
        "a U.S. State Department spokeswoman",
        finder.find("Reacting to the report, a U.S. State Department spokeswoman stated:"));
    assertEquals("the U.N. committee", finder.find("Then the U.N. committee claimed that funds were used."));
    assertEquals("UN experts", finder.find("Meanwhile, UN experts warned about the attacks."));
    assertEquals("The independent experts", finder.find("The independent experts also believe that mining grew."));
  }

  @Test
  public void trailingAttribution() {
    assertEquals("the report", finder.find("“Proceeds reached two billion dollars,” an excerpt of the report reads."));
    assertEquals("the report", finder.find("Funds were stolen from 17 countries, the report said."));
    assertEquals("Reuters", finder.find("The funds went to weapons, Reuters reported."));
  }

  @Test
  public void invertedSaidForm() {
    assertEquals("the spokesman", finder.find("“We will respond,” said the spokesman."));
  }

  @Test
  public void pronounsAreNotSources() {
    assertNull(finder.find("“We will respond,” she said."));
    assertNull(finder.find("It said the attacks were growing."));
    assertNull(finder.find("According to them, nothing happened."));
  }

  @Test
  public void pluralNounReportsIsNotAVerb() {
    assertEquals(
        "Previous reports from South Korea",
        finder.find("Previous reports from South Korea have claimed the North built a team."));
  }

  @Test
  public void sentenceWithoutSourceGivesNull() {
    assertNull(finder.find("The hermit kingdom channeled the stolen funds to its missile program."));
    assertNull(finder.find("As reported in November 2018, hackers began attacking investors."));
  }

  @Test
  public void appositionsAreSkippedToTheName() {
    assertEquals("Mike Ryan", finder.find("Mike Ryan, the WHO’s top emergencies expert, said there are lessons to learn."));
    assertEquals("Johan Mattsson", finder.find("One local, Johan Mattsson, told The New York Times: “We are right.”"));
    assertEquals("Moncef Slaoui",
        finder.find("Moncef Slaoui, who leads the federal vaccination program, told CNN the vaccine was safe."));
  }

  @Test
  public void toldNamesTheSpeakerNotTheAudience() {
    assertEquals("The minister", finder.find("The minister told reporters that the border would reopen."));
  }

  @Test
  public void invertedVerbWithDescribedSpeaker() {
    assertEquals("Peter Horby",
        finder.find("“The drug was not effective,” wrote lead author Peter Horby, a professor at Oxford."));
    assertEquals("Shelley Rankin", finder.find("If pets could catch it, we would see cases by now, says Shelley Rankin, a microbiologist."));
    assertNull(finder.find("The campaign was successful, says evidence from the trial."));
  }

  @Test
  public void parenthesesAndTimeWordsBetweenNameAndVerb() {
    assertEquals("Eli Lilly", finder.find("Eli Lilly (NYSE: LLY) today announced new data from the study."));
  }

  @Test
  public void acronymsThatSpellPronounsAreNames() {
    assertEquals("The WHO", finder.find("Truth: The WHO says that vaccines do not protect against it."));
  }

  @Test
  public void objectOfAPrepositionIsNotTheSubject() {
    assertNull(finder.find("A randomly controlled trial in Wuhan showed less mortality."));
  }

  private static List<Sentence> sentences(String text, String... parts) {
    List<Sentence> out = new ArrayList<>();
    int from = 0;
    for (String part : parts) {
      int start = text.indexOf(part, from);
      out.add(new Sentence(start, start + part.length(), part));
      from = start + part.length();
    }
    return out;
  }

  @Test
  public void locateGivesOffsetsIntoTheCleanText() {
    String text = "Intro.\nThe funds were stolen, the report said.";
    List<Sentence> s = sentences(text, "Intro.", "The funds were stolen, the report said.");

    Attribution a = finder.locate(text, s, 1);

    assertEquals("the report", a.text());
    assertEquals("the report", text.substring(a.start(), a.end()));
    assertTrue(a.inSentence());
  }

  @Test
  public void pronounReportTakesThePreviousSpeaker() {
    String text = "Zhao Lijian, a ministry spokesman, said the virus came from abroad. On 12 March, he said it was the army.";
    List<Sentence> s = sentences(text, "Zhao Lijian, a ministry spokesman, said the virus came from abroad.",
        "On 12 March, he said it was the army.");

    Attribution a = finder.locate(text, s, 1);

    assertEquals("Zhao Lijian", a.text());
    assertEquals(0, a.start());
    assertFalse(a.inSentence());
  }

  @Test
  public void quotationFragmentTakesTheSpeakerOfTheNextQuotedSentence() {
    String text = "“They could still spread it. That is why distancing matters,” Chemaly said.";
    List<Sentence> s = sentences(text, "“They could still spread it.", "That is why distancing matters,” Chemaly said.");

    Attribution a = finder.locate(text, s, 0);

    assertEquals("Chemaly", a.text());
    assertEquals(text.indexOf("Chemaly"), a.start());
  }

  @Test
  public void fullNameFoundInTheClaimsOwnSentenceIsInTheSentence() {
    // the surname comes from the next sentence, its full name from the claim's own sentence
    String text = "“Talks with Mary Lau went well. It was a good day,” Lau said.";
    List<Sentence> s = sentences(text, "“Talks with Mary Lau went well.", "It was a good day,” Lau said.");

    Attribution a = finder.locate(text, s, 0);

    assertEquals("Mary Lau", a.text());
    assertEquals(text.indexOf("Mary Lau"), a.start());
    assertTrue(a.inSentence());
  }

  @Test
  public void quotationChainsBackOverPronounReports() {
    String text = "Jonathan Epstein said: “Pets are not the problem.” “Shedding is different,” he says. “Our focus is on people.”";
    List<Sentence> s = sentences(text, "Jonathan Epstein said: “Pets are not the problem.”", "“Shedding is different,” he says.",
        "“Our focus is on people.”");

    assertEquals("Jonathan Epstein", finder.locate(text, s, 2).text());
  }

  @Test
  public void plainSentenceDoesNotBorrowItsNeighboursSource() {
    String text = "Reuters said the exchange was hacked. The hermit kingdom denies any role in it at all.";
    List<Sentence> s = sentences(text, "Reuters said the exchange was hacked.", "The hermit kingdom denies any role in it at all.");

    assertNull(finder.locate(text, s, 1));
  }

  @Test
  public void earlierFullNameDropsAWordThatIsNotAName() {
    String text = "As Josie Golding pointed out, the findings matter. The virus is natural, Golding added.";
    List<Sentence> s = sentences(text, "As Josie Golding pointed out, the findings matter.", "The virus is natural, Golding added.");

    Attribution a = finder.locate(text, s, 1);

    assertEquals("Josie Golding", a.text());
    assertEquals(text.indexOf("Josie"), a.start());
  }

  @Test
  public void bareSurnameBecomesTheEarlierFullName() {
    String text = "Graham Lau studies comets. There is no evidence of that, Mr Lau said.";
    List<Sentence> s = sentences(text, "Graham Lau studies comets.", "There is no evidence of that, Mr Lau said.");

    Attribution a = finder.locate(text, s, 1);

    assertEquals("Graham Lau", a.text());
    assertEquals(0, a.start());
    assertFalse(a.inSentence());
  }
  @Test
  public void negatedReportIsNotReadPastTheNegation() {
    assertNull(finder.find("It is too soon to tell, and the agency does not suggest its use."));
  }

  @Test
  public void headlineVerbsAreCapitalised() {
    assertEquals("Confidential UN Report", finder.find("Confidential UN Report Says North Korea Stole $2 Billion from Crypto Exchanges"));
    assertNull(finder.find("Two Studies Find That Humidity Prevents Coronavirus Spread"));
    assertNull(finder.find("Nothing here Says anything."));
  }

  @Test
  public void sentenceInsideAnOpenQuotationTakesTheSpeakerWhereItCloses() {
    String text = "“The money went to missiles. It was planned for years. Nobody hid it,” the spokesman said.";
    List<Sentence> s = sentences(text, "“The money went to missiles.", "It was planned for years.", "Nobody hid it,” the spokesman said.");

    Attribution a = finder.locate(text, s, 1);

    assertEquals("the spokesman", a.text());
    assertEquals(text.indexOf("the spokesman"), a.start());
    assertFalse(a.inSentence());
  }

  @Test
  public void continuationQuoteInheritsTheOpenQuotesSpeaker() {
    String text = "Peter Navarro said on Monday: “The lab is the source. We have evidence. It is incumbent on China to prove otherwise.";
    List<Sentence> s = sentences(text, "Peter Navarro said on Monday: “The lab is the source.", "We have evidence.",
        "It is incumbent on China to prove otherwise.");

    assertEquals("Peter Navarro", finder.locate(text, s, 2).text());
  }

  @Test
  public void closedQuotationDoesNotReachPastTheNextSentence() {
    String text = "Reuters said it grew. “It was planned.” Nobody hid it. Officials were surprised. “It is over,” the diplomat said.";
    List<Sentence> s = sentences(text, "Reuters said it grew.", "“It was planned.”", "Nobody hid it.", "Officials were surprised.",
        "“It is over,” the diplomat said.");

    assertNull(finder.locate(text, s, 2));
    assertEquals("Reuters", finder.locate(text, s, 1).text());
  }
}
