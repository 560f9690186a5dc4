package io.claimsift.lab;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * The release jar holds the pipeline and none of the lab: evaluations, benchmarks and training
 * live in {@code claimsift-lab.jar}. Runs in the lab module, which Maven builds after the beam
 * module has packaged {@code pipeline/target/claimsift.jar}.
 */
public class ReleaseJarTest {

  private static final Path RELEASE_JAR = Path.of("pipeline/target/claimsift.jar");

  @Test
  public void theReleaseJarHasThePipelineAndNoLabClass() throws IOException {
    assumeTrue("pipeline/target/claimsift.jar is built by `mvn package`/`mvn verify`; "
        + "`mvn test` alone does not build it", Files.isRegularFile(RELEASE_JAR));

    List<String> entries = entries(RELEASE_JAR);

    assertTrue("the main class is in the release jar",
        entries.contains("io/claimsift/beam/ClaimSiftPipeline.class"));
    assertEquals("lab classes in the release jar", List.of(),
        entries.stream().filter(ReleaseJarTest::isLabClass).collect(Collectors.toList()));
  }

  @Test
  public void theReleaseJarWritesParquetWithoutHadoop() throws IOException {
    assumeTrue("pipeline/target/claimsift.jar is built by `mvn package`/`mvn verify`", Files.isRegularFile(RELEASE_JAR));

    List<String> entries = entries(RELEASE_JAR);

    assertTrue("the Parquet writer is in the release jar",
        entries.contains("org/apache/parquet/avro/AvroParquetWriter.class"));
    assertEquals("Hadoop classes in the release jar (parquet-avro needs them only to compile)", List.of(),
        entries.stream().filter(e -> e.startsWith("org/apache/hadoop/")).limit(5).collect(Collectors.toList()));
  }

  private static boolean isLabClass(String entry) {
    return entry.startsWith("io/claimsift/eval/") || entry.startsWith("io/claimsift/bench/")
        || entry.startsWith("io/claimsift/lab/");
  }

  private static List<String> entries(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(e -> e.getName()).collect(Collectors.toList());
    }
  }
}
