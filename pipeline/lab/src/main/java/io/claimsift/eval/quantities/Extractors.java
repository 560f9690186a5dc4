package io.claimsift.eval.quantities;

import io.claimsift.claims.dates.DateExtractor;
import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.quantities.Currencies;
import io.claimsift.claims.quantities.NumberFinder;
import io.claimsift.claims.quantities.QuantityExtractor;
import io.claimsift.claims.quantities.QuantityKind;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.claims.quantities.UnitMention;
import io.claimsift.eval.quantities.QuantitySuite.Case;
import io.claimsift.lexicon.UnitList;
import io.claimsift.eval.quantities.QuantitySuite.Expected;
import io.claimsift.eval.quantities.QuantitySuite.Found;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The production extractors as seen by each suite, and each suite's value agreement test. */
final class Extractors {
  private static final QuantityExtractor QUANTITIES = QuantityExtractor.english();
  private static final NumberFinder NUMBERS = NumberFinder.english();
  private static final RangeFinder RANGES = RangeFinder.english();
  private static final DateExtractor DATES = DateExtractor.english();
  /** Sub-units the currency suite counts in their own unit ("50 cents" has value 50). */
  private static final Set<String> HUNDREDTHS = Set.of("cent", "penny", "pence");
  /** The units whose dimension is a temperature or a time: not dimensions to Recognizers. */
  private static final Set<String> NOT_DIMENSIONS = UnitList.units().stream()
      .filter(u -> u.dimension().equals("temperature") || u.dimension().equals("time")).map(UnitList.Unit::name)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** The date suite's value for an expression Recognizers finds but does not resolve. */
  private static final String NOT_RESOLVED = "not resolved";

  private Extractors() {}

  /**
   * Measures as Recognizers' dimension model sees them: without temperatures and durations, which
   * it leaves to its temperature and date-time models (the units' dimension is the lexicon's,
   * {@code units.tsv}).
   */
  static List<Found> dimensions(Case c) {
    return QUANTITIES.extract(c.input()).stream()
        .filter(q -> q.kind() == QuantityKind.MEASURE && !NOT_DIMENSIONS.contains(q.unit()))
        .map(q -> new Found(q.start(), q.end(), q.text(), q.normalizedValue(), unitOf(q)))
        .toList();
  }

  static List<Found> quantities(Case c, QuantityKind kind) {
    return QUANTITIES.extract(c.input()).stream()
        .filter(q -> q.kind() == kind)
        .map(q -> new Found(q.start(), q.end(), q.text(), q.normalizedValue(), unitOf(q)))
        .toList();
  }

  /**
   * Percentages as Recognizers' percent model sees them: the extracted percent quantities plus
   * percent signs and words with no number, whose value is null.
   */
  static List<Found> percents(Case c) {
    List<Found> found = new ArrayList<>(quantities(c, QuantityKind.PERCENT));
    for (UnitMention u : QUANTITIES.percentsWithoutNumber(c.input())) {
      found.add(new Found(u.start(), u.end(), u.text(), null, u.unit()));
    }
    found.sort(Comparator.comparingInt(Found::start));
    return found;
  }

  /** A number that agrees, or no number where the suite expects a null value. */
  static boolean percentAgrees(Found f, Expected e) {
    if (f.value() == null) {
      return e.node().path("value").isNull() || e.node().path("value").asText().equals("null");
    }
    return numberAgrees(f, e);
  }

  private static String unitOf(QuantityMention q) {
    return q.kind() == QuantityKind.MONEY ? q.currency() : q.unit();
  }

  static List<Found> numbers(Case c) {
    return NUMBERS.find(c.input()).stream()
        .map(n -> new Found(n.start(), n.end(), c.input().substring(n.start(), n.end()), n.value(), null))
        .toList();
  }

  static List<Found> ranges(Case c) {
    return RANGES.find(c.input()).stream()
        .map(r -> new Found(r.start(), r.end(), r.text(), r.notation(), null))
        .toList();
  }

  static List<Found> dates(Case c) {
    LocalDate reference = c.referenceDate() == null ? null : LocalDateTime.parse(c.referenceDate()).toLocalDate();
    return DATES.extract(c.input(), reference).stream()
        .map(d -> new Found(d.start(), d.end(), d.text(), d, null))
        .toList();
  }

  /** Value equal; the currency is the expected ISO code, or a currency whose name ends with the expected unit name. */
  static boolean currencyAgrees(Found f, Expected e) {
    double expected = QuantitySuite.number(e.node());
    String unit = e.node().path("unit").asText().toLowerCase(Locale.ROOT);
    if (HUNDREDTHS.contains(unit)) {
      expected = expected / 100;
    }
    if (!QuantitySuite.sameNumber((double) f.value(), expected) || f.unit() == null) {
      return false;
    }
    if (e.node().has("iso_currency")) {
      return e.node().get("iso_currency").asText().equals(f.unit());
    }
    String name = Currencies.displayName(f.unit()).toLowerCase(Locale.ROOT);
    return HUNDREDTHS.contains(unit) || name.equals(unit) || name.endsWith(" " + unit);
  }

  static boolean numberAgrees(Found f, Expected e) {
    return QuantitySuite.sameNumber((double) f.value(), QuantitySuite.number(e.node()));
  }

  static boolean unitAgrees(Found f, Expected e) {
    return numberAgrees(f, e) && e.node().path("unit").asText().equalsIgnoreCase(f.unit());
  }

  static boolean rangeAgrees(Found f, Expected e) {
    return e.node().path("value").asText().equals(f.value());
  }

  /**
   * A date agrees with any of the expected resolutions: a single date equals our one-day period; a
   * range starts on our first day and ends (exclusively) the day after our last day or at the start
   * of the period holding our last day (Recognizers ends "March to May" at May 1st). A resolution
   * whose value is "not resolved" ("summer" without a year) states no value, so the span alone is
   * graded, as for a unit the suite does not state.
   */
  static boolean dateAgrees(Found f, Expected e) {
    DateMention d = (DateMention) f.value();
    for (var r : e.node().path("resolutions")) {
      if (NOT_RESOLVED.equals(r.path("value").asText())) {
        return true;
      }
      if (r.has("value") && d.first() != null && d.first().equals(d.last())
          && r.get("value").asText().equals(d.first().toString())) {
        return true;
      }
      if (r.has("start") || r.has("end")) {
        boolean startOk = r.has("start") ? d.first() != null && r.get("start").asText().equals(d.first().toString()) : d.first() == null;
        boolean endOk = r.has("end") ? d.last() != null && endMatches(r.get("end").asText(), d) : d.last() == null;
        if (startOk && endOk) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean endMatches(String end, DateMention d) {
    LocalDate last = d.last();
    LocalDate unitStart =
        switch (d.granularity()) {
          case DAY -> last;
          case WEEK -> last.minusDays(6);
          case MONTH -> last.withDayOfMonth(1);
          case YEAR -> last.withDayOfYear(1);
        };
    return end.equals(last.plusDays(1).toString()) || end.equals(unitStart.toString());
  }
}
