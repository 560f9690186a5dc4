package io.claimsift.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.eval.ResultLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scale benchmark: synthesises N articles from the extraction dev pages (html and text),
 * runs the pipeline on each runner in a child JVM, and reports wall time, articles/s, claim
 * mentions/s and peak RSS, ending with one {@code RESULT scale ...} line per run.
 *
 * <p>Usage: {@code ScaleBenchmark DATA [--runner=direct|flink|both] [--format=html|text|both]
 * [--articles=2000,8000] [--work=DIR] [--heap=2g] [--jvm=ARG]... [--keep-output]}, where DATA is
 * {@code ../shared/eval/extraction/dev}. Synthetic inputs are kept under --work and reused.
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  /** Parsed command line. */
  record Settings(Path data, List<Runner> runners, List<InputFormat> formats, List<Integer> sizes,
      Path work, String heap, List<String> jvmArgs, boolean keepOutput) {

    static Settings parse(String[] args) {
      Path data = null;
      List<Runner> runners = List.of(Runner.values());
      List<InputFormat> formats = List.of(InputFormat.values());
      List<Integer> sizes = List.of(2000);
      Path work = Paths.get("target", "scale-bench");
      String heap = "2g";
      List<String> jvmArgs = new ArrayList<>();
      boolean keep = false;
      for (String arg : args) {
        String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
        if (arg.startsWith("--runner=")) {
          runners = value.equals("both") ? List.of(Runner.values()) : List.of(Runner.parse(value));
        } else if (arg.startsWith("--format=")) {
          formats = value.equals("both") ? List.of(InputFormat.values()) : List.of(InputFormat.parse(value));
        } else if (arg.startsWith("--articles=")) {
          sizes = Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt).toList();
        } else if (arg.startsWith("--work=")) {
          work = Paths.get(value);
        } else if (arg.startsWith("--heap=")) {
          heap = value;
        } else if (arg.startsWith("--jvm=")) {
          jvmArgs.add(value);
        } else if (arg.equals("--keep-output")) {
          keep = true;
        } else if (!arg.startsWith("--") && data == null) {
          data = Paths.get(arg);
        } else {
          throw new IllegalArgumentException("unknown argument: " + arg);
        }
      }
      if (data == null) {
        throw new IllegalArgumentException("name the data folder, e.g. ../shared/eval/extraction/dev");
      }
      return new Settings(data, runners, formats, sizes, work, heap, List.copyOf(jvmArgs), keep);
    }
  }

  public static void main(String[] args) throws Exception {
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("scale benchmark: " + e.getMessage());
      System.err.println("usage: ScaleBenchmark DATA [--runner=direct|flink|both] [--format=html|text|both] "
          + "[--articles=2000,8000] [--work=DIR] [--heap=2g] [--jvm=ARG]... [--keep-output]");
      System.exit(2);
      return;
    }
    List<String> results = new ArrayList<>();
    boolean allPassed = true;
    for (InputFormat format : settings.formats()) {
      for (int size : settings.sizes()) {
        Path input = settings.work().resolve("input-" + format.label() + "-" + size);
        long started = System.nanoTime();
        if (SyntheticCorpus.ensure(settings.data(), format, size, input)) {
          System.out.printf(Locale.ROOT, "synthesised %d %s articles in %s (%.1f s)%n", size, format.label(),
              input, (System.nanoTime() - started) / 1e9);
        }
        for (Runner runner : settings.runners()) {
          ResultLine result = runOnce(settings, runner, format, size, input);
          allPassed &= !result.toString().contains("status=failed");
          results.add(result.toString());
        }
      }
    }
    results.forEach(System.out::println);
    System.exit(allPassed ? 0 : 1);
  }

  private static ResultLine runOnce(Settings settings, Runner runner, InputFormat format, int size, Path input)
      throws IOException, InterruptedException {
    String name = runner.label() + "-" + format.label() + "-" + size;
    Path output = settings.work().resolve("output-" + name);
    SyntheticCorpus.deleteTree(output);
    List<String> jvm = new ArrayList<>(LauncherFlags.forThisJvm(settings.jvmArgs()));
    jvm.add("-Xmx" + settings.heap());
    jvm.addAll(settings.jvmArgs());
    List<String> pipelineArgs = new ArrayList<>(List.of("--input=" + input, "--output=" + output));
    pipelineArgs.addAll(runner.pipelineArgs());
    ChildRun.Measurement run = ChildRun.run(name, jvm, pipelineArgs, settings.work().resolve("logs"));
    ResultLine result = ResultLine.of("scale").put("runner", runner.label()).put("format", format.label())
        .put("articles", size);
    if (run.exitCode() != 0) {
      System.out.printf("%s FAILED with exit status %d; last lines of %s:%n", name, run.exitCode(), run.stderr());
      List<String> lines = Files.readAllLines(run.stderr());
      lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(l -> System.out.println("  " + l));
      return result.put("status", "failed").put("exit", run.exitCode());
    }
    JsonNode datasets = new ObjectMapper().readTree(output.resolve("manifest.json").toFile()).get("datasets");
    long articles = datasets.get("articles").get("records").asLong();
    long rejects = datasets.get("rejects").get("records").asLong();
    long mentions = datasets.get("claim_mentions").get("records").asLong();
    long claims = datasets.get("claims").get("records").asLong();
    double rss = run.peakRssKb().isPresent() ? run.peakRssKb().getAsLong() / 1024.0 : Double.NaN;
    System.out.printf(Locale.ROOT, "%s: %d articles + %d rejects, %d claim mentions -> %d claims%n",
        name, articles, rejects, mentions, claims);
    System.out.printf(Locale.ROOT, "  wall %.1f s, %.1f articles/s, %.1f claim mentions/s, %.2f ms/article, "
        + "CPU %.1f s, peak RSS %.0f MB (heap limit %s)%n", run.wallSeconds(), size / run.wallSeconds(),
        mentions / run.wallSeconds(), 1000 * run.wallSeconds() / size, run.cpuSeconds(), rss, settings.heap());
    if (!settings.keepOutput()) {
      SyntheticCorpus.deleteTree(output);
    }
    return result.put("wall_s", run.wallSeconds())
        .put("articles_per_s", size / run.wallSeconds())
        .put("claims_per_s", mentions / run.wallSeconds())
        .put("ms_per_article", 1000 * run.wallSeconds() / size)
        .put("peak_rss_mb", Math.round(rss))
        .put("cpu_s", run.cpuSeconds())
        .put("rejects", rejects);
  }
}
