package io.claimsift.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class ClaimScorerTest {

  private static final QuantityMention MONEY =
      new QuantityMention("$2 billion", 0, 10, QuantityKind.MONEY, 2, "USD", "USD", 2e9);
  private static final DateMention YEAR =
      new DateMention("2019", 0, 4, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), Granularity.YEAR);

  private final ClaimScorer scorer = ClaimScorer.english();

  private double plain(String sentence) {
    return scorer.score(sentence, List.of(), List.of(), null);
  }

  @Test
  public void questionsScoreZero() {
    assertEquals(0.0, scorer.score("Did North Korea steal $2 billion in 2019?", List.of(MONEY), List.of(YEAR), null), 0);
    assertEquals(0.0, plain("He asked, “Did North Korea steal the money?”"), 0);
  }

  @Test
  public void commandsScoreZero() {
    for (String s : new String[] {
        "Join our Telegram channel to stay up to date.",
        "Click here to read the full UN report.",
        "Don’t invest unless you are prepared to lose it all.",
        "Do not invest more than you can afford.",
        "Please share this story with your friends.",
        "Check out our guide to North Korea."}) {
      assertEquals(s, 0.0, scorer.score(s, List.of(MONEY), List.of(), null), 0);
    }
  }

  @Test
  public void shortSentencesScoreZero() {
    assertEquals(0.0, scorer.score("Reuters reported $2 billion.", List.of(MONEY), List.of(), "Reuters"), 0);
  }

  @Test
  public void headingsAndLinesEndingInColonScoreZero() {
    assertEquals(0.0, scorer.score("North Korea Stole $2 Billion from Crypto Exchanges", List.of(MONEY), List.of(), null), 0);
    assertEquals(0.0, plain("Reacting to the report, a U.S. State Department spokeswoman stated:"), 0);
  }

  @Test
  public void firstPersonOpinionsScoreZero() {
    assertEquals(0.0, scorer.score("I think North Korea stole $2 billion last year.", List.of(MONEY), List.of(), null), 0);
    assertEquals(0.0, plain("We believe the United Nations report is accurate."), 0);
    assertEquals(0.0, plain("In my opinion, the Security Council acted too late."), 0);
  }

  @Test
  public void plainDeclarativeStaysBelowThreshold() {
    double score = plain("The hermit kingdom has channeled the stolen funds to its missile program.");

    assertEquals(0.2, score, 1e-9);
    assertThat(score, lessThan(0.5));
  }

  @Test
  public void attributionAloneStaysBelowThreshold() {
    double score = scorer.score("The report said the funds were gone.", List.of(), List.of(), "The report");

    assertEquals(0.3, score, 1e-9);
  }

  @Test
  public void quantityAloneReachesThreshold() {
    double score = scorer.score("The hermit kingdom stole $2 billion overall.", List.of(MONEY), List.of(), null);

    assertEquals(0.55, score, 1e-9);
  }

  @Test
  public void dateAloneReachesThreshold() {
    double score = scorer.score("The hermit kingdom was sanctioned in 2019.", List.of(), List.of(YEAR), null);

    assertEquals(0.5, score, 1e-9);
  }

  @Test
  public void namedEntityWithVerbReachesThreshold() {
    assertThat(plain("The funds were sent to Pyongyang by the group."), greaterThanOrEqualTo(0.5));
    assertThat(plain("This latest United Nations report seems to confirm these fears."), greaterThanOrEqualTo(0.5));
    assertThat(plain("The WMD program is funded by stolen coins."), greaterThanOrEqualTo(0.5));
  }

  @Test
  public void everythingTogetherIsCappedAtOne() {
    double score =
        scorer.score("Reuters said North Korea stole $2 billion in 2019.", List.of(MONEY), List.of(YEAR), "Reuters");

    assertEquals(1.0, score, 0);
  }

  @Test
  public void quantityDateAndAttributionAddUp() {
    double score =
        scorer.score("the hermit kingdom stole $2 billion in 2019, a report said.", List.of(MONEY), List.of(YEAR), "a report");

    // 0.2 + 0.35 + 0.3 + 0.1; no capitalized word, so no entity bonus
    assertEquals(0.95, score, 1e-9);
  }
}
