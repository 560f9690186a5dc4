package io.claimsift.claims.attribution;

import static org.junit.Assert.assertEquals;

import io.claimsift.claims.RandomPieces;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

public class AttributionTokensTest {

  /** The tokens as the regular expression the hand-written tokeniser reads them. */
  private static final Pattern TOKEN =
      Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|['’&-](?=[\\p{L}\\p{N}]))*|\\S");

  private static List<String> regexTokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  private static List<String> handTokens(String s) {
    List<String> out = new ArrayList<>();
    for (AttributionFinder.Token t : AttributionFinder.tokenize(s)) {
      out.add(t.start() + "-" + t.end() + ":" + t.text());
    }
    return out;
  }

  @Test
  public void tokensAreThoseOfTheRegularExpression() {
    // letters, digits, the joiners, periods (initials), other marks, white space of \s and not of
    // it, a letter and a digit outside the BMP, a lone surrogate, Ⅻ (Nl) and ½ (No)
    String[] parts = {"a", "U", "é", "3", "'", "’", "&", "-", ".", ",", "\"", "“", " ", "\t", "\n", "\u000B",
        "\u00a0", "\u2028", "\uD835\uDC00", "\uD835\uDFCF", "\uD835", "Ⅻ", "½", "U.S.", "A."};
    for (String s : RandomPieces.strings(parts, 20261207, 30000, 12)) {
      assertEquals(s, regexTokens(s), handTokens(s));
    }
    assertEquals(List.of("0-4:U.S.", "5-14:officials", "14-15:'", "16-24:AT&T-led", "24-25:."),
        handTokens("U.S. officials' AT&T-led."));
  }
}
