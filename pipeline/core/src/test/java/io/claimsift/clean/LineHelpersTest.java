package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The per-line text helpers behind the classifier ({@link LineText}, {@link SentenceEnd}),
 * including their no-copy fast paths.
 */
public class LineHelpersTest {

  @Test
  public void collapseReturnsAnAlreadyCollapsedLineItself() {
    String line = "Markets rose on Monday.";

    assertThat(LineText.collapse(line), sameInstance(line));
  }

  @Test
  public void collapseFoldsEveryKindOfSpaceRun() {
    assertThat(LineText.collapse(" a\u00A0 b\t\tc\u200Bd "), is("a b c d"));
    assertThat(LineText.collapse("a  b"), is("a b"));
    assertThat(LineText.collapse("\u2028"), is(""));
  }

  @Test
  public void normalizeStraightensCurlyQuotes() {
    assertThat(LineText.normalize("“It’s  fine,” she said"), is("\"It's fine,\" she said"));
  }

  @Test
  public void sentenceEndScansAgreeWithTheRegexSearchesTheyReplace() {
    // The classifier's and the body region's terminal patterns, as written before the scans.
    Pattern lineTerminal = Pattern.compile("([.!?…]|\\.\\.\\.)[\"')\\]’”]*$");
    Pattern regionTerminal = Pattern.compile("[.!?…。！？][\\\"')\\]’”»]*$");
    for (String text : randomLines(20_000)) {
      assertThat(text, SentenceEnd.LATIN.ends(text), is(lineTerminal.matcher(text).find()));
      assertThat(text, SentenceEnd.WITH_CJK.ends(text), is(regionTerminal.matcher(text).find()));
    }
    assertThat(SentenceEnd.LATIN.ends("He left.\u201D)"), is(true));
    assertThat(SentenceEnd.LATIN.ends("He left.\u2028"), is(true));
    assertThat(SentenceEnd.LATIN.ends("He left. Then"), is(false));
    assertThat(SentenceEnd.WITH_CJK.ends("他走了。»"), is(true));
  }

  @Test
  public void trailingPunctuationStripAgreesWithTheRegexReplaceItReplaces() {
    Pattern trailing = Pattern.compile("[\\s:.!]+$");
    for (String text : randomLines(20_000)) {
      assertThat(text, LineText.stripTrailingPunctuation(text),
          is(trailing.matcher(text).replaceAll("")));
    }
    assertThat(LineText.stripTrailingPunctuation("advertisement: !"), is("advertisement"));
    assertThat(LineText.stripTrailingPunctuation("menu.\u2029"), is("menu\u2029"));
  }

  /** Short random lines over letters, spaces, stops, closing marks and line terminators. */
  private static String[] randomLines(int count) {
    String alphabet = "ab .!?…。！？:\"')]’”»\t\n\r\u0085\u2028\u2029";
    Random random = new Random(7);
    String[] lines = new String[count];
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(8);
      for (int k = 0; k < length; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      lines[i] = sb.toString();
    }
    return lines;
  }
}
