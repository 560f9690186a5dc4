package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.claimsift.output.Dataset;
import io.claimsift.schema.Article;
import io.claimsift.schema.Reject;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Bad input never crashes a run: each bad file becomes one reject row, and the counts reconcile. */
public class BadInputPipelineTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void badFilesBecomeRejectsAndTheGoodFileAnArticle() throws Exception {
    Path in = tmp.newFolder("in").toPath();
    Path out = tmp.getRoot().toPath().resolve("out");
    Map<String, String> expected = BadInputFiles.write(in, Paths.get("input/001_c67cc06ef57ab136.txt"));
    Map<String, String> expectedRejects = new TreeMap<>(expected);
    expectedRejects.values().removeIf(v -> v == null);

    RunSummary summary = ClaimSiftPipeline.run(PipelineOptionsFactory.fromArgs("--input=" + in,
        "--output=" + out, "--maxDocumentBytes=" + BadInputFiles.MAX_DOCUMENT_BYTES).as(ClaimSiftOptions.class));

    Map<String, String> rejects = new TreeMap<>();
    for (Reject r : OutputFiles.avro(out, Dataset.REJECTS, Reject.class)) {
      rejects.put(r.getSourceUri(), r.getReason());
    }
    assertThat(rejects, equalTo(expectedRejects));
    assertThat(OutputFiles.avro(out, Dataset.ARTICLES, Article.class).stream()
        .map(Article::getSourceUri).toList(), equalTo(java.util.List.of("good.txt")));
    assertThat(summary.inputs(), equalTo((long) expected.size()));
    assertThat(summary.reconciles(), is(true));
  }
}
