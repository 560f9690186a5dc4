package io.claimsift.claims;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

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
  public void descriptorBeforeNameIsKept() {
    assertEquals("news medium Reuters", finder.find("Earlier this week, news medium Reuters reported that it grew."));
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
}
