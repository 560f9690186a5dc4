package io.claimsift.embed;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.junit.Assert.assertEquals;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class TokenOutputsTest {

  private static TokenOutputs outputs;

  @BeforeClass
  public static void load() {
    outputs = TokenOutputs.load();
  }

  @AfterClass
  public static void close() {
    outputs.close();
  }

  @Test
  public void oneRowPerTokenIncludingClsAndSep() {
    float[][] tokens = outputs.of("Taxes rose.");

    // [CLS] taxes rose . [SEP]
    assertEquals(5, tokens.length);
    assertEquals(SentenceEmbedder.DIMENSIONS, tokens[0].length);
  }

  @Test
  public void meanOfTheRowsIsTheSentenceEmbedding() {
    String sentence = "North Korea stole $2 billion in cyber attacks, a UN report says.";

    float[] pooled = TokenOutputs.meanPooled(outputs.of(sentence));

    assertThat(SentenceEmbedder.cosine(pooled, SentenceEmbedder.shared().embed(sentence)), closeTo(1.0, 1e-5));
  }
}
