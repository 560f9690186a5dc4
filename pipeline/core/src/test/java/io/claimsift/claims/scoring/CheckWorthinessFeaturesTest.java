package io.claimsift.claims.scoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.Assert.assertEquals;

import io.claimsift.claims.RandomPieces;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

public class CheckWorthinessFeaturesTest {

  private final CheckWorthinessFeatures features = CheckWorthinessFeatures.english();

  @Test
  public void wordsBigramsAndNumberShapes() {
    List<String> f = features.of("Taxes rose 12 percent in 1983.");

    assertThat(f, hasItems("u:taxes", "u:rose", "u:<num>", "u:<year>", "b:<s>_taxes", "b:rose_<num>", "b:in_<year>"));
  }

  @Test
  public void handcraftedSignals() {
    List<String> f = features.of("We believe the Senate spent $4 billion more than the House in March.");

    assertThat(f, hasItems("f:number", "f:money", "f:month", "f:comparative", "f:first_plural", "f:opinion",
        "f:entities3", "f:number_and_entity"));
    assertThat(f, not(hasItem("f:question")));
  }

  @Test
  public void questionsAndSecondPerson() {
    List<String> f = features.of("Do you know what happened?");

    assertThat(f, hasItems("f:question", "f:second", "f:entities0", "f:bias_len1"));
  }

  @Test
  public void featuresAreDistinctAndInFirstOccurrenceOrder() {
    List<String> f = features.of("the the the");

    assertEquals(List.of("f:bias_len0", "u:the", "b:<s>_the", "b:the_the"), f.subList(0, 4));
    assertEquals(f.size(), f.stream().distinct().count());
  }

  /** The tokens as the regular expression the hand-written tokeniser reads them. */
  private static final Pattern TOKEN = Pattern.compile("\\$|%|[\\p{L}\\p{N}]+(?:['’.,][\\p{L}\\p{N}]+)*|\\?|!");

  private static List<String> regexTokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<String> handTokens(String s) {
    List<String> out = new ArrayList<>();
    int end = 0;
    for (int start = CheckWorthinessFeatures.nextToken(s, 0); start >= 0; start = CheckWorthinessFeatures.nextToken(s, end)) {
      end = CheckWorthinessFeatures.tokenEnd(s, start);
      out.add(start + "-" + end);
    }
    return out;
  }

  @Test
  public void tokensAreThoseOfTheRegularExpression() {
    // letters, digits, joiners, the single-character tokens, other marks, a letter and a digit
    // outside the BMP (𝐀, 𝟏), a lone surrogate, Roman numeral Ⅻ (Nl) and ½ (No)
    String[] parts = {"a", "B", "é", "7", "'", "’", ".", ",", "$", "%", "?", "!", " ", "-", "_", "\"",
        "\uD835\uDC00", "\uD835\uDFCF", "\uD835", "Ⅻ", "½", "\u00a0"};
    for (String s : RandomPieces.strings(parts, 20261207, 20000, 12)) {
      assertEquals(s, regexTokens(s), handTokens(s));
    }
    assertEquals(List.of("0-5", "6-7", "8-9", "10-18", "19-20"), handTokens("don't $ 5 1,200.50.?"));
  }
}
