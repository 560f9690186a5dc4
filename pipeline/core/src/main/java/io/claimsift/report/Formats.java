package io.claimsift.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** Number and date text for the page: fixed locale (Locale.ROOT) and zone (UTC), so bytes never vary. */
final class Formats {
  private Formats() {}

  /** A count with thousands separators: {@code 12,345}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A measured value as written by a person: grouped, at most four decimals, no exponent. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    // DecimalFormat is not thread-safe, so one per call
    DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(value);
  }

  /** A score or similarity with two decimals. */
  static String score(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** The UTC day of an instant, ISO style, or null. */
  static String day(Instant instant) {
    return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  /** A period of days: one day, an interval, or an open end. */
  static String period(LocalDate start, LocalDate end) {
    if (start == null && end == null) {
      return null;
    }
    if (start != null && start.equals(end)) {
      return start.toString();
    }
    return (start == null ? "…" : start.toString()) + " – " + (end == null ? "…" : end.toString());
  }

  /** "1 article", "2 articles". */
  static String counted(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
  }

  /** The text on one line, cut to at most {@code max} characters (an ellipsis marks a cut). */
  static String excerpt(String text, int max) {
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.length() <= max) {
      return line;
    }
    int cut = max - 1;
    if (Character.isHighSurrogate(line.charAt(cut - 1))) {
      cut--; // never split a surrogate pair
    }
    return line.substring(0, cut) + "…";
  }
}
