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
}
