package io.claimsift.eval.extraction;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.junit.Test;

/** The speed figure is the median timed pass, after the requested warm-up. */
public class TimingTest {

  @Test
  public void medianOfOddAndEvenCounts() {
    assertThat(Timing.median(new double[] {300, 100, 200}), is(200.0));
    assertThat(Timing.median(new double[] {400, 100, 300, 200}), is(250.0));
    assertThat(Timing.median(new double[] {}), is(0.0));
  }

  @Test
  public void timesTheRequestedPassesWithoutWarmUp() {
    // Arrange
    List<ExtractionEval.Page> pages =
        List.of(new ExtractionEval.Page("a", "one line", ""), new ExtractionEval.Page("b", "x", ""));
    int[] calls = {0};
    // Act
    Timing t = Timing.measure(pages, s -> {
      calls[0]++;
      return s;
    }, 0, 3);
    // Assert
    assertThat(t.warmupPasses(), is(0));
    assertThat(t.cpuPagesPerSecond().length, is(3));
    assertThat(calls[0], is(6));
    assertThat(t.medianCpuPagesPerSecond(), greaterThan(0.0));
  }

  @Test
  public void warmUpHasSettledOnlyWhenTheLastPassesStopGettingFaster() {
    List<Double> rising = List.of(100.0, 110.0, 120.0, 130.0, 140.0,
        200.0, 210.0, 220.0, 230.0, 240.0);
    List<Double> flat = List.of(200.0, 210.0, 220.0, 230.0, 240.0,
        205.0, 215.0, 225.0, 235.0, 245.0);

    assertThat(Timing.settled(rising), is(false));
    assertThat(Timing.settled(flat), is(true));
    assertThat(Timing.settled(List.of(1.0, 1.0, 1.0)), is(false));
  }
}
