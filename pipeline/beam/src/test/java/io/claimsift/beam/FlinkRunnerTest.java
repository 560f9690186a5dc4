package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The determinism contract across runners: embedded Flink writes the same bytes as the DirectRunner. */
public class FlinkRunnerTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private Path run(String name, String... runnerArgs) throws Exception {
    Path out = tmp.getRoot().toPath().resolve(name);
    String[] args = new String[runnerArgs.length + 2];
    args[0] = "--input=input/";
    args[1] = "--output=" + out;
    System.arraycopy(runnerArgs, 0, args, 2, runnerArgs.length);
    ClaimSiftPipeline.run(PipelineOptionsFactory.fromArgs(args).as(ClaimSiftOptions.class));
    return out;
  }

  @Test
  public void embeddedFlinkWritesTheSameBytesAsTheDirectRunner() throws Exception {
    Path direct = run("direct", "--runner=DirectRunner", "--targetParallelism=1");
    Path flink = run("flink", "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");

    List<String> files = OutputFiles.tree(direct);
    assertThat(files, not(empty()));
    assertThat(OutputFiles.tree(flink), equalTo(files));
    for (String file : files) {
      assertThat(file, Files.readAllBytes(flink.resolve(file)), equalTo(Files.readAllBytes(direct.resolve(file))));
    }
  }
}
