package io.claimsift.beam.dedup;

import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

public class DistinctPairsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void aPairFoundInSeveralBlocksLeavesOnce() {
    PCollection<MentionIdPair> pairs = pipeline.apply(Create.of(
            new MentionIdPair("m1", "m2"), new MentionIdPair("m1", "m2"), new MentionIdPair("m2", "m3"),
            new MentionIdPair("m1", "m3"), new MentionIdPair("m2", "m3"))
        .withCoder(MentionIdPairCoder.of()));

    PAssert.that(pairs.apply(new DistinctPairs())).containsInAnyOrder(
        new MentionIdPair("m1", "m2"), new MentionIdPair("m2", "m3"), new MentionIdPair("m1", "m3"));
    pipeline.run().waitUntilFinish();
  }
}
