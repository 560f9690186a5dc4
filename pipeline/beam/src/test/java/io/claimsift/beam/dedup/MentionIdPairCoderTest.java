package io.claimsift.beam.dedup;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.Test;

public class MentionIdPairCoderTest {

  private static final MentionIdPair PAIR = new MentionIdPair("0a1b2c3d4e5f60718293a4b5", "ffeeddccbbaa998877665544");

  @Test
  public void pairsRoundTripAndEncodeDeterministically() throws Exception {
    MentionIdPairCoder coder = MentionIdPairCoder.of();

    coder.verifyDeterministic();
    CoderProperties.coderDecodeEncodeEqual(coder, PAIR);
    CoderProperties.coderDecodeEncodeEqual(coder, new MentionIdPair("", "a|b"));
    CoderProperties.coderDeterministic(coder, PAIR, new MentionIdPair(PAIR.first(), PAIR.second()));
    CoderProperties.coderConsistentWithEquals(coder, PAIR, new MentionIdPair(PAIR.second(), PAIR.first()));
    CoderProperties.coderSerializable(coder);
  }

  @Test
  public void pairsSortByFirstThenSecondId() {
    TreeSet<MentionIdPair> sorted = new TreeSet<>(List.of(
        new MentionIdPair("b", "a"), new MentionIdPair("a", "c"), new MentionIdPair("a", "b"),
        new MentionIdPair("a", "b")));

    assertEquals(List.of(new MentionIdPair("a", "b"), new MentionIdPair("a", "c"), new MentionIdPair("b", "a")),
        List.copyOf(sorted));
  }
}
