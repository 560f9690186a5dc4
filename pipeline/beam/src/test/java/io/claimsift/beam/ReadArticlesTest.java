package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.claimsift.read.InputFileInfo;
import io.claimsift.read.InputLocation;
import io.claimsift.read.ReadLimits;
import io.claimsift.schema.Reject;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ReadArticlesTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void everyBadFileBecomesARejectWithItsReasonAndTheGoodOneADocument() throws Exception {
    Path dir = tmp.newFolder("in").toPath();
    Map<String, String> expected = BadInputFiles.write(dir, Paths.get("input/000_4dc87a5fd8523e15.txt"));
    // Cleaning-stage rejects (no_body_text) are decided later; at read time that page is a document.
    Map<String, String> readRejects = new TreeMap<>(expected);
    readRejects.values().removeIf(v -> v == null || v.equals("no_body_text"));

    PCollectionTuple read = pipeline.apply(new ReadArticles(InputLocation.resolve(dir.toString()),
        ReadLimits.withMaxDocumentBytes(BadInputFiles.MAX_DOCUMENT_BYTES)));

    PAssert.that(read.get(ReadArticles.DOCUMENTS)
            .apply("Uris", MapElements.into(TypeDescriptors.strings()).via(d -> d.sourceUri())))
        .containsInAnyOrder("good.txt", "menu-only.html");
    PAssert.that(read.get(ReadArticles.REJECTS)
            .apply("Reasons", MapElements.into(TypeDescriptors.strings())
                .via((Reject r) -> r.getSourceUri() + "=" + r.getReason())))
        .satisfies(actual -> {
          Map<String, String> got = new TreeMap<>();
          StreamSupport.stream(actual.spliterator(), false)
              .forEach(s -> got.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1)));
          assertThat(got, equalTo(readRejects));
          return null;
        });
    PAssert.that(read.get(ReadArticles.INPUTS)
            .apply("InputUris", MapElements.into(TypeDescriptors.strings()).via(InputFileInfo::sourceUri)))
        .containsInAnyOrder(expected.keySet());
    pipeline.run().waitUntilFinish();
  }
}
