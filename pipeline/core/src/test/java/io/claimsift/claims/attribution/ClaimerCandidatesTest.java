package io.claimsift.claims.attribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.claimsift.linear.LogisticModel;
import io.claimsift.sentences.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ClaimerCandidatesTest {

  private final ClaimerCandidates candidates = new ClaimerCandidates(AttributionFinder.english());

  @Test
  public void rulesAnswerComesFirstAndNeighboursSourcesFollow() {
    String text = "Reuters said the funds were stolen. The money went to weapons programmes. Officials at the UN said so too.";
    List<Sentence> s = sentences(text, "Reuters said the funds were stolen.", "The money went to weapons programmes.",
        "Officials at the UN said so too.");

    List<ClaimerCandidates.Candidate> found = candidates.of(text, s, 1);

    List<String> texts = found.stream().map(c -> c.attribution().text()).toList();
    assertTrue(texts.toString(), texts.contains("Reuters"));
    ClaimerCandidates.Candidate reuters = found.get(texts.indexOf("Reuters"));
    assertTrue(reuters.features().toString(), reuters.features().contains("dist=-1"));
    assertTrue(reuters.features().contains("src=span"));
    assertTrue(reuters.features().contains("rule=none"));
    assertFalse(reuters.attribution().inSentence());
    assertEquals("Reuters", text.substring(reuters.attribution().start(), reuters.attribution().end()));
  }

  @Test
  public void theDocumentsMostFrequentSpeakerIsACandidateFarAway() {
    List<String> parts = new ArrayList<>(List.of("Dr Anna Berg said the test works.", "Dr Anna Berg said it is cheap."));
    for (int i = 0; i < 6; i++) {
      parts.add("Filler sentence number " + i + " is here.");
    }
    parts.add("The vaccine is safe.");
    String text = String.join(" ", parts);
    List<Sentence> s = sentences(text, parts.toArray(String[]::new));

    List<ClaimerCandidates.Candidate> found = candidates.of(text, s, parts.size() - 1);

    ClaimerCandidates.Candidate berg = found.stream()
        .filter(c -> c.attribution().text().contains("Berg")).findFirst().orElseThrow();
    assertTrue(berg.features().toString(), berg.features().contains("src=speaker0"));
    assertTrue(berg.features().contains("dist=far-"));
    assertTrue(berg.features().contains("speaks=2"));
  }

  @Test
  public void sameWordsAreMergedIntoOneCandidate() {
    String text = "The WHO said masks help. WHO officials agree. The WHO said it again.";
    List<Sentence> s = sentences(text, "The WHO said masks help.", "WHO officials agree.", "The WHO said it again.");

    List<ClaimerCandidates.Candidate> found = candidates.of(text, s, 1);

    long who = found.stream().filter(c -> ClaimerCandidates.key(c.attribution().text()).equals("who")).count();
    assertEquals(1, who);
  }

  @Test
  public void shapeTellsNamesAcronymsAndSourceNounsApart() {
    Map<String, String> expected = Map.of("Anna Berg", "name", "WHO", "acronym", "the report", "source",
        "UN experts", "source_named", "he", "pronoun", "some of them", "lower");

    expected.forEach((text, shape) -> assertEquals(text, shape, ClaimerCandidates.shape(text)));
  }

  @Test
  public void scorerNamesTheLikeliestCandidateOnlyAboveOneHalf() {
    String text = "Reuters said the funds were stolen. The money went to weapons programmes.";
    List<Sentence> s = sentences(text, "Reuters said the funds were stolen.", "The money went to weapons programmes.");
    LogisticModel likesNeighbours = new LogisticModel(-1.0, Map.of("dist=-1", 2.0), "test");
    LogisticModel doubtsAll = new LogisticModel(-1.0, Map.of("dist=-1", 0.5), "test");

    Attribution named = new ClaimerScorer(AttributionFinder.english(), likesNeighbours).locate(text, s, 1);
    Attribution none = new ClaimerScorer(AttributionFinder.english(), doubtsAll).locate(text, s, 1);

    assertEquals("Reuters", named.text());
    assertNull(none);
  }

  @Test
  public void sourcePhrasesAreNameRunsAndSourceNounPhrases() {
    String sentence = "Later, one Chinese foreign ministry spokesperson blamed the United States Army for it.";

    List<String> phrases = AttributionFinder.sourcePhrases(sentence).stream()
        .map(p -> sentence.substring(p.start(), p.end())).toList();

    assertTrue(phrases.toString(), phrases.contains("United States Army"));
    assertTrue(phrases.toString(), phrases.contains("one Chinese foreign ministry spokesperson"));
    assertFalse(phrases.toString(), phrases.contains("Later"));
  }

  private static List<Sentence> sentences(String text, String... parts) {
    List<Sentence> out = new ArrayList<>();
    int from = 0;
    for (String part : parts) {
      int start = text.indexOf(part, from);
      out.add(new Sentence(start, start + part.length(), part));
      from = start + part.length();
    }
    return out;
  }
}
