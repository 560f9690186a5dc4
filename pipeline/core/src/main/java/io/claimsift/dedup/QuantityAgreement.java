package io.claimsift.dedup;

import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.quantities.QuantityKind;
import io.claimsift.claims.quantities.QuantityMention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Do two mentions state compatible numbers and dates?
 *
 * <p>Quantities are grouped into dimensions: {@code money:<ISO>} (one per currency; a missing
 * currency is {@code XXX}), {@code pct}, and {@code num} (COUNT and NUMBER together). Values are
 * {@link QuantityMention#normalizedValue()} rounded to 12 significant digits, so that the same
 * amount reached through different parse paths compares equal. Two mentions CONFLICT on a
 * dimension when both state values in it and the two value sets are disjoint. A dimension that only
 * one side states never conflicts ("$2 billion" vs "17 countries" is fine).
 *
 * <p>Dates conflict when both mentions state dates and no interval of one overlaps any interval of
 * the other. A null end is open (unbounded on that side).
 *
 * <p>Known limits: approximations are not modelled ("around $2 billion" equals "$2 billion", "$2.3
 * billion" conflicts with "about $2 billion"); a count of one thing and a count of another thing
 * share the {@code num} dimension, so "35 attacks" vs "17 countries" conflicts when neither states
 * the other number.
 */
public final class QuantityAgreement {
  /** Dimension name for percentages. */
  public static final String PERCENT = "pct";
  /** Dimension name for counts and plain numbers. */
  public static final String NUMERIC = "num";
  /** Prefix of money dimensions, followed by the currency code. */
  public static final String MONEY_PREFIX = "money:";

  private static final MathContext SIGNIFICANT = new MathContext(12, RoundingMode.HALF_EVEN);

  private QuantityAgreement() {}

  /** The conflict between two mentions, if any, as a short reason ("money:USD", "date"). */
  public static Optional<String> conflict(DedupMention a, DedupMention b) {
    return Profile.of(a).conflictWith(Profile.of(b));
  }

  /** True when the two mentions state incompatible quantities or dates. */
  public static boolean conflicts(DedupMention a, DedupMention b) {
    return conflict(a, b).isPresent();
  }

  /** True when both lists state dates and no interval of one overlaps an interval of the other. */
  public static boolean datesConflict(List<DateMention> a, List<DateMention> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    for (DateMention x : a) {
      for (DateMention y : b) {
        if (overlaps(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Inclusive interval overlap with open (null) ends. */
  public static boolean overlaps(DateMention x, DateMention y) {
    return notAfter(x.first(), y.last()) && notAfter(y.first(), x.last());
  }

  private static boolean notAfter(LocalDate start, LocalDate end) {
    return start == null || end == null || !start.isAfter(end);
  }

  /**
   * The dimension of a quantity: {@code money:<ISO>}, {@code pct} or {@code num}.
   */
  public static String dimension(QuantityMention q) {
    if (q.kind() == QuantityKind.MONEY) {
      String cur = q.currency() == null || q.currency().isBlank() ? "XXX" : q.currency().strip();
      return MONEY_PREFIX + cur.toUpperCase(Locale.ROOT);
    }
    if (q.kind() == QuantityKind.PERCENT) {
      return PERCENT;
    }
    return NUMERIC;
  }

  /**
   * The canonical value of a number: rounded to 12 significant digits, -0.0 folded to 0.0. Returns
   * NaN for NaN or infinite input (such values are ignored everywhere).
   */
  public static double canonicalValue(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.NaN;
    }
    if (v == 0.0) {
      return 0.0;
    }
    return new BigDecimal(v).round(SIGNIFICANT).doubleValue();
  }

  /**
   * The canonical token of a quantity: {@code money:USD:2.0E9}, {@code pct:12.0}, {@code num:35.0};
   * empty when its value is not finite.
   */
  public static Optional<String> canonicalToken(QuantityMention q) {
    double v = canonicalValue(q.normalizedValue());
    if (Double.isNaN(v)) {
      return Optional.empty();
    }
    return Optional.of(dimension(q) + ":" + v);
  }

  /** The quantities and dates of one mention, indexed for conflict checks. Immutable. */
  public static final class Profile {
    private final SortedMap<String, SortedSet<Double>> values;
    private final List<DateMention> dates;

    private Profile(SortedMap<String, SortedSet<Double>> values, List<DateMention> dates) {
      this.values = values;
      this.dates = dates;
    }

    /** The profile of a mention. */
    public static Profile of(DedupMention m) {
      return of(m.quantities(), m.dates());
    }

    /** The profile of some quantities and dates. */
    public static Profile of(List<QuantityMention> quantities, List<DateMention> dates) {
      SortedMap<String, SortedSet<Double>> map = new TreeMap<>();
      for (QuantityMention q : quantities) {
        double v = canonicalValue(q.normalizedValue());
        if (!Double.isNaN(v)) {
          map.computeIfAbsent(dimension(q), k -> new TreeSet<>()).add(v);
        }
      }
      SortedMap<String, SortedSet<Double>> frozen = new TreeMap<>();
      for (Map.Entry<String, SortedSet<Double>> e : map.entrySet()) {
        frozen.put(e.getKey(), Collections.unmodifiableSortedSet(e.getValue()));
      }
      return new Profile(Collections.unmodifiableSortedMap(frozen), List.copyOf(dates));
    }

    /** Dimension to canonical values, both sorted. */
    public SortedMap<String, SortedSet<Double>> values() {
      return values;
    }

    /** The dates. */
    public List<DateMention> dates() {
      return dates;
    }

    /** True when there is nothing that could conflict: no quantity values and no dates. */
    public boolean isUnconstrained() {
      return values.isEmpty() && dates.isEmpty();
    }

    /** How many distinct (dimension, value) pairs: the size of {@link #valueTokens()}, without building them. */
    public int valueCount() {
      int n = 0;
      for (SortedSet<Double> v : values.values()) {
        n += v.size();
      }
      return n;
    }

    /** {@code <dimension>:<value>} for every distinct value, sorted. */
    public List<String> valueTokens() {
      List<String> out = new ArrayList<>();
      for (Map.Entry<String, SortedSet<Double>> e : values.entrySet()) {
        for (Double v : e.getValue()) {
          out.add(e.getKey() + ":" + v);
        }
      }
      Collections.sort(out);
      return out;
    }

    /**
     * The first conflict with another profile (dimensions in sorted order, then dates), or empty.
     */
    public Optional<String> conflictWith(Profile other) {
      for (Map.Entry<String, SortedSet<Double>> e : values.entrySet()) {
        Set<Double> theirs = other.values.get(e.getKey());
        if (theirs != null && Collections.disjoint(e.getValue(), theirs)) {
          return Optional.of(e.getKey());
        }
      }
      if (datesConflict(dates, other.dates)) {
        return Optional.of("date");
      }
      return Optional.empty();
    }

    /** How many (dimension, value) pairs both profiles state. */
    public int sharedValues(Profile other) {
      return sharedValues(other, dimension -> true);
    }

    /** How many money or percent (dimension, value) pairs both profiles state. */
    public int sharedMoneyOrPercentValues(Profile other) {
      return sharedValues(other, dimension -> dimension.startsWith(MONEY_PREFIX) || dimension.equals(PERCENT));
    }

    private int sharedValues(Profile other, java.util.function.Predicate<String> dimensions) {
      int n = 0;
      for (Map.Entry<String, SortedSet<Double>> e : values.entrySet()) {
        Set<Double> theirs = other.values.get(e.getKey());
        if (theirs == null || !dimensions.test(e.getKey())) {
          continue;
        }
        for (Double v : e.getValue()) {
          if (theirs.contains(v)) {
            n++;
          }
        }
      }
      return n;
    }
  }
}
