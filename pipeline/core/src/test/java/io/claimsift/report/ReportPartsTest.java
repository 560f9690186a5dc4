package io.claimsift.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import org.junit.Test;

/** The report's small parts: bounded selection, histogram buckets, marking, charts and number text. */
public class ReportPartsTest {
  @Test
  public void topNKeepsTheSmallestKeysWhateverTheArrivalOrder() {
    TopN<String> top = new TopN<>(3);
    for (String key : List.of("e", "b", "g", "a", "d", "c", "f")) {
      top.offer(key, key.toUpperCase(java.util.Locale.ROOT));
    }
    assertThat(top.sorted(), equalTo(List.of("A", "B", "C")));
    assertThat(top.offered(), equalTo(7L));
    assertThat(new TopN<String>(0).sorted(), equalTo(List.of()));
  }

  @Test
  public void hex16PadsToSixteenLowerCaseDigits() {
    assertThat(RemovalsPass.hex16(0L), equalTo("0000000000000000"));
    assertThat(RemovalsPass.hex16(0xabcL), equalTo("0000000000000abc"));
    assertThat(RemovalsPass.hex16(-1L), equalTo("ffffffffffffffff"));
    assertThat(RemovalsPass.hex16(0x0123456789abcdefL), equalTo("0123456789abcdef"));
  }

  @Test
  public void supportBucketsAreExactToFiveThenWiden() {
    assertThat(SupportHistogram.bucketOf(1), equalTo(0));
    assertThat(SupportHistogram.bucketOf(5), equalTo(4));
    assertThat(SupportHistogram.bucketOf(9), equalTo(5));
    assertThat(SupportHistogram.bucketOf(10), equalTo(6));
    assertThat(SupportHistogram.bucketOf(250_000), equalTo(11));
    assertThat(SupportHistogram.label(0), equalTo("1 article"));
    assertThat(SupportHistogram.label(5), equalTo("6–9 articles"));
    assertThat(SupportHistogram.label(11), equalTo("1,000 or more articles"));

    SupportHistogram histogram = new SupportHistogram();
    histogram.add(1);
    histogram.add(1);
    histogram.add(3);
    assertThat(histogram.bars(), equalTo(List.of(new BarChart.Bar("1 article", 2),
        new BarChart.Bar("2 articles", 0), new BarChart.Bar("3 articles", 1))));
  }

  @Test
  public void marksQuantitiesInsideTheSentenceOnly() {
    String sentence = "It cost $5 and 3 cats.";
    List<ReportView.Piece> pieces = MarkedSentence.pieces(sentence, 100, List.of(
        SyntheticRun.quantity("3 cats", 115, 3),
        SyntheticRun.quantity("$5", 108, 5),
        SyntheticRun.quantity("$5 and", 108, 5), // overlaps the one before: left unmarked
        SyntheticRun.quantity("far away", 400, 1))); // outside the sentence: left unmarked
    assertThat(pieces, equalTo(List.of(new ReportView.Piece("It cost ", false), new ReportView.Piece("$5", true),
        new ReportView.Piece(" and ", false), new ReportView.Piece("3 cats", true), new ReportView.Piece(".", false))));
  }

  @Test
  public void barsScaleToTheLargestValue() {
    ReportView.Chart chart = BarChart.draw("c", "t", "d",
        List.of(new BarChart.Bar("big", 1000), new BarChart.Bar("half", 500), new BarChart.Bar("none", 0)));
    List<ReportView.ChartBar> bars = chart.bars();
    assertThat(bars.get(0).barWidth(), equalTo(BarChart.WIDTH - BarChart.VALUE_ROOM));
    assertThat(bars.get(1).barWidth(), equalTo((BarChart.WIDTH - BarChart.VALUE_ROOM) / 2));
    assertThat(bars.get(2).barWidth(), equalTo(0));
    assertThat(bars.get(0).value(), equalTo("1,000"));
    assertThat(chart.height(), equalTo(3 * BarChart.ROW_HEIGHT + 4));
  }

  @Test
  public void numbersAndDatesDoNotDependOnTheMachine() {
    assertThat(Formats.count(1234567), equalTo("1,234,567"));
    assertThat(Formats.number(2.0e9), equalTo("2,000,000,000"));
    assertThat(Formats.number(0.33333333), equalTo("0.3333"));
    assertThat(Formats.score(0.5), equalTo("0.50"));
    assertThat(Formats.day(java.time.Instant.parse("2025-03-04T23:30:00Z")), equalTo("2025-03-04"));
    assertThat(Formats.period(java.time.LocalDate.of(2019, 3, 1), java.time.LocalDate.of(2019, 3, 31)),
        equalTo("2019-03-01 – 2019-03-31"));
    assertThat(Formats.excerpt("  a\n\n b  ", 10), equalTo("a b"));
    assertThat(Formats.excerpt("abcdefghij", 5), equalTo("abcd…"));
  }
}
