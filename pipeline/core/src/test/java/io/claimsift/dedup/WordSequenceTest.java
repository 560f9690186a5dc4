package io.claimsift.dedup;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class WordSequenceTest {
  private static WordSequence words(String sentence) {
    return WordSequence.of(MentionSignals.flatten(sentence));
  }

  @Test
  public void clippedMatchesCountARepeatedWordOnlyAsOftenAsTheOtherSideHasIt() {
    WordSequence repeated = words("the the the");
    WordSequence once = words("The cat");

    assertEquals(1, repeated.clippedMatches(once, 1));
    assertEquals(1, once.clippedMatches(repeated, 1));
    assertEquals(0, repeated.clippedMatches(once, 2));
  }

  @Test
  public void ngramsRespectWordOrder() {
    WordSequence a = words("police arrested the suspect");
    WordSequence b = words("the suspect arrested police");

    assertEquals(4, a.clippedMatches(b, 1));
    assertEquals(1, a.clippedMatches(b, 2)); // only "the suspect"
    assertEquals(0, a.clippedMatches(b, 3));
    assertEquals(3, a.ngramCount(2));
  }

  @Test
  public void longestCommonSubsequenceSkipsInsertedWords() {
    WordSequence a = words("Wenders directed a widely praised film");
    WordSequence b = words("Wenders, who was young, directed a film");

    assertEquals(4, a.longestCommonSubsequence(b)); // wenders directed a film
    assertEquals(4, b.longestCommonSubsequence(a));
  }

  @Test
  public void countsNegationsAndDigitWords() {
    WordSequence a = words("He wasn't a suspect in 2003, not in 2004.");
    WordSequence b = words("He was a suspect in 2003.");

    assertEquals(2, a.negations()); // "wasn't" gives "t", plus "not"
    assertEquals(0, b.negations());
    assertEquals(2, a.digitWordCount());
    assertEquals(1, a.sharedDigitWords(b));
  }

  @Test
  public void pairFeaturesAreSymmetricAndIdenticalSentencesMatchFully() {
    MentionSignals a = MentionSignals.of(Fixtures.mention("a", "art-a", "McCabe said he was considered a witness, not a suspect.", List.of()));
    MentionSignals b = MentionSignals.of(Fixtures.mention("b", "art-b", "\"He is not considered a suspect,\" McCabe said.", List.of()));
    MentionSignals same = MentionSignals.of(Fixtures.mention("c", "art-c", "McCabe said he was considered a witness, not a suspect.", List.of()));

    double[] ab = PairFeatures.of(a, b, 0.7);
    double[] ba = PairFeatures.of(b, a, 0.7);
    double[] identical = PairFeatures.of(a, same, 1.0);

    assertArrayEquals(ab, ba, 0.0);
    assertEquals(PairFeatures.NAMES.size(), ab.length);
    assertEquals(1.0, identical[PairFeatures.NAMES.indexOf("bleu_min")], 1e-9);
    assertEquals(1.0, identical[PairFeatures.NAMES.indexOf("lcs_over_longer")], 1e-9);
    assertEquals(0.0, identical[PairFeatures.NAMES.indexOf("negation_mismatch")], 0.0);
    // 10 words vs 8 words: "mccabe said he was considered a witness not a suspect" / "he is not considered a suspect mccabe said"
    assertEquals(0.2, ab[PairFeatures.NAMES.indexOf("word_length_difference")], 1e-12);
  }
}
