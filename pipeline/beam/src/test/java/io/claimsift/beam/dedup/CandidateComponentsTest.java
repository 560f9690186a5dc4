package io.claimsift.beam.dedup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertThrows;

import io.claimsift.dedup.ConnectedComponents;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline.PipelineExecutionException;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

public class CandidateComponentsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  private static List<MentionIdPair> path(int nodes) {
    List<MentionIdPair> edges = new ArrayList<>();
    for (int i = 1; i < nodes; i++) {
      edges.add(new MentionIdPair(String.format("m%03d", i), String.format("m%03d", i - 1)));
    }
    return edges;
  }

  @Test
  public void everyLinkedMentionIsLabelledByTheSmallestIdOfItsComponent() {
    List<MentionIdPair> edges = new ArrayList<>(path(40));
    edges.add(new MentionIdPair("x2", "x1"));
    edges.add(new MentionIdPair("x3", "x2"));
    edges.add(new MentionIdPair("x1", "x3"));

    PCollection<KV<String, String>> labels = pipeline
        .apply(Create.of(edges).withCoder(MentionIdPairCoder.of()))
        .apply(new CandidateComponents(ConnectedComponents.ROUNDS));

    List<KV<String, String>> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      expected.add(KV.of(String.format("m%03d", i), "m000"));
    }
    expected.addAll(List.of(KV.of("x1", "x1"), KV.of("x2", "x1"), KV.of("x3", "x1")));
    PAssert.that(labels).containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void tooFewRoundsFailTheRunWithAClearMessage() {
    pipeline
        .apply(Create.of(path(200)).withCoder(MentionIdPairCoder.of()))
        .apply(new CandidateComponents(1));

    PipelineExecutionException e = assertThrows(PipelineExecutionException.class,
        () -> pipeline.run().waitUntilFinish());

    assertThat(e.getMessage(), containsString("did not converge in 1 rounds"));
  }
}
