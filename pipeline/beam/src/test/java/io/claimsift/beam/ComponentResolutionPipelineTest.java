package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import io.claimsift.beam.dedup.ClusterClaims;
import io.claimsift.beam.dedup.SingleKeyClusterClaims;
import io.claimsift.output.Dataset;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Resolving claims per connected component writes exactly the files that the single-key
 * resolution it replaced ({@link SingleKeyClusterClaims}, the reference kept in test code) writes,
 * on the sample articles and on a synthetic corpus of 200 articles full of repeated,
 * reworded and re-numbered sentences, on the DirectRunner and on embedded Flink with parallelism
 * 1 and 2.
 */
public class ComponentResolutionPipelineTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private static final Path DEV_TEXT = Paths.get("../shared/eval/extraction/dev/text");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final int ARTICLES = 200;
  /** As a command-line run sets them: the DirectRunner's per-element checks would triple the time. */
  private static final String[] DIRECT = {"--runner=DirectRunner", "--enforceImmutability=false",
      "--enforceEncodability=false"};

  private Path run(String name, Path input, ClaimSiftPipeline.Clustering clustering, String... runnerArgs)
      throws IOException {
    Path out = tmp.getRoot().toPath().resolve(name);
    List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + out));
    args.addAll(List.of(runnerArgs));
    ClaimSiftOptions options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(ClaimSiftOptions.class);
    ClaimSiftPipeline.run(options, ClaimSiftPipeline.RunPlan.validate(options), clustering);
    return out;
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    List<String> files = OutputFiles.tree(expected);
    assertThat(files, not(empty()));
    assertThat(OutputFiles.tree(actual), equalTo(files));
    for (String file : files) {
      assertThat(file, Files.readAllBytes(actual.resolve(file)), equalTo(Files.readAllBytes(expected.resolve(file))));
    }
  }

  @Test
  public void sampleArticlesGiveTheFilesOfTheSingleKeyReference() throws Exception {
    Path reference = run("reference", Paths.get("input/"), SingleKeyClusterClaims::new, "--runner=DirectRunner");

    Path perComponent = run("components", Paths.get("input/"), ClusterClaims::new, "--runner=DirectRunner");

    assertSameFiles(reference, perComponent);
  }

  @Test
  public void aSyntheticCorpusGivesTheFilesOfTheSingleKeyReferenceOnEveryRunner() throws Exception {
    Assume.assumeTrue("skipped: no dev text pages at " + DEV_TEXT.toAbsolutePath().normalize()
        + " (the shared evaluation data beside the repository)", Files.isDirectory(DEV_TEXT));
    Path corpus = synthesize(tmp.newFolder("corpus").toPath());
    Path reference = run("reference", corpus, SingleKeyClusterClaims::new, DIRECT);
    List<ClaimMention> mentions = OutputFiles.avro(reference, Dataset.CLAIM_MENTIONS, ClaimMention.class);
    List<Claim> claims = OutputFiles.avro(reference, Dataset.CLAIMS, Claim.class);
    long multiArticleClaims = claims.stream().filter(c -> c.getSupportCount() > 1).count();
    assertThat("the corpus merges mentions across articles", multiArticleClaims, greaterThan(50L));
    assertThat(mentions.size(), greaterThan(claims.size() + 200));

    Path direct = run("direct", corpus, ClusterClaims::new, DIRECT);
    Path flink1 = run("flink1", corpus, ClusterClaims::new, "--runner=FlinkRunner", "--flinkMaster=[local]",
        "--parallelism=1");
    Path flink2 = run("flink2", corpus, ClusterClaims::new, "--runner=FlinkRunner", "--flinkMaster=[local]",
        "--parallelism=2");

    assertSameFiles(reference, direct);
    assertSameFiles(reference, flink1);
    assertSameFiles(reference, flink2);
  }

  /**
   * {@value #ARTICLES} text articles from the dev pages: each page as it is, with its numbers
   * changed (near copies the quantity veto keeps apart), with reworded sentences (candidate pairs
   * for the model), and interleaved with the next page's paragraphs (components across pages).
   */
  private static Path synthesize(Path target) throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.list(DEV_TEXT)) {
      pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (int i = 0; i < ARTICLES; i++) {
      int page = i % pages.size();
      int variant = i / pages.size();
      String text = Files.readString(pages.get(page), StandardCharsets.UTF_8);
      String next = Files.readString(pages.get((page + 1) % pages.size()), StandardCharsets.UTF_8);
      String article = switch (variant) {
        case 0 -> text;
        case 1 -> renumber(text, page);
        default -> interleave(reword(text), next);
      };
      Files.writeString(target.resolve(String.format("article-%04d.txt", i)), article, StandardCharsets.UTF_8);
    }
    return target;
  }

  private static String renumber(String text, int seed) {
    Matcher m = NUMBER.matcher(text);
    StringBuilder out = new StringBuilder();
    int count = 0;
    while (m.find()) {
      // every other number: some sentences keep their figures and stay exact copies
      String replacement = count++ % 2 == 0 ? m.group() : String.valueOf(Long.parseLong(
          m.group().length() > 12 ? m.group().substring(0, 12) : m.group()) + 1 + seed % 7);
      m.appendReplacement(out, replacement);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String reword(String text) {
    return text.replace(" said ", " says ").replace(" the ", " a ").replace(" percent", "%");
  }

  private static String interleave(String text, String other) {
    String[] a = text.split("\n\n");
    String[] b = other.split("\n\n");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      if (i < a.length) {
        out.append(a[i]).append("\n\n");
      }
      if (i < b.length && i % 3 == 0) {
        out.append(b[i]).append("\n\n");
      }
    }
    return out.toString();
  }
}
