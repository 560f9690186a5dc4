package io.claimsift.dedup;

import static org.junit.Assert.assertArrayEquals;

import io.claimsift.embed.SentenceEmbedder;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.Test;

/** Dedup relies on one sentence always giving the same vector, also when workers embed concurrently. */
public class EmbeddingDeterminismTest {

  @Test
  public void concurrentCallsGiveBitIdenticalVectors() {
    String sentence = "North Korea has stolen around $2 billion worth of crypto, a UN report says.";
    float[] alone = SentenceEmbedder.shared().embed(sentence);

    List<float[]> parallel = IntStream.range(0, 8).parallel()
        .mapToObj(i -> SentenceEmbedder.shared().embed(i % 2 == 0 ? sentence : "Another sentence " + i))
        .toList();

    for (int i = 0; i < 8; i += 2) {
      assertArrayEquals(alone, parallel.get(i), 0.0f);
    }
  }
}
