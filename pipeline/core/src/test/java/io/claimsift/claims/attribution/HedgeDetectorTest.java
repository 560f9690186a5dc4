package io.claimsift.claims.attribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.claimsift.claims.RandomPieces;
import java.util.regex.Pattern;
import org.junit.Test;

public class HedgeDetectorTest {

  private final HedgeDetector detector = HedgeDetector.english();

  @Test
  public void hedgingWordsAndPhrases() {
    String[] hedged = {
      "The group allegedly stole funds.",
      "The alleged hackers fled.",
      "North Korea is Reportedly continuing attacks.",
      "The team is reported to have amassed funds.",
      "It supposedly used cyberspace.",
      "The firm purportedly lost data.",
      "It apparently failed.",
      "It may have accrued funds.",
      "It might have failed.",
      "They could have known.",
      "It may be true.",
      "It might be true.",
      "The team is said to have amassed funds.",
      "Hackers are said to work abroad.",
      "He was said to be ill.",
      "They are believed to be abroad.",
      "He is thought to have fled.",
      "Suspected hackers struck.",
      "It was rumored to close; a rumoured deal.",
      "An unconfirmed report spread.",
      "It is unclear who paid.",
      "The nation stands accused of theft.",
      "Mr Romanoff also claims that scientists found the origin.",
      "The spokesman has promoted the idea - without evidence - that it came from abroad.",
      "An unverified video showed the strike."
    };
    for (String s : hedged) {
      assertTrue(s, detector.isHedged(s));
    }
  }

  @Test
  public void estimatesAndApproximationsAreNotHedges() {
    String[] plain = {
      "They stole an estimated $2 billion.",
      "It raised about $650 million.",
      "It raised approximately $2 billion.",
      "The mayor said it was done.",
      "Maybe-land is a theme park.",
      "The allegation was dismissed.",
      "The claims were investigated by the police."
    };
    for (String s : plain) {
      assertFalse(s, detector.isHedged(s));
    }
  }

  @Test
  public void sameAnswerAsTheExpressionFoundAnywhere() {
    // the expression as first written, searched at every position of the sentence
    Pattern hedge = Pattern.compile(
        "(?i)\\b(?:allegedly|alleged|reportedly|reported\\s+to|supposedly|purportedly|apparently"
            + "|(?:may|might|could)\\s+have|may\\s+be|might\\s+be"
            + "|(?:is|are|was|were)\\s+said\\s+to|(?:believed|thought)\\s+to|suspected"
            + "|rumou?red|unconfirmed|it\\s+(?:is|was|remains)\\s+unclear|it['’]s\\s+unclear"
            + "|accused\\s+of|claim(?:s|ed)?\\s+that|without\\s+(?:providing\\s+(?:any\\s+)?)?evidence"
            + "|unverified|unsubstantiated)\\b");
    // pieces of the expressions in both cases, glued to letters, digits, underscores, accents
    // and combining marks (word boundaries), with several kinds of space between
    String[] parts = {"may", "MAY", "be", "have", "It", "is", "unclear", "said", "to", "Alleged", "ly",
        "claim", "ed", "s", "that", "without", "providing", "any", "evidence", "rumou", "red", "x", "é",
        "\u0301", "_", "7", " ", "  ", "\t", "\n", "\u00a0", "’", "'", ".", "-", "K", "\u212A",
        "unsubstantiated", "UNVERIFIED", "accused", "of", "Were", "thought", "i", "t"};
    for (String s : RandomPieces.strings(parts, 5, 50000, 10)) {
      assertEquals(s, hedge.matcher(s).find(), detector.isHedged(s));
    }
  }
}
