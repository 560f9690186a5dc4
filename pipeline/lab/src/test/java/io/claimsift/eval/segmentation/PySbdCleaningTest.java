package io.claimsift.eval.segmentation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.Assert.assertEquals;

import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.TextNormaliser;
import java.util.List;
import org.junit.Test;

/** The pySBD cleaning preset the segmentation suites are scored with. */
public class PySbdCleaningTest {

  @Test
  public void pySbdPresetRemovesTagsEscapesDotLeadersAndSpreadLetters() {
    TextNormaliser cleaner = PySbdCleaning.normaliser();

    assertEquals("Yes. It is!", cleaner.normalise("<em>Yes.</em> <em>It is</em>!").text());
    assertEquals("One. \n \nTwo.", cleaner.normalise("One. \\ r \\ nTwo.").text());
    assertEquals("Chapter 2 \n", cleaner.normalise("Chapter 2 ........ 6").text());
    assertEquals("WARNING\n", cleaner.normalise("\nW\nA\nRN\nI\nNG\n").text());
    assertEquals("'So what?'", cleaner.normalise("`So what?'").text());
  }

  @Test
  public void pySbdPresetSplitsCleanedMarkupButKeepsOriginalSpans() {
    String text = "This is the U.S. Senate my friends. <em>Yes.</em> <em>It is</em>!";

    List<Sentence> exact = PySbdCleaning.splitter().split(text);
    List<Sentence> normalised = PySbdCleaning.splitter().splitNormalised(text);

    assertThat(normalised.stream().map(Sentence::text).toList(),
        contains("This is the U.S. Senate my friends.", "Yes.", "It is!"));
    assertEquals("Yes.", exact.get(1).text()); // tags at the edges stay outside the span
    assertEquals("It is</em>!", exact.get(2).text());
    assertEquals(text.indexOf("It is"), exact.get(2).start());
  }

  @Test
  public void presetKeepsThePipelineEditsInTheirOrder() {
    List<TextNormaliser.Edit> edits = PySbdCleaning.normaliser().edits();

    assertEquals(12, edits.size());
    assertEquals(TextNormaliser.pipeline().edits(),
        edits.stream().filter(TextNormaliser.pipeline().edits()::contains).toList());
  }
}
