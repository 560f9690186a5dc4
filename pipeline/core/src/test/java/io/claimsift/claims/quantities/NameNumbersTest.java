package io.claimsift.claims.quantities;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** Numbers of names are not quantities; amounts next to capitalised words still are. */
public class NameNumbersTest {

  private final QuantityExtractor extractor = QuantityExtractor.english();

  private List<String> texts(String sentence) {
    return extractor.extract(sentence).stream().map(QuantityMention::text).toList();
  }

  @Test
  public void modelsVersionsTitlesAndStandardsAreNames() {
    assertEquals(List.of(), texts("She bought an iPhone 11 and a laptop running Windows 10 last week."));
    assertEquals(List.of(), texts("The router supports Wi-Fi 6 and the plane is a Boeing 737."));
    assertEquals(List.of(), texts("Fans waited for Resident Evil 2 while Lexus showed the LC 500."));
    assertEquals(List.of(), texts("Leaders of the G20 discussed COVID-19 and the S&P 500 fell."));
    assertEquals(List.of(), texts("The airline filed for Chapter 11 protection."));
    assertEquals(List.of(), texts("Airlines grounded their Boeing 737 jets."));
  }

  @Test
  public void aNameBesideARealAmountKeepsTheAmount() {
    assertEquals(List.of("$999"), texts("Apple priced the iPhone 11 at $999."));
    assertEquals(List.of("2 million units"), texts("Microsoft said Windows 10 sold 2 million units."));
  }

  @Test
  public void currencyMarkersUnitsAndDatesAreNotNames() {
    assertEquals(List.of("Rs 500"), texts("The fine is Rs 500 per day."));
    assertEquals(List.of("US$ 5"), texts("It costs US$ 5 a month."));
    assertEquals(List.of("USD 5"), texts("It costs USD 5 a month."));
    assertEquals(List.of("17 km"), texts("The Nile Delta 17 km away flooded."));
    assertEquals(List.of("5%"), texts("Shares of Tesla 5% higher opened the day."));
    assertEquals(List.of(), texts("The law was passed in May 2019."));
    assertEquals(List.of("2.4 Million"), texts("Global Virus Cases Near 2.4 Million"));
  }

  @Test
  public void aSentenceStartsWithACapitalWhateverTheWord() {
    assertEquals(List.of("500 people"), texts("About 500 people attended."));
    assertEquals(List.of("20"), texts("Some 20 died in the attack."));
    assertEquals(List.of(), texts("iPhone 11 sales were strong."));
  }

  @Test
  public void aNameOpeningTheSentenceWithNothingCountedIsNoAmount() {
    assertEquals(List.of(), texts("Thunderbolt 3 is staying."));
    assertEquals(List.of(), texts("Meal 1"));
    assertEquals(List.of(), texts("Myth 3: vitamin C cures colds."));
    assertEquals(List.of(), texts("\"Windows 10 is here,\" he said."));
  }

  @Test
  public void wordsThatLeadAnAmountStillLeadIt() {
    assertEquals(List.of("20"), texts("Nearly 20 were hurt."));
    assertEquals(List.of("20"), texts("All 20 were freed on Monday."));
    assertEquals(List.of("16"), texts("At 16, he left home."));
    assertEquals(List.of("5"), texts("Another 5 were hurt."));
    assertEquals(List.of("3 docks"), texts("Thunderbolt 3 docks start at a low price."));
    assertEquals(List.of("9.9 pH"), texts("Lemon 9.9 pH"));
  }

  @Test
  public void aGluedScaleLetterBeforeASingularNounIsAModelCode() {
    assertEquals(List.of(), texts("The laptop has a 5500M chipset."));
    assertEquals(List.of("1.2M people"), texts("The app has 1.2M people signed up."));
    assertEquals(List.of("30K anti-war members"), texts("It has close to 30K anti-war members."));
  }

  @Test
  public void codesWithDecimalsDashesOrSlashesAreNames() {
    assertEquals(List.of(), texts("Gamers bought Halo 4 and headsets with Bluetooth 5.2 support."));
    assertEquals(List.of(), texts("The Airbus A350-900 flew past the PM2.5 haze."));
    assertEquals(List.of(), texts("Sprays against \"COVID–19\" were claimed."));
    assertEquals(List.of(), texts("See the Forms 10-K and 10-Q filed with the SEC."));
    assertEquals(List.of(), texts("The suit, with Number FHC/ABJ/03/095/2018, was filed."));
  }

  @Test
  public void aPresentTenseVerbAfterANameCountsNothing() {
    assertEquals(List.of(), texts("Windows 8 provides enterprise-class security capabilities."));
    assertEquals(List.of(), texts("Bluetooth 5.2 introduces features that improve audio quality."));
    assertEquals(List.of(), texts("Improved Sound Quality: Bluetooth 5.2 supports the LC3 codec."));
    // a real count beside it survives, and so does a plural noun that a verb form is not
    assertEquals(List.of("3 new features"), texts("Windows 8 provides 3 new features for business users."));
    assertEquals(List.of("500 jobs"), texts("The plant provides 500 jobs to the town."));
    assertEquals(List.of("12 offers"), texts("The agency received 12 offers for the site."));
    // a number that is no name keeps its value when a verb follows: only the counted noun goes
    assertEquals(List.of("40 votes", "20"), texts("Of the 40 votes cast, 20 supports the motion."));
  }

  @Test
  public void aDisplayResolutionIsNoThousand() {
    assertEquals(List.of(), texts("The console runs more games in native 4K than its rival."));
    assertEquals(List.of(), texts("Sales of 8K TVs stayed flat."));
    assertEquals(List.of(), texts("It plays games at up to 4k on your TV."));
    // money and a counted thousand stay amounts
    assertEquals(List.of("$4K"), texts("Each episode earns $4K in ads."));
    assertEquals(List.of("27K businesses"), texts("The network links over 27K businesses."));
    assertEquals(List.of("$500", "4 HDMI ports"), texts("The $500 4K TV has 4 HDMI ports."));
  }

  @Test
  public void dottedCodesAndVersionsAreNoAmounts() {
    assertEquals(List.of(), texts("Bibcode:2011PNAS..108.1815W."));
    assertEquals(List.of(), texts("Bibcode:1999QuInt..59....5M."));
    assertEquals(List.of(), texts("Before 0.8.48, the hostname was used by default."));
    assertEquals(List.of(), texts("The update to version 1.9.5 fixed it."));
    // a decimal, a decimal ending a sentence and an amount after a version survive
    assertEquals(List.of("2.5 million people"), texts("Version 1.9.5 reached 2.5 million people."));
    assertEquals(List.of("2.5"), texts("The index stood at 2.5.Analysts expected more."));
    assertEquals(List.of("0.5%"), texts("Rates rose by 0.5% in March."));
  }

  @Test
  public void anAbbreviatedLabelNamesTheNumberAfterIt() {
    assertEquals(List.of(), texts("The party doubles as the release of Snacky Tunes Vol. 3, a free collection."));
    assertEquals(List.of(), texts("The curve is shown in fig. 2 of the report."));
    assertEquals(List.of(), texts("Auckland: Reed Methuen. pp. 52–54."));
    // an amount after the labelled number survives, and so does a number after an initial's dot
    assertEquals(List.of("40,000 copies"), texts("Vol. 3 sold 40,000 copies in a week."));
    assertEquals(List.of("5 people"), texts("Police in Washington, D.C. 5 people were hurt."));
  }
}
