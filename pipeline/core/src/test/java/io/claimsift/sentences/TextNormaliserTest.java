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

  @Test
  public void pipelineEditsTriedAtTheirFirstCharactersEditAsTheirExpressionsDo() {
    String[] pieces = {"\n", " \n", "\t\n", " ", "\t", "\r\n", ".", ". ", "…", "!", "?", "`", "``", "''", "'",
        "a", "word", "A", "(", "x.\n", "  \n", "\n.", "\n. ", "           "};
    int edited = 0;
    for (String t : io.claimsift.claims.RandomPieces.strings(pieces, 7, 30_000, 30)) {
      NormalisedText expected = NormalisedText.of(t);
      for (TextNormaliser.Edit edit : TextNormaliser.pipeline().edits()) {
        expected = expected.replaceAll(edit.pattern(), edit.replacement());
      }
      NormalisedText found = TextNormaliser.pipeline().normalise(t);
      assertEquals(t, expected.text(), found.text());
      for (int k = 0; k <= found.text().length(); k++) {
        assertEquals(t + " @" + k, expected.originalStart(k), found.originalStart(k));
        assertEquals(t + " @" + k, expected.originalEnd(k), found.originalEnd(k));
      }
      edited += found.text().equals(t) ? 0 : 1;
    }
    assertEquals("texts the edits changed", true, edited > 10_000);
  }
}
