package io.claimsift;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.claimsift.PathologicalShapes.Shape;
import io.claimsift.claims.CandidateBudget;
import io.claimsift.claims.ClaimExtractor;
import io.claimsift.clean.ArticleCleaner;
import io.claimsift.clean.CleanedArticle;
import io.claimsift.clean.DocumentTooComplexException;
import io.claimsift.read.DocumentFormat;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.Test;

/**
 * Bounded cost (issue 16): every hostile shape of {@link PathologicalShapes} goes through the
 * per-document stages as the pipeline runs them (cleaning with the default limits, sentence
 * splitting, claim extraction under the default {@link CandidateBudget}), at a size N and at 2N.
 * Work linear in the size doubles the time; a quadratic step quadruples it, so the test asserts
 * {@code time(2N) < 3 * time(N) + }{@value #SLACK_SECONDS}{@code  s}. To stay reliable on a loaded
 * two-core CI machine, times are the test thread's CPU time, N is calibrated at run time so that it
 * takes at least {@value #MIN_SECONDS} s (the faster of two runs, after warming up), and each time
 * is the minimum of up to {@value
 * #REPETITIONS} runs.
 */
public class PathologicalInputTest {
  private static final double MIN_SECONDS = 0.5;
  private static final int REPETITIONS = 5;
  private static final double SLACK_SECONDS = 0.25;
  /** No shape grows beyond this many characters, whatever its speed. */
  private static final int MAX_CHARS = 16_000_000;

  private static final ArticleCleaner CLEANER = ArticleCleaner.standard();
  private static final SentenceSplitter SPLITTER = SentenceSplitter.english();
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.english();
  private static final CandidateBudget BUDGET = CandidateBudget.standard();
  private static final LocalDate ARTICLE_DATE = LocalDate.of(2024, 6, 1);
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** What became of a document: an article (with its sentence and candidate counts) or a reject reason. */
  record Outcome(String kind, int sentences, int candidates) {
    static Outcome reject(String reason) {
      return new Outcome(reason, 0, 0);
    }
  }

  /** One document through the per-document stages, as the pipeline's cleaning and claim steps run them. */
  static Outcome process(DocumentFormat format, String text) {
    CleanedArticle clean;
    try {
      clean = format == DocumentFormat.HTML ? CLEANER.cleanHtml(text) : CLEANER.cleanText(text);
    } catch (DocumentTooComplexException e) {
      return Outcome.reject("too_complex");
    }
    if (clean.cleanText().isBlank()) {
      return Outcome.reject("no_body_text");
    }
    List<Sentence> sentences = SPLITTER.split(clean.cleanText());
    CandidateBudget.Verdict[] verdicts = BUDGET.judge(sentences);
    int candidates = 0;
    for (int i = 0; i < sentences.size(); i++) {
      if (verdicts[i] == CandidateBudget.Verdict.CANDIDATE) {
        EXTRACTOR.analyze(clean.cleanText(), sentences, i, ARTICLE_DATE);
        candidates++;
      }
    }
    return new Outcome("article", sentences.size(), candidates);
  }

  private static double seconds(Shape shape, String text) {
    // the measuring thread's CPU time, not wall time: other processes on a busy machine stretch
    // wall time unevenly between the two sizes, but barely this thread's own CPU time
    long start = CPU.getCurrentThreadCpuTime();
    process(shape.format(), text);
    return (CPU.getCurrentThreadCpuTime() - start) / 1e9;
  }

  @Test
  public void doublingAShapesSizeAtMostTriplesItsTime() {
    List<String> superlinear = new ArrayList<>();
    for (Shape shape : PathologicalShapes.ALL) {
      int n = shape.startSize();
      String text = shape.generate(n);
      for (int warmUp = 0; warmUp < 3; warmUp++) {
        seconds(shape, text);
      }
      // the faster of two runs decides, so that one slow run on a busy machine does not stop N too early
      while (Math.min(seconds(shape, text), seconds(shape, text)) < MIN_SECONDS && text.length() * 2L <= MAX_CHARS) {
        n *= 2;
        text = shape.generate(n);
      }
      String doubled = shape.generate(2 * n);
      double once = seconds(shape, text);
      double twice = seconds(shape, doubled);
      for (int run = 1; run < REPETITIONS && !atMostTriples(once, twice); run++) {
        once = Math.min(once, seconds(shape, text));
        twice = Math.min(twice, seconds(shape, doubled));
      }
      String figures = String.format(Locale.ROOT, "%s: %d chars %.2f s, %d chars %.2f s (x%.1f)",
          shape.name(), text.length(), once, doubled.length(), twice, twice / once);
      System.out.println(figures);
      if (!atMostTriples(once, twice)) {
        superlinear.add(figures);
      }
    }
    assertThat(superlinear, empty());
  }

  @Test(timeout = 600_000)
  public void theShapesOfTheIssueAtTheirReportedSizesAreAccountedFor() {
    // a 1 MB comma-joined list of amounts and dates, 300,000 numbers, a 12 MB line, 100,000 nested divs
    String amounts = sized(PathologicalShapes.named("amounts-and-dates-list"), 1_000_000);
    String numbers = PathologicalShapes.named("numbers-separated-by-spaces").generate(300_000);
    String line = sized(PathologicalShapes.named("single-line-of-words"), 12_000_000);
    String divs = PathologicalShapes.named("nested-divs").generate(100_000);

    // each is one sentence far longer than the cap: an article without claim candidates
    assertThat(process(DocumentFormat.TEXT, amounts), equalTo(new Outcome("article", 1, 0)));
    assertThat(process(DocumentFormat.TEXT, numbers), equalTo(new Outcome("article", 1, 0)));
    assertThat(process(DocumentFormat.TEXT, line), equalTo(new Outcome("article", 1, 0)));
    // the only paragraph lies 100,000 levels deep, below the depth limit: removed as too_deep
    assertThat(process(DocumentFormat.HTML, divs), equalTo(Outcome.reject("no_body_text")));
  }

  @Test
  public void pagesOverTheElementOrLineLimitAreTooComplex() {
    String manyParagraphs = "<html><body>" + "<p>a</p>".repeat(200_001) + "</body></html>";
    String manyLines = "The council met.\n".repeat(200_001);

    assertThat(process(DocumentFormat.HTML, manyParagraphs), equalTo(Outcome.reject("too_complex")));
    assertThat(process(DocumentFormat.TEXT, manyLines), equalTo(Outcome.reject("too_complex")));
  }

  private static boolean atMostTriples(double once, double twice) {
    return twice < 3 * once + SLACK_SECONDS;
  }

  /** The shape at the smallest size whose text has at least {@code chars} characters. */
  private static String sized(Shape shape, int chars) {
    int n = shape.startSize();
    String text = shape.generate(n);
    while (text.length() < chars) {
      n = (int) Math.ceil(n * (double) chars / text.length());
      text = shape.generate(n);
    }
    assertThat(text.length(), greaterThanOrEqualTo(chars));
    return text;
  }
}
