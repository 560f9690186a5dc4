package io.claimsift.claims.attribution;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
}
