package io.claimsift.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Random;
import org.junit.Test;

public class ArticleSynthesizerTest {
  private static final String LONG_A = "The ministry said 1200 schools in 14 districts would reopen, and that "
      + "it had spent 350 million on repairs since 2019, according to its annual report.";
  private static final String LONG_B = "Officials counted 48 flooded roads and 7 closed bridges on Tuesday, the "
      + "agency said in a statement, adding that the damage came to 90 million in total.";

  @Test
  public void htmlParagraphsAreFoundButShortOnesAndMarkupAreNot() {
    SourcePage page = SourcePage.html("<nav><p>Home</p></nav><p class=\"x\">" + LONG_A + "</p><div>9</div>");

    assertThat(page.paragraphs(), hasSize(1));
    assertThat(page.text(page.paragraphs().get(0)), equalTo(LONG_A));
  }

  @Test
  public void textParagraphsAreBlocksBetweenBlankLines() {
    SourcePage page = SourcePage.text("Menu\nNews\n\n" + LONG_A + "\n\n" + LONG_B + "\n");

    assertThat(page.paragraphs(), hasSize(2));
    assertThat(page.text(page.paragraphs().get(1)), equalTo(LONG_B));
  }

  @Test
  public void rewrittenNumbersKeepTheirLengthAndTheWordsAround() {
    String rewritten = ArticleSynthesizer.rewriteNumbers(LONG_A, new Random(1));

    assertThat(rewritten.replaceAll("\\d", "#"), equalTo(LONG_A.replaceAll("\\d", "#")));
    assertThat(rewritten, not(equalTo(LONG_A)));
  }

  @Test
  public void articlesAreReproducibleAndVaryTheirBasePage() {
    String header = "<html><body><h1>Title</h1>";
    ArticleSynthesizer synthesizer = new ArticleSynthesizer(List.of(
        SourcePage.html(header + "<p>" + LONG_A + "</p><p>" + LONG_B + "</p></body></html>")));

    String first = synthesizer.article(0, 0);
    String again = synthesizer.article(0, 0);
    String other = synthesizer.article(1, 0);

    assertThat(again, equalTo(first));
    assertThat(other, not(equalTo(first)));
    assertThat(first, startsWith(header));
  }
}
