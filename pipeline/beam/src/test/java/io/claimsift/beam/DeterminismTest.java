package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The determinism contract: the same inputs give byte-identical outputs, whatever the parallelism. */
public class DeterminismTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private Path run(String name, int parallelism, int shards) throws Exception {
    Path out = tmp.getRoot().toPath().resolve(name);
    ClaimSiftOptions options = PipelineOptionsFactory.fromArgs("--input=input/", "--output=" + out,
        "--targetParallelism=" + parallelism, "--outputShards=" + shards).as(ClaimSiftOptions.class);
    ClaimSiftPipeline.run(options);
    return out;
  }

  private static void assertSameBytes(Path a, Path b) throws Exception {
    List<String> files = OutputFiles.tree(a);
    assertThat(files, not(empty()));
    assertThat(OutputFiles.tree(b), equalTo(files));
    for (String file : files) {
      assertThat(file, Files.readAllBytes(b.resolve(file)), equalTo(Files.readAllBytes(a.resolve(file))));
    }
  }

  @Test
  public void twoRunsWithDifferentThreadCountsWriteIdenticalBytes() throws Exception {
    Path first = run("first", 1, 1);
    Path second = run("second", 4, 1);

    assertSameBytes(first, second);
  }

  @Test
  public void shardedOutputIsDeterministicToo() throws Exception {
    Path first = run("first", 2, 3);
    Path second = run("second", 3, 3);

    assertSameBytes(first, second);
    assertThat(OutputFiles.tree(first).contains("claims/claims-00002-of-00003.avro"), equalTo(true));
  }
}
