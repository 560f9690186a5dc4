package io.claimsift.sentences;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class OffsetsTest {

  @Test
  public void plainSpacesReplacesUnicodeSpacesAndKeepsTheRest() {
    String text = "5\u00a0km,\u2009then 10\u202fm\tand\n2";

    String plain = Offsets.plainSpaces(text);

    assertEquals("5 km, then 10 m\tand\n2", plain);
  }

  @Test
  public void plainSpacesOfATextWithoutUnicodeSpacesIsTheSameText() {
    String text = "It rose 5% in 2020.";

    assertEquals(text, Offsets.plainSpaces(text));
  }

  @Test
  public void aSentenceThatWasCheckedDoesNotVouchForAnotherOneWithTheSameOffsets() {
    String clean = "One. Two.";
    Sentence inside = new Sentence(5, 9, "Two.");
    Sentence elsewhere = new Sentence(5, 9, "Six.");
    Offsets.requireInside(clean, inside);

    assertThrows(IllegalArgumentException.class, () -> Offsets.requireInside(clean, elsewhere));
    Offsets.requireInside(clean, inside); // still inside when asked again
  }

  @Test
  public void aCheckedSentenceIsNotInsideAnotherText() {
    Sentence sentence = new Sentence(0, 4, "One.");
    Offsets.requireInside("One. Two.", sentence);

    assertThrows(IllegalArgumentException.class, () -> Offsets.requireInside("Six. Two.", sentence));
  }
}
