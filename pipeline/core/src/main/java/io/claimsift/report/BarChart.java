package io.claimsift.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a horizontal bar chart as inline-SVG geometry: each row is a text label with its bar
 * below it and the value at the bar's end. Labels sit above the bars rather than beside them so
 * that the chart stays legible when a phone shrinks it. All coordinates are whole numbers.
 */
final class BarChart {
  static final int WIDTH = 480;
  static final int ROW_HEIGHT = 46;
  static final int BAR_HEIGHT = 16;
  /** Room at the right of the longest bar for its value. */
  static final int VALUE_ROOM = 76;
  static final int MAX_LABEL_CHARS = 52;

  /** One bar: its label and its value. */
  record Bar(String label, long value) {}

  private BarChart() {}

  static ReportView.Chart draw(String id, String title, String description, List<Bar> bars) {
    long max = 0;
    for (Bar bar : bars) {
      max = Math.max(max, bar.value());
    }
    int maxBar = WIDTH - VALUE_ROOM;
    List<ReportView.ChartBar> drawn = new ArrayList<>();
    int top = 0;
    for (Bar bar : bars) {
      int width = max == 0 || bar.value() == 0 ? 0
          : (int) Math.max(2, Math.round((double) bar.value() * maxBar / max));
      int labelY = top + 16;
      int barY = top + 23;
      String value = Formats.count(bar.value());
      drawn.add(new ReportView.ChartBar(Formats.excerpt(bar.label(), MAX_LABEL_CHARS), value,
          bar.label() + ": " + value, labelY, barY, width, width + 6, barY + BAR_HEIGHT - 2));
      top += ROW_HEIGHT;
    }
    return new ReportView.Chart(id, title, description, WIDTH, Math.max(top, ROW_HEIGHT) + 4, BAR_HEIGHT, drawn);
  }
}
