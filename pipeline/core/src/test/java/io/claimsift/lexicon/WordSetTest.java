package io.claimsift.lexicon;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

/** The word set answers as a HashSet of the same words, and its case-folding lookup as toLowerCase would. */
public class WordSetTest {
  private static String randomWord(Random random, String letters, int maxLength) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(maxLength);
    for (int i = 0; i < n; i++) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }

  @Test
  public void membershipIsThatOfAHashSetOfTheSameWords() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<String> words = new ArrayList<>();
      int size = random.nextInt(300);
      for (int i = 0; i < size; i++) {
        words.add(randomWord(random, "abcdeé.'", 6));
      }
      Set<String> expected = new HashSet<>(words);
      WordSet set = WordSet.copyOf(words);
      assertThat(set.size(), equalTo(expected.size()));
      assertThat(set.equals(expected), equalTo(true));
      for (int i = 0; i < 500; i++) {
        String probe = randomWord(random, "abcdeé.'", 6);
        assertThat(probe, set.contains(probe), equalTo(expected.contains(probe)));
      }
    }
  }

  @Test
  public void theLowerCaseLookupOfAnAsciiRegionIsThatOfItsLowerCaseText() {
    Random random = new Random(8);
    WordSet set = WordSet.copyOf(List.of("may", "march", "it", "a", "unsubstantiated", "Mixed", "x-ray"));
    for (int i = 0; i < 100_000; i++) {
      String text = randomWord(random, "maAyMrchitRCHTXuns", 8);
      int start = random.nextInt(text.length());
      int end = start + random.nextInt(text.length() - start + 1);
      String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
      String found = set.lowerAsciiWord(text, start, end);
      assertThat(text + " " + start + " " + end, found, equalTo(set.contains(lower) ? lower : null));
    }
    assertThat(set.lowerAsciiWord("It MAY be", 3, 6), equalTo("may"));
  }

  @Test
  public void itKeepsTheGivenOrderAndRefusesWhatSetOfRefuses() {
    assertThat(WordSet.of("b", "a", "c"), contains("b", "a", "c"));
    assertThat(WordSet.copyOf(List.of("b", "a", "b")), contains("b", "a"));
    assertThrows(IllegalArgumentException.class, () -> WordSet.of("a", "a"));
    assertThrows(NullPointerException.class, () -> WordSet.of("a").contains(null));
    assertThat(WordSet.of("a").contains(1), equalTo(false));
  }
}
