package io.claimsift.claims.quantities;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/**
 * Session 7 forms: numbers after a label noun, the value of a spelled number ending in a scale
 * letter, glued scale letters before a capitalised word, and a falling pair with a unit.
 */
public class LabelsScaleLettersAndFallingPairsTest {

  private final QuantityExtractor extractor = QuantityExtractor.english();

  private List<String> found(String sentence) {
    return extractor.extract(sentence).stream()
        .map(q -> q.text() + "|" + q.value() + "|" + q.low() + "|" + q.high() + "|" + q.unit())
        .toList();
  }

  @Test
  public void aNumberAfterALabelNounIsNoAmount() {
    assertEquals(List.of(), found("It is part of the type 2 immune response."));
    assertEquals(List.of(), found("She has stage 4 cancer and a category 5 hurricane is coming."));
    assertEquals(List.of(), found("The court ruled on section 230 of the law."));
  }

  @Test
  public void aLabelNounBeforeAPercentageOrAnotherWordLeavesTheAmount() {
    assertEquals(List.of("20%|20.0|null|null|percent"), found("Prices rose to a level 20% higher."));
    assertEquals(List.of("3 grades|3.0|null|null|grades"), found("He skipped 3 grades."));
  }

  @Test
  public void aSpelledNumberEndingInAScaleLetterKeepsItsValue() {
    // "eight" ends in "t", the trillion abbreviation of scales.tsv: it was read as 8e-12 times a trillion
    assertEquals(List.of("eight launches|8.0|null|null|launches"), found("But with eight launches, I will go."));
    assertEquals(List.of("$5bn|5.0|null|null|USD"), found("It raised $5bn."));
  }

  @Test
  public void aGluedScaleLetterBeforeACapitalisedSingularWordIsAFormatName() {
    assertEquals(List.of("12MP|12.0|null|null|Megapixel"), found("12MP iSight back camera takes 4K Video"));
    assertEquals(List.of("1.2M Americans|1.2|null|null|Americans"), found("A poll of 1.2M Americans ended."));
  }

  @Test
  public void aFallingPairWithAUnitIsARangeNotAScore() {
    assertEquals(List.of("10-5 years|5.0|5.0|10.0|Year"), found("He was sentenced to 10-5 years in prison."));
    assertEquals(List.of(), found("The team won 10-5 in the end."));
  }
}
