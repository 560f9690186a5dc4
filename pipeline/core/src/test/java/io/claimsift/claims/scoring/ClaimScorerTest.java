package io.claimsift.claims.scoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;

import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.Test;

public class ClaimScorerTest {

  private final ClaimScorer scorer = ClaimScorer.english();

  @Test
  public void questionsScoreZero() {
    assertEquals(0.0, scorer.score("Did North Korea steal $2 billion in 2019?"), 0);
    assertEquals(0.0, scorer.score("He asked, “Did North Korea steal the money?”"), 0);
  }

  @Test
  public void commandsScoreZero() {
    for (String s : new String[] {
        "Join our Telegram channel to stay up to date.",
        "Click here to read the full UN report of 2019.",
        "Don’t invest unless you are prepared to lose $2 billion.",
        "Please share this story with your friends.",
        "Check out our guide to North Korea."}) {
      assertEquals(s, 0.0, scorer.score(s), 0);
    }
  }

  @Test
  public void shortSentencesHeadingsAndColonLinesScoreZero() {
    assertEquals(0.0, scorer.score("Reuters reported $2 billion."), 0);
    assertEquals(0.0, scorer.score("North Korea Stole $2 Billion from Crypto Exchanges"), 0);
    assertEquals(0.0, scorer.score("Reacting to the report, a U.S. State Department spokeswoman stated:"), 0);
  }

  @Test
  public void statementsWithFiguresReachTheDefaultThreshold() {
    assertThat(scorer.score("North Korea stole $2 billion from banks and exchanges in 2019, the UN report says."),
        greaterThanOrEqualTo(0.5));
    assertThat(scorer.score("Unemployment rose to 7.5 percent last year, the highest rate since 1983."),
        greaterThanOrEqualTo(0.5));
  }

  @Test
  public void pleasantriesAndOpinionsStayBelowTheDefaultThreshold() {
    assertThat(scorer.score("Thank you very much for having me here tonight."), lessThan(0.5));
    assertThat(scorer.score("I think we can do better than that, and I hope we will."), lessThan(0.5));
  }

  @Test
  public void figuresRaiseTheScoreOfTheSameStatement() {
    double vague = scorer.score("The government spent a lot of money on the new program.");
    double precise = scorer.score("The government spent $4 billion on the new program in 2019.");

    assertThat(precise, greaterThan(vague));
  }

  @Test
  public void scoresAreRoundedToThreeDecimals() {
    double score = scorer.score("The company reported revenue of $12.5 million in the third quarter.");

    assertEquals(Math.round(score * 1000) / 1000.0, score, 0);
  }

  @Test
  public void anotherModelChangesTheScore() {
    CheckWorthinessModel alwaysYes = new CheckWorthinessModel(5.0, Map.of(), "test");
    CheckWorthinessModel moneyOnly = new CheckWorthinessModel(-2.0, Map.of("f:money", 4.0), "test");
    String sentence = "The committee approved a budget of $3 million for the year.";

    assertEquals(0.993, ClaimScorer.with(alwaysYes).score(sentence), 0);
    assertEquals(0.881, ClaimScorer.with(moneyOnly).score(sentence), 0);
    assertEquals(0.119, ClaimScorer.with(moneyOnly).score("The committee approved the plan after a long debate."), 0);
  }

  @Test
  public void statementTestIsThatOfItsRegularExpressions() {
    // the test as regular expressions found anywhere in the sentence, as it was first written
    Pattern question = Pattern.compile("\\?[\"”’'»)\\]]*\\s*$");
    Pattern terminal = Pattern.compile("[.!…][\"”’'»)\\]]*\\s*$|[\"”]\\s*$");
    Pattern imperative = Pattern.compile("^[\"“‘']?(?:Join|Click|Subscribe|Sign|Follow|Share|Read|Don['’]t"
        + "|Do\\s+not|Please|Check\\s+out|Learn|Get|Download|Visit|Call|Watch|Listen|Register|Tap|Leave"
        + "|Discover|Buy|Contact|Let['’]s)\\b");
    Pattern word = Pattern.compile("[\\p{L}\\p{N}]+");
    String[] parts = {"a", "Bc", "7", " ", "?", ".", "!", "…", "\"", "”", "’", "'", "»", ")", "]", "\n",
        "\t", "\u0085", "\u2028", "-", "\uD835\uDC00", "Ⅻ", "Read", "Join "};
    Random random = new Random(11);
    for (int n = 0; n < 30000; n++) {
      // half of them with five words already, so that the ending decides
      StringBuilder b = new StringBuilder(random.nextBoolean() ? "One two three four five" : "");
      int length = random.nextInt(14);
      for (int k = 0; k < length; k++) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String s = b.toString();
      boolean expected = !question.matcher(s).find() && terminal.matcher(s).find()
          && !imperative.matcher(s).find() && word.matcher(s).results().limit(5).count() >= 5;
      assertEquals(s, expected, ClaimScorer.isStatement(s));
    }
  }
}
