package io.claimsift.claims.quantities;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.claimsift.claims.quantities.QuantityTokens.Kind;
import io.claimsift.claims.quantities.QuantityTokens.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The quantity grammar's tokens: kinds, exact offsets, and the look-ups from an offset. */
public class QuantityTokensTest {

  private static List<Token> all(QuantityTokens t) {
    List<Token> out = new ArrayList<>();
    for (Token w = t.from(0); w != null; w = t.next(w)) {
      out.add(w);
    }
    return out;
  }

  @Test
  public void cutsNumbersWordsCapitalisedWordsSymbolsAndPunctuationWithExactOffsets() {
    String s = "Sales rose 5.2% to $3bn in March,  says Ann.";
    QuantityTokens t = QuantityTokens.of(s);

    List<Token> tokens = all(t);

    assertEquals(List.of("Sales", "rose", "5", ".", "2", "%", "to", "$", "3", "bn", "in", "March", ",", "says", "Ann", "."),
        tokens.stream().map(Token::text).toList());
    assertEquals(List.of(Kind.CAPITALISED, Kind.WORD, Kind.NUMBER, Kind.PUNCTUATION, Kind.NUMBER, Kind.PUNCTUATION),
        tokens.subList(0, 6).stream().map(Token::kind).toList());
    assertEquals(Kind.SYMBOL, tokens.get(7).kind()); // "$"
    for (Token w : tokens) {
      assertEquals(w.text(), s.substring(w.start(), w.end()));
    }
  }

  @Test
  public void looksUpTheTokenAtBeforeAndAfterAnOffset() {
    QuantityTokens t = QuantityTokens.of("rose  5 km");

    assertEquals("5", t.startingAt(6).text());
    assertNull(t.startingAt(5)); // a space
    assertEquals("5", t.from(4).text()); // inside the spaces: the next token
    assertEquals("rose", t.before(6).text());
    assertNull(t.before(2)); // inside the first token: none ends before
    assertEquals("km", t.next(t.startingAt(6)).text());
    assertNull(t.gluedAfter(t.startingAt(6))); // "5 km": a space between
    assertTrue(t.oneSpace(7, 8));
    assertTrue(t.whiteSpace(4, 6));
  }
}
