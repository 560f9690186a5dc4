package io.claimsift.eval.quantities;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.Test;

public class NameQuantityAuditTest {

  private static String candidate(String sentence, String quantity) {
    int start = sentence.indexOf(quantity);
    return NameQuantityAudit.candidate(sentence, start, start + quantity.length());
  }

  @Test
  public void aNumberAfterACapitalisedOrMixedCaseTokenIsACandidate() {
    assertThat(candidate("Fans waited for Halo 4 all year.", "4"), equalTo(NameQuantityAudit.AFTER_CAPITAL));
    assertThat(candidate("The new iPhone 11 sold out.", "11"), equalTo(NameQuantityAudit.AFTER_CAPITAL));
    assertThat(candidate("See Listing 4-1 below.", "4-1"), equalTo(NameQuantityAudit.AFTER_CAPITAL));
    assertThat(candidate("It ships with (Wi-Fi 6 support).", "6"), equalTo(NameQuantityAudit.AFTER_CAPITAL));
    // wide on purpose: a sentence's first word is capitalised whatever it is
    assertThat(candidate("About 500 people came.", "500"), equalTo(NameQuantityAudit.AFTER_CAPITAL));
  }

  @Test
  public void aLetterGluedToADigitInsideOrAtTheEdgeIsACandidate() {
    assertThat(candidate("The X2D II 100C is here.", "100C"), equalTo(NameQuantityAudit.AFTER_CAPITAL)); // tried first
    assertThat(candidate("The oven reached 250C by noon.", "250C"), equalTo(NameQuantityAudit.GLUED));
    assertThat(candidate("It ran 10km in the rain.", "10km"), equalTo(NameQuantityAudit.GLUED));
    assertThat(candidate("An A320 landed.", "320"), equalTo(NameQuantityAudit.GLUED));
    assertThat(candidate("A film in 3D today.", "3"), equalTo(NameQuantityAudit.GLUED));
  }

  @Test
  public void plainAmountsAfterLowerCaseWordsOrPunctuationAreNot() {
    assertThat(candidate("Orders rose by 12 last month.", "12"), nullValue());
    assertThat(candidate("The fund raised $5 million.", "$5 million"), nullValue());
    assertThat(candidate("He said: 40 people died.", "40 people"), nullValue());
    assertThat(candidate("Sales of Apple, 30% of the market.", "30%"), nullValue());
  }
}
