package io.claimsift.claims.quantities;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** The word lists of quantity-words.tsv, read by role. */
public class QuantityWordsTest {

  @Test
  public void readsEachRoleAndComparesWordsInLowerCase() {
    assertTrue(QuantityWords.is("money-verb", "Fined"));
    assertTrue(QuantityWords.is("few", "a couple of"));
    assertTrue(QuantityWords.of("unit-joint").contains("or"));
    assertFalse(QuantityWords.is("stop", "people"));
  }

  @Test
  public void anUnknownRoleIsAnErrorNotAnEmptyList() {
    assertThrows(IllegalArgumentException.class, () -> QuantityWords.of("no-such-role"));
  }
}
