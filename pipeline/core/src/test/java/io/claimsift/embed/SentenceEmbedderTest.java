package io.claimsift.embed;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SentenceEmbedderTest {

  private final SentenceEmbedder embedder = SentenceEmbedder.shared();

  @Test
  public void vectorsHaveUnitLengthAndFixedDimension() {
    float[] vector = embedder.embed("North Korea stole $2 billion, a UN report says.");

    assertEquals(SentenceEmbedder.DIMENSIONS, vector.length);
    assertThat(SentenceEmbedder.cosine(vector, vector), closeTo(1.0, 1e-5));
  }

  @Test
  public void paraphrasesAreCloserThanUnrelatedSentences() {
    float[] stole = embedder.embed("North Korea stole about $2 billion in cyber attacks, the UN says.");
    float[] rakedIn = embedder.embed("Pyongyang raked in some $2 billion through hacking, according to the United Nations.");
    float[] weather = embedder.embed("Heavy rain is expected across the south coast on Tuesday.");

    assertThat(
        SentenceEmbedder.cosine(stole, rakedIn) - SentenceEmbedder.cosine(stole, weather),
        greaterThan(0.3));
  }
}
