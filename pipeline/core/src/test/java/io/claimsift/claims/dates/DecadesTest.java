package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertNone;
import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.extract;
import static io.claimsift.claims.dates.DateSentences.only;

import java.util.List;
import org.junit.Test;

/** The decade rules: in digits, in words, and a step word before "decade" (reference day 2019-06-12). */
public class DecadesTest {

  @Test
  public void decadesInDigitsTakeTheArticleWhenItIsThere() {
    assertSpan(only("Prices soared in the 1990s."), "the 1990s", "1990-01-01", "1999-12-31");
    assertSpan(only("Prices soared in the 1980's."), "the 1980's", "1980-01-01", "1989-12-31");
    assertSpan(only("Prices soared in the '70s."), "the '70s", "1970-01-01", "1979-12-31");
    assertSpan(only("Prices soared in 60s Britain."), "60s", "1960-01-01", "1969-12-31");
    assertNone("Scores in the 10s and 1995s.");
  }

  @Test
  public void decadesInWordsAreTheLatestBegunByTheReferenceYearUnlessTheCenturyIsSaid() {
    assertSpan(only("Prices soared in the nineties."), "the nineties", "1990-01-01", "1999-12-31");
    assertSpan(only("Prices soared in the twenties."), "the twenties", "1920-01-01", "1929-12-31");
    assertSpan(only("Prices soared in the nineteen-eighties."), "the nineteen-eighties", "1980-01-01", "1989-12-31");
    assertSpan(only("Prices soared in the eighteen nineties."), "the eighteen nineties", "1890-01-01", "1899-12-31");
  }

  @Test
  public void aDecadeAfterAPossessiveIsAnAge() {
    assertNone("She is in her nineties.");
    assertNone("They were in their late-eighties.");
    assertNone("He is in one's mid twenties.");
  }

  @Test
  public void onlyStepsThatDoNotGoBackNameACalendarDecade() {
    assertSpan(only("Prices will soar in the next decade."), "the next decade", "2020-01-01", "2029-12-31");
    assertSpan(only("Prices soared this decade."), "this decade", "2010-01-01", "2019-12-31");
    List<DateMention> same = extract("It began in 1995 and ended in the same decade.");
    assertSpan(same.get(1), "the same decade", "1990-01-01", "1999-12-31"); // anaphoric: the previous date's decade
  }
}
