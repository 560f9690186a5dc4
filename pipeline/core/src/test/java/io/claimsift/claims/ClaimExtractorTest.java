package io.claimsift.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.dates.Granularity;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class ClaimExtractorTest {

  private final ClaimExtractor extractor = ClaimExtractor.english();

  @Test
  public void composesAllEngines() {
    String clean = "Intro line\n\nAccording to Reuters, hackers allegedly stole $2 billion from 2017 to 2019.";
    Sentence s = SentenceSplitter.english().split(clean).get(1);

    ClaimFacts facts = extractor.analyze(clean, s);

    assertEquals(1, facts.quantities().size());
    assertEquals("$2 billion", facts.quantities().get(0).text());
    assertEquals(clean.indexOf("$2"), facts.quantities().get(0).start());
    assertEquals(1, facts.dates().size());
    assertEquals("from 2017 to 2019", facts.dates().get(0).text());
    assertEquals(LocalDate.of(2017, 1, 1), facts.dates().get(0).first());
    assertEquals("Reuters", facts.attribution());
    assertTrue(facts.hedged());
    assertThat(facts.score(), greaterThanOrEqualTo(0.5));
  }

  @Test
  public void theNextDayCountsFromTheDateOfTheSentenceBefore() {
    String clean = "The storm hit on March 3, 2018. The next day, the city closed 40 schools.";
    List<Sentence> sentences = SentenceSplitter.english().split(clean);

    ClaimFacts facts = extractor.analyze(clean, sentences, 1, LocalDate.of(2018, 3, 10));

    assertEquals(1, facts.dates().size());
    assertEquals("next day", facts.dates().get(0).text());
    assertEquals(LocalDate.of(2018, 3, 4), facts.dates().get(0).first());
  }

  @Test
  public void questionHasFactsButScoresZero() {
    String clean = "Did hackers steal $2 billion?";
    ClaimFacts facts = extractor.analyze(clean, new Sentence(0, clean.length(), clean));

    assertEquals(1, facts.quantities().size());
    assertNull(facts.attribution());
    assertFalse(facts.hedged());
    assertEquals(0.0, facts.score(), 0);
  }

  @Test
  public void countsAndRangeFromSampleStyleSentence() {
    String clean =
        "The report details “35 cyber attacks on banks and exchanges in 17 countries, in the period of December 2015 to May 2019.”";
    ClaimFacts facts = extractor.analyze(clean, new Sentence(0, clean.length(), clean));

    List<QuantityMention> q = facts.quantities();
    assertEquals(2, q.size());
    assertEquals(35, q.get(0).value(), 0);
    assertEquals("attacks", q.get(0).unit());
    assertEquals(17, q.get(1).value(), 0);
    assertEquals("countries", q.get(1).unit());
    DateMention d = facts.dates().get(0);
    assertEquals(LocalDate.of(2015, 12, 1), d.first());
    assertEquals(LocalDate.of(2019, 5, 31), d.last());
    assertEquals(Granularity.MONTH, d.granularity());
    assertThat(facts.score(), greaterThanOrEqualTo(0.5));
  }
}
