package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.claimsift.output.Dataset;
import io.claimsift.schema.Article;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

/**
 * The hostile shapes of issue 16 in one input folder give a complete run within the budgets: the
 * page of 100,000 nested divs that used to end the run with a StackOverflowError, the long lines
 * that stalled claim extraction for a quarter of an hour, and pages over the element and line
 * limits, and 50 MB of one tag that used to run the heap out; every file is an article or a reject,
 * beside a good article.
 */
public class HostileInputPipelineTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();
  /** A stall is a failure, not a hung build. */
  @Rule public final Timeout timeout = Timeout.seconds(900);

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  @Test
  public void everyHostileFileIsAccountedForWithinTheBudgets() throws Exception {
    Path in = tmp.newFolder("in").toPath();
    Path out = tmp.getRoot().toPath().resolve("out");
    Files.copy(Paths.get("input/001_c67cc06ef57ab136.txt"), in.resolve("good.txt"));
    write(in, "amounts-and-dates.txt", joined(1_000_000, ", ", i -> i % 2 == 0
        ? "$" + (i % 997 + 1) + "." + (i % 90 + 10) + " million" : (i % 28 + 1) + " " + MONTHS[i % 12] + " " + (1990 + i % 40)));
    write(in, "numbers.txt", String.join(" ", java.util.stream.IntStream.range(0, 300_000)
        .mapToObj(i -> Integer.toString((i * 7919) % 100_000)).toList()));
    write(in, "long-line.txt", joined(2_000_000, " ", i -> i % 3 == 0 ? "inflation" : "rose"));
    write(in, "nested-divs.html", "<html><body>" + "<div>".repeat(100_000)
        + "<p>The minister said on 3 March 2024 that prices rose 5% to $3 million.</p>"
        + "</div>".repeat(100_000) + "</body></html>");
    write(in, "deep-but-readable.html", "<html><body><p>" + "The council approved a budget of $4 million on Tuesday, "
        .repeat(3) + "officials said.</p>" + "<div>".repeat(300) + "<p>Text nested 300 levels deep.</p>"
        + "</div>".repeat(300) + "</body></html>");
    write(in, "many-elements.html", "<html><body>" + "<p>a</p>".repeat(200_001) + "</body></html>");
    write(in, "many-lines.txt", "The council met.\n".repeat(200_001));
    // parsed, its 16.7 million nested elements ran the heap out before they could be counted
    write(in, "one-tag-50mb.html", "<b>".repeat(50_000_000 / 3));

    // the hostile shapes are in no detectable language: admitting "unknown" puts them through the claim budgets
    RunSummary summary = ClaimSiftPipeline.run(PipelineOptionsFactory.fromArgs("--input=" + in, "--output=" + out,
            "--claimLanguages=en,unknown")
        .as(ClaimSiftOptions.class));

    Map<String, String> rejects = new TreeMap<>();
    for (Reject r : OutputFiles.avro(out, Dataset.REJECTS, Reject.class)) {
      rejects.put(r.getSourceUri(), r.getStage() + ":" + r.getReason() + ":" + r.getDetail());
    }
    assertThat(rejects, equalTo(Map.of(
        // its only paragraph lies below the depth limit, so it is removed and nothing is left
        "nested-divs.html", "clean:no_body_text:cleaning removed all 1 segments; no body text is left",
        "many-elements.html", "clean:too_complex:the page has 200004 HTML elements, more than the limit of "
            + "200000 (--maxHtmlElements)",
        "many-lines.txt", "clean:too_complex:the text has 200001 non-blank lines, more than the limit of "
            + "200000 (--maxTextLines)",
        "one-tag-50mb.html", "clean:too_complex:the page has more than 600000 tags, three times the limit of "
            + "200000 HTML elements (--maxHtmlElements); it was not parsed")));
    Set<String> articles = new TreeSet<>();
    OutputFiles.avro(out, Dataset.ARTICLES, Article.class).forEach(a -> articles.add(a.getSourceUri()));
    assertThat(articles, equalTo(Set.of("good.txt", "amounts-and-dates.txt", "numbers.txt", "long-line.txt",
        "deep-but-readable.html")));
    assertThat(summary.reconciles(), is(true));
    // each long line is one sentence far over --maxSentenceChars: counted, never analysed
    assertThat(summary.counters().get(Stage.CLAIMS).get("sentences_too_long"), greaterThanOrEqualTo(3L));
    assertThat(OutputFiles.avro(out, Dataset.REMOVED_SEGMENTS, RemovedSegment.class).stream()
        .map(RemovedSegment::getReason).toList(), hasItem("too_deep"));
  }

  /** Units joined by a separator until the text has at least {@code chars} characters. */
  private static String joined(int chars, String separator, IntFunction<String> unit) {
    StringBuilder out = new StringBuilder(chars + 64);
    for (int i = 0; out.length() < chars; i++) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(unit.apply(i));
    }
    return out.toString();
  }

  private static void write(Path dir, String name, String text) throws java.io.IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
