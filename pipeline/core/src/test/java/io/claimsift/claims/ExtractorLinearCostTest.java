package io.claimsift.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import io.claimsift.sentences.Sentence;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.Test;

/**
 * Every claim extractor is linear in the sentence's length, up to the claim-candidate cap
 * ({@link CandidateBudget#DEFAULT_MAX_SENTENCE_CHARS}): one sentence dense with what each
 * extractor looks for (amounts, bound and change words, dates, names with numbers, claimers,
 * plain numbers) goes through {@link ClaimExtractor} at half the cap and at the cap. Linear work
 * doubles the time, quadratic work quadruples it, so the test asserts {@code time(2L) < 3 *
 * time(L) + slack}. In the calibrated style of {@code PathologicalInputTest}: a sentence takes
 * milliseconds, so each time is that of K runs, with K calibrated after warming up so that the
 * half-cap sentence takes at least {@value #MIN_SECONDS} s (the faster of two runs), and each time
 * is the minimum of up to {@value #REPETITIONS} runs.
 */
public class ExtractorLinearCostTest {
  private static final double MIN_SECONDS = 0.5;
  private static final int REPETITIONS = 5;
  private static final double SLACK_SECONDS = 0.25;
  private static final int CAP = CandidateBudget.DEFAULT_MAX_SENTENCE_CHARS;
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.english();
  private static final LocalDate ARTICLE_DATE = LocalDate.of(2024, 6, 1);
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** A named sentence shape: a phrase repeated (no full stop, so it stays one sentence). */
  private record Shape(String name, String phrase) {
    /** The phrase repeated to at most {@code chars} characters, cut after a whole phrase. */
    String sentence(int chars) {
      StringBuilder b = new StringBuilder("Officials said that ");
      while (b.length() + phrase.length() <= chars - 4) {
        b.append(phrase);
      }
      return b.append("end.").toString();
    }
  }

  private static final List<Shape> SHAPES = List.of(
      new Shape("amounts", "$5 million, about 20% and 35 attacks in 17 countries, "),
      new Shape("bounds-and-changes", "sales rose by more than 5% and fell nearly 3 points or more, "),
      new Shape("dates", "from 1 May 2019 to 3 June 2020 and last week, "),
      new Shape("names-with-numbers", "Windows 10 and the iPhone 11 and Boeing 737 jets, "),
      new Shape("claimers", "according to John Smith, the minister said, "),
      new Shape("numbers", "5 6 7 8 9 10 11 12 "),
      new Shape("range-words", "between five and ten thousand or 20-30 or 5 to 10 million, "));

  private static double seconds(String sentence, int runs) {
    Sentence s = new Sentence(0, sentence.length(), sentence);
    // the thread's CPU time, which a busy machine's other processes barely stretch
    long start = CPU.getCurrentThreadCpuTime();
    for (int i = 0; i < runs; i++) {
      EXTRACTOR.analyze(sentence, List.of(s), 0, ARTICLE_DATE);
    }
    return (CPU.getCurrentThreadCpuTime() - start) / 1e9;
  }

  @Test
  public void doublingASentenceUpToTheCapAtMostTriplesItsTime() {
    List<String> superlinear = new ArrayList<>();
    for (Shape shape : SHAPES) {
      String half = shape.sentence(CAP / 2);
      String full = shape.sentence(CAP);
      for (int warmUp = 0; warmUp < 3; warmUp++) {
        seconds(half, 4);
        seconds(full, 2);
      }
      int runs = 1;
      while (Math.min(seconds(half, runs), seconds(half, runs)) < MIN_SECONDS && runs < 1 << 20) {
        runs *= 2;
      }
      double once = seconds(half, runs);
      double twice = seconds(full, runs);
      for (int run = 1; run < REPETITIONS && !atMostTriples(once, twice); run++) {
        once = Math.min(once, seconds(half, runs));
        twice = Math.min(twice, seconds(full, runs));
      }
      String figures = String.format(Locale.ROOT, "%s: %d chars %.2f s, %d chars %.2f s (x%.1f, %d runs)",
          shape.name(), half.length(), once, full.length(), twice, twice / once, runs);
      System.out.println(figures);
      if (!atMostTriples(once, twice)) {
        superlinear.add(figures);
      }
    }
    assertThat(superlinear, empty());
  }

  private static boolean atMostTriples(double once, double twice) {
    return twice < 3 * once + SLACK_SECONDS;
  }
}
