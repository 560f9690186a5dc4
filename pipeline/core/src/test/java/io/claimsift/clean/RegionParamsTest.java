package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

/** The body-choice parameters: the committed resource, and the JSON form training writes. */
public class RegionParamsTest {

  @Test
  public void theCommittedParametersReadBackFromTheirOwnJson() {
    // Arrange
    RegionParams committed = RegionParams.standard();
    // Act
    RegionParams again = RegionParams.parse(committed.toJson());
    // Assert
    assertThat(again, is(committed));
  }

  @Test
  public void theFrontEndsDiffer() {
    // The HTML front end spreads over its main container; a text dump has none.
    assertThat(RegionParams.standard().html().spreadOverMain(), is(true));
    assertThat(RegionParams.standard().text().spreadOverMain(), is(false));
  }

  @Test
  public void aMissingFieldIsRefusedRatherThanReadAsZero() {
    // Arrange
    String json = RegionParams.standard().toJson().replace("\"barrier\": -400.0,", "");
    // Act
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RegionParams.parse(json));
    // Assert
    assertThat(e.getMessage(), containsString("missing text.barrier"));
  }

  @Test
  public void anUnknownFieldIsRefused() {
    String json = RegionParams.standard().toJson()
        .replace("\"letterShareDivisor\": 5", "\"letterShareDivisor\": 5, \"letterShareDivider\": 5");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RegionParams.parse(json));
    assertThat(e.getMessage(), containsString("letterShareDivider"));
  }

  @Test
  public void anIntegerFieldRefusesAFraction() {
    String json = RegionParams.standard().toJson().replace("\"longRun\": 8", "\"longRun\": 8.5");
    assertThrows(IllegalArgumentException.class, () -> RegionParams.parse(json));
  }

  @Test
  public void otherParametersChangeTheCleanersChoice() {
    // Arrange: two paragraphs of a text dump with a short line between them. The short line
    // costs shortBase plus a share of its letters: a little today, so the region spans both
    // paragraphs; a prohibitive cost splits them and only the longer paragraph stays.
    String first = "The council approved the new tram line on Tuesday after a long debate that"
        + " lasted well into the evening, officials said.";
    String second = "Work on the first section starts in the spring, and the whole project is"
        + " expected to cost about 300 million euros over the next decade, according to the"
        + " transport department's latest estimate.";
    String dump = first + "\nOur partners today\n" + second + "\n";
    RegionParams committed = RegionParams.standard();
    RegionParams costly = RegionParams.parse(committed.toJson()
        .replaceFirst("\"shortBase\": 10.0", "\"shortBase\": 10000.0"));
    // Act
    String usual = new TextCleaner(CleaningRules.standard()).clean(dump).cleanText();
    String split = new TextCleaner(CleaningRules.standard(), CleaningLimits.standard(), costly)
        .clean(dump).cleanText();
    // Assert
    assertThat(usual, containsString(first));
    assertThat(usual, containsString(second));
    assertThat(split, not(containsString(first)));
    assertThat(split, containsString(second));
  }
}
