package io.claimsift.claims.quantities;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import org.junit.Test;

/** Bound and change words beside a quantity, through the extractor (the span itself never grows). */
public class QuantityQualifiersTest {

  private final QuantityExtractor extractor = QuantityExtractor.english();

  private QuantityMention only(String sentence) {
    List<QuantityMention> found = extractor.extract(sentence);
    assertEquals(found.toString(), 1, found.size());
    return found.get(0);
  }

  @Test
  public void aNumberWithNoBoundWordIsExact() {
    QuantityMention q = only("The fund holds $2 billion in bonds.");
    assertEquals("=", q.bound());
    assertNull(q.change());
  }

  @Test
  public void boundWordsBeforeTheNumberSetTheBoundButNotTheSpan() {
    assertEquals("~", only("It employs about 500 people.").bound());
    assertEquals("~", only("It employs some 500 people.").bound());
    assertEquals("<", only("It employs fewer than 500 people.").bound());
    assertEquals(">", only("It employs more than 500 people.").bound());
    assertEquals(">", only("It employs over 500 people.").bound());
    assertEquals("<=", only("It may employ up to 500 people.").bound());
    assertEquals(">=", only("It employs at least 500 people.").bound());
    assertEquals("500 people", only("It employs at least 500 people.").text());
  }

  @Test
  public void boundWordsAfterTheNumberCount() {
    assertEquals(">=", only("Groups of 5,000 or more were banned.").bound());
    assertEquals("<=", only("Groups of 20 or fewer were allowed.").bound());
    assertEquals(">=", only("It has 5,000+ stores.").bound());
  }

  @Test
  public void aBoundWordMustBeAWholeWord() {
    assertEquals("=", only("They took plunder 500 coins in all.").bound()); // "under" inside a word
    assertEquals("=", only("Their gabout 5 was odd.").bound());
  }

  @Test
  public void changeWordsMarkTheSizeOfAChange() {
    assertEquals("up", only("Sales rose by 5% last year.").change());
    assertEquals("up", only("Sales rose 5% last year.").change());
    assertEquals("down", only("Shares fell 3% on Monday.").change());
    assertEquals("down", only("It reported a 4% drop in sales.").change());
    assertEquals("up", only("That is an increase of 7%.").change());
  }

  @Test
  public void aLevelReachedIsNotAChange() {
    assertNull(only("Unemployment rose to 5% last year.").change());
    assertNull(only("Unemployment is 5% now.").change());
  }

  @Test
  public void aChangeCanCarryABound() {
    QuantityMention q = only("Sales rose by more than 5% last year.");
    assertEquals("up", q.change());
    assertEquals(">", q.bound());
  }

  @Test
  public void withinIsAnUpperBound() {
    assertEquals("<=", only("Symptoms appear within 14 days.").bound());
    assertEquals("<=", only("Stay within 6 feet of the door.").bound());
  }

  @Test
  public void theWordsBeforeBetweenQualifyTheRangeAfterIt() {
    assertEquals("down", only("Sales fell by between 2% and 3% last year.").change());
    assertEquals("~", only("It hired roughly between 10 and 20 people.").bound());
    assertNull(only("Growth was between 2% and 3% last year.").change());
  }
}
