package io.claimsift.sentences;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.Test;

public class TextNormaliserTest {

  @Test
  public void deletionMapsSpansBackAroundTheDeletedCharacters() {
    NormalisedText text = NormalisedText.of("ab<i>cd</i>e").replaceAll(Pattern.compile("</?i>"), "");

    assertEquals("abcde", text.text());
    assertEquals(5, text.originalStart(2)); // "c"
    assertEquals(7, text.originalEnd(4)); // just after "d", before "</i>"
    assertEquals(12, text.originalEnd(5));
  }

  @Test
  public void replacementMapsToTheWholeMatch() {
    NormalisedText text = NormalisedText.of("x........y").replaceAll(Pattern.compile("\\.{5,}"), " ");

    assertEquals("x y", text.text());
    assertEquals(1, text.originalStart(1));
    assertEquals(9, text.originalEnd(2));
  }

  @Test
  public void pipelinePresetJoinsAWrappedLineButKeepsMarkup() {
    String normalised = TextNormaliser.pipeline().normalise("a cold \nnight <em>x</em>").text();

    assertEquals("a cold night <em>x</em>", normalised);
  }

  @Test
  public void newlineAfterASentenceEndIsKept() {
    assertEquals("Hello world. \nii) Next.", TextNormaliser.pipeline().normalise("Hello world. \nii) Next.").text());
  }

  @Test
  public void noneLeavesTheTextAlone() {
    assertEquals(List.of(), TextNormaliser.none().edits());
    assertEquals("a \nb", TextNormaliser.none().normalise("a \nb").text());
  }

  @Test(expected = IllegalArgumentException.class)
  public void editsReplaceByAtMostOneCharacterSoSpansCannotOverlap() {
    new TextNormaliser.Edit("too long", Pattern.compile("x"), ". ");
  }
}
