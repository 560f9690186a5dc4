package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.claims.dates.RelativeDates.Found;
import io.claimsift.lexicon.DateWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The offset and period rules of the date engine, read over {@link DateTokens} against a reference
 * day (the article's). A duration is a count and a unit ("three days", "a couple of weeks"); the
 * rules place it or a period from an anchor:
 *
 * <ul>
 *   <li>{@link #DAY_WORD}: a deixis word, alone or placed a day before or after ("yesterday", "the
 *       day after tomorrow");
 *   <li>{@link #FROM_DAY_WORD}: a duration before or after a deixis word ("two weeks before
 *       today"; after "more than", the open side beyond that day);
 *   <li>{@link #SPAN}: a step word and a duration, in either order, or "within [the] [next]" and a
 *       duration: the run of days up to or from the reference day ("the past five years", "the 3
 *       next days", "within a week");
 *   <li>{@link #agoRule}: durations, one or more, then "ago" ("2 weeks and 2 days ago");
 *   <li>{@link #IN_N}: "in" and a duration, forward ("in two weeks"; not decades: "the lowest in
 *       two decades" counts back in news);
 *   <li>{@link #PERIOD}: a step word and a period unit ("next week", "this quarter", "the past
 *       calendar year"), after "earlier"/"later" [in] the part before or after the reference day.
 * </ul>
 *
 * The words (units, steps, deixis, relations, "ago") and their values are the lexicon's
 * ({@code date-words.tsv}); counts are digits (up to three), "a"/"an", "(a) couple (of)" and the
 * cardinal words one to a hundred. Each rule reads a bounded number of tokens from where it starts,
 * and a scan tries each token once, so the cost is linear in the sentence. Stateless.
 */
final class RelativePhrases {

  /** A rule's reading at a token: the token index past it and what it states (null when it states no real day). */
  record Match(int next, Found found) {}

  /** One grammar step tried at token {@code i}; null when it does not read there. */
  interface Rule {
    Match read(DateTokens t, int i, LocalDate ref);
  }

  private static final Set<String> UNITS = DateWords.of("unit");
  private static final Map<String, Integer> STEPS = DateWords.values("step");
  private static final Map<String, Integer> DEIXIS_DAYS = DateWords.values("deixis");
  /** The days a duration can count from: the deixis words and "now" (which alone names no date). */
  private static final Map<String, Integer> FROM_DAYS = union(DEIXIS_DAYS, DateWords.values("now"));
  private static final Map<String, Integer> RELATIONS = DateWords.values("relation");
  private static final Set<String> AGO = DateWords.of("ago");
  private static final Map<String, Integer> SIDES = DateWords.values("side");
  /**
   * The most durations one "ago" phrase lists ("1 decade, 2 years, 3 months, 1 week and 2 days
   * ago"): a cap that keeps a run of durations without "ago" linear to scan.
   */
  static final int MOST_DURATIONS = 5;
  /** The units a run of a period counts ("the first 2 weeks of 2021", "the last three quarters of 2019"). */
  private static final Set<String> RUN_UNITS =
      Set.of("day", "days", "week", "weeks", "month", "months", "quarter", "quarters");
  private static final Set<String> LAST_WORDS = DateWords.of("ordinal-last");
  private static final Map<String, Long> ORDINALS = io.claimsift.lexicon.Numerals.ordinals();
  /** The units a period rule names: each is one calendar period around the reference day. */
  private static final Set<String> PERIOD_UNITS = Set.of("week", "month", "year", "quarter");
  /** The prepositions before "the week/month/year" that place something in the reference day's period. */
  private static final Set<String> IN_PERIOD = Set.of("in", "of", "for", "during", "throughout", "over");
  /** The words after "the week/month/year" that tie it to another date or clause ("the year before", "the year that"). */
  /** The words after "the week/month/year" that make it another period ("the month of May", "the year to March"). */
  private static final Set<String> THE_PERIOD_STOPS =
      Set.of("of", "to", "ended", "ending", "through", "till", "until", "starting", "beginning", "commencing");
  private static final Set<String> OTHER_PERIOD =
      Set.of("that", "when", "which", "where", "before", "after", "since", "in", "up", "leading", "ahead", "prior",
          "following", "preceding", "he", "she", "it", "we", "they", "i", "you");

  private RelativePhrases() {}

  /**
   * Adds each reading of {@code rule} that overlaps nothing in {@code out}, scanning left to right
   * and going on after each reading (as a pattern's successive matches do).
   */
  static void scan(DateTokens t, Rule rule, LocalDate ref, List<Found> out) {
    int i = 0;
    while (i < t.size()) {
      Match m = startsWord(t, i) ? rule.read(t, i, ref) : null;
      if (m == null) {
        i++;
        continue;
      }
      Found f = m.found();
      if (f != null && out.stream().noneMatch(o -> o.start() < f.end() && f.start() < o.end())) {
        out.add(f);
      }
      i = Math.max(m.next(), i + 1);
    }
  }

  /**
   * Adds each reading of {@code rule} tried at every token, word start or not (the numeric forms:
   * "x1/2" is read), to what overlaps nothing in {@code out} when {@code exclusive} and else
   * always, left to right, going on after each reading.
   */
  static void scanEvery(DateTokens t, Rule rule, LocalDate ref, List<Found> out, boolean exclusive) {
    int i = 0;
    while (i < t.size()) {
      Match m = rule.read(t, i, ref);
      if (m == null) {
        i++;
        continue;
      }
      Found f = m.found();
      if (f != null && (!exclusive || out.stream().noneMatch(o -> o.start() < f.end() && f.start() < o.end()))) {
        out.add(f);
      }
      i = Math.max(m.next(), i + 1);
    }
  }

  // ---- rules ----

  /** "today", "yesterday", "the day before yesterday", "the day after tomorrow". */
  static final Rule DAY_WORD = (t, i, ref) -> {
    Integer rel = t.at(i).is("the") && is(t, i, 1, "day") ? value(t, i + 2, RELATIONS, i + 1) : null;
    if (rel != null && !t.at(i + 2).is("from")) {
      Integer day = value(t, i + 3, DEIXIS_DAYS, i + 2);
      if (day != null && endsWord(t, i + 3)) {
        LocalDate d = ref.plusDays(day + rel);
        return new Match(i + 4, found(t, i, i + 3, d, d, Granularity.DAY));
      }
      Token after = t.at(i + 3);
      if (endsWord(t, i + 2) && (after == null || (!after.isWord() && !after.isNumber() && !after.isSymbol('-')))) {
        // "the day before" closing a clause: the day before the reference day
        LocalDate d = ref.plusDays(rel);
        return new Match(i + 3, found(t, i, i + 2, d, d, Granularity.DAY));
      }
    }
    Integer day = DEIXIS_DAYS.get(t.at(i).lower());
    if (day == null || !endsWord(t, i)) {
      return null;
    }
    LocalDate d = ref.plusDays(day);
    return new Match(i + 1, found(t, i, i, d, d, Granularity.DAY));
  };

  /** "2 weeks before today", "three years from now", "three days after tomorrow", "more than 2 weeks before today". */
  static final Rule FROM_DAY_WORD = (t, i, ref) -> {
    boolean moreThan = t.at(i).is("more") && is(t, i, 1, "than");
    int c = moreThan ? i + 2 : i;
    if (moreThan && !t.spaced(i + 1)) {
      return null;
    }
    for (Count count : counts(t, c)) {
      Duration d = unitAfter(t, count);
      Integer rel = d == null ? null : value(t, d.next(), RELATIONS, d.next() - 1);
      Integer day = rel == null ? null : value(t, d.next() + 1, FROM_DAYS, d.next());
      if (day == null || !endsWord(t, d.next() + 1) || t.at(d.next() + 1).is("tonight")) {
        continue;
      }
      int n = d.count() * rel;
      LocalDate shifted = RelativeDates.shift(ref.plusDays(day), d.unit(), n);
      int last = d.next() + 1;
      if (moreThan) {
        // "more than 2 weeks before today": any day up to that one; "... after today": from that one on
        return new Match(last + 1, n < 0 ? found(t, i, last, null, shifted, Granularity.DAY)
            : found(t, i, last, shifted, null, Granularity.DAY));
      }
      return new Match(last + 1, found(t, i, last, shifted, shifted, Granularity.DAY));
    }
    return null;
  };

  /**
   * "the last 3 days", "next two weeks", "within the next 5 years", "3 past months": a step word
   * and a duration; back from the day before the reference, forward from the day after it, or
   * "within" from the reference day on.
   */
  static final Rule SPAN = (t, i, ref) -> {
    Token w = t.at(i);
    List<Integer> countStarts = new ArrayList<>(4);
    boolean within = w.is("within");
    if (within) {
      // within [the] [next], longest first
      boolean the = is(t, i, 1, "the");
      if (the && is(t, i, 2, "next")) {
        countStarts.add(i + 3);
      }
      if (the) {
        countStarts.add(i + 2);
      }
      if (is(t, i, 1, "next")) {
        countStarts.add(i + 2);
      }
      countStarts.add(i + 1);
    } else if (STEPS.getOrDefault(w.lower(), 0) != 0) {
      countStarts.add(i + 1);
    }
    for (int c : countStarts) {
      if (!t.spaced(c - 1)) {
        continue;
      }
      for (Count count : counts(t, c)) {
        Duration d = unitAfter(t, count);
        if (d != null && endsWord(t, d.next() - 1)) {
          return new Match(d.next(), span(t, i, d, within ? 0 : STEPS.get(w.lower()), ref));
        }
      }
    }
    for (Count count : counts(t, i)) {
      // "the 3 next days": count, step word, plural unit
      Integer step = t.spaced(count.next() - 1) ? value(t, count.next(), STEPS, count.next() - 1) : null;
      Token unit = t.at(count.next() + 1);
      if (step != null && step != 0 && t.spaced(count.next()) && UNITS.contains(unit.lower())
          && unit.lower().endsWith("s") && endsWord(t, count.next() + 1)) {
        Duration d = new Duration(count.value(), unit.lower(), count.next() + 2);
        return new Match(d.next(), span(t, i, d, step, ref));
      }
    }
    return null;
  };

  /** "in two weeks", "in 3 days": that many units after the reference day (not decades, see above). */
  static final Rule IN_N = (t, i, ref) -> {
    if (!t.at(i).is("in") || !t.spaced(i)) {
      return null;
    }
    for (Count count : counts(t, i + 1)) {
      Duration d = unitAfter(t, count);
      if (d != null && !d.unit().startsWith("decade") && endsWord(t, d.next() - 1)) {
        LocalDate day = RelativeDates.shift(ref, d.unit(), d.count());
        return new Match(d.next(), found(t, i, d.next() - 1, day, day, Granularity.DAY));
      }
    }
    return null;
  };

  /**
   * Durations, at least {@code min} and at most {@code max} of them ("2 weeks and 2 days", "1 year,
   * 3 months"), then "ago": each moves the reference day back in turn.
   */
  static Rule agoRule(int min, int max) {
    return (t, i, ref) -> {
      List<Duration> pieces = new ArrayList<>();
      int at = i;
      while (pieces.size() < max) {
        Duration d = duration(t, at);
        if (d == null) {
          break;
        }
        pieces.add(d);
        int next = joinedDuration(t, d.next() - 1);
        if (next < 0) {
          break;
        }
        at = next;
      }
      while (pieces.size() >= min) {
        Duration last = pieces.get(pieces.size() - 1);
        int agoAt = last.next();
        if (t.spaced(agoAt - 1) && t.at(agoAt) != null && AGO.contains(t.at(agoAt).lower()) && endsWord(t, agoAt)) {
          LocalDate day = ref;
          for (Duration d : pieces) {
            day = RelativeDates.shift(day, d.unit(), -d.count());
          }
          return new Match(agoAt + 1, found(t, i, agoAt, day, day, Granularity.DAY));
        }
        pieces.remove(pieces.size() - 1);
      }
      return null;
    };
  }

  /**
   * "next week", "this month", "the past calendar year", "last quarter", "earlier this year": the
   * week (Monday to Sunday), month, year or quarter that many steps from the reference's; after
   * "earlier"/"later" [in], the part of the current period before or from the reference day.
   */
  static final Rule PERIOD = (t, i, ref) -> {
    Integer side = SIDES.get(t.at(i).lower());
    if (side == null) {
      return period(t, i, i, ref, null);
    }
    Match m = is(t, i, 1, "in") ? period(t, i, i + 2, ref, side) : null; // "later in this month", "earlier in the week"
    return m != null ? m : period(t, i, i + 1, ref, side);
  };

  /**
   * "the week", "the month", "the year" with no step word: the reference day's period ("sales in
   * the year", "partner of the year.", "the 15th of the month"), when it closes a clause or follows
   * a preposition with no clause tied after it; never "the year before"/"the year that" (a year
   * placed by something else), "by the month" (each month) or before "of", "to", "ended", a number
   * or a hyphen ("the month of May", "the year to March", "the year 2019", "the year-earlier
   * quarter", "the week starting May 4"): other rules read those, or they name another period.
   */
  static final Rule THE_PERIOD = (t, i, ref) -> t.at(i).is("the") ? period(t, i, i, ref, null) : null;

  /**
   * Whether "the" at {@code the} and its unit at {@code unit} close the clause (punctuation or the
   * end next, not after "by", "per" or "than": "worse by the month") or follow a preposition of
   * place in time ("in the year", "of the month") with no clause or other date tied after them.
   */
  private static boolean closesOrFollowsPreposition(DateTokens t, int the, int unit) {
    Token prev = t.at(the - 1);
    if (prev != null && (prev.is("by") || prev.is("per") || prev.is("than"))) {
      return false;
    }
    Token next = t.at(unit + 1);
    if (!t.at(unit).text().equals(t.at(unit).lower())) {
      return false; // "Figure of the Week": a title
    }
    if (next != null && (next.isSymbol('-') || next.isSymbol('\'') || next.isSymbol('’'))) {
      return false; // "the year-earlier quarter", "the year's", "the year '17"
    }
    if (next == null || (!next.isWord() && !next.isNumber() && !next.isSymbol('-'))) {
      return true;
    }
    return prev != null && IN_PERIOD.contains(prev.lower()) && next.isWord() && !OTHER_PERIOD.contains(next.lower())
        && !THE_PERIOD_STOPS.contains(next.lower());
  }

  private static Match period(DateTokens t, int start, int at, LocalDate ref, Integer side) {
    Token stepWord = t.at(at);
    Integer step = stepWord == null || (at > start && !t.spaced(at - 1)) ? null : STEPS.get(stepWord.lower());
    boolean the = step == null && stepWord != null && stepWord.is("the") && (at == start || t.spaced(at - 1));
    if (step == null && !the) {
      return null;
    }
    int u = !the && is(t, at, 1, "calendar") ? at + 2 : at + 1; // "the past calendar year"
    Token unit = t.at(u);
    if (unit == null || !t.spaced(u - 1) || !PERIOD_UNITS.contains(unit.lower()) || !endsWord(t, u)) {
      return null;
    }
    if (the) {
      if (unit.is("quarter") || (side == null && !closesOrFollowsPreposition(t, at, u))) {
        return null;
      }
      step = 0;
    }
    LocalDate first;
    LocalDate last;
    Granularity g;
    switch (unit.lower()) {
      case "week" -> {
        first = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
        last = first.plusDays(6);
        g = Granularity.WEEK;
      }
      case "month" -> {
        YearMonth ym = YearMonth.from(ref).plusMonths(step);
        first = ym.atDay(1);
        last = ym.atEndOfMonth();
        g = Granularity.MONTH;
      }
      case "quarter" -> {
        YearMonth q = YearMonth.of(ref.getYear(), (ref.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3L * step);
        first = q.atDay(1);
        last = q.plusMonths(2).atEndOfMonth();
        g = Granularity.MONTH;
      }
      default -> {
        int y = ref.getYear() + step;
        first = LocalDate.of(y, 1, 1);
        last = LocalDate.of(y, 12, 31);
        g = Granularity.YEAR;
      }
    }
    boolean current = !first.isAfter(ref) && !last.isBefore(ref);
    if (side != null && current && side < 0 && first.isBefore(ref)) {
      return new Match(u + 1, found(t, start, u, first, ref.minusDays(1), Granularity.DAY));
    }
    if (side != null && current && side > 0) {
      return new Match(u + 1, found(t, start, u, ref, last, Granularity.DAY));
    }
    return new Match(u + 1, found(t, start, u, first, last, g));
  }

  // ---- durations before an anchor ----

  /**
   * A duration and a relation word ending right before an anchor ("3 days before May 13", "a
   * couple of weeks after Easter").
   *
   * @param start text offset of the count
   * @param direction -1 before, +1 after or from
   * @param relation the relation word, lower case
   */
  record Offset(int start, int count, String unit, int direction, String relation) {}

  /** The duration and relation word that end, white space after them, at text offset {@code offset}; or null. */
  static Offset durationBefore(DateTokens t, int offset) {
    int r = t.lastBefore(offset);
    if (r < 1 || t.at(r).end() == offset) {
      return null;
    }
    Integer direction = RELATIONS.get(t.at(r).lower());
    int u = r - 1;
    if (direction == null || !t.spaced(u) || !UNITS.contains(t.at(u).lower())) {
      return null;
    }
    for (int c = Math.max(0, u - 3); c < u; c++) { // the leftmost count first: "a couple of", then "couple of"
      Count count = countEndingAt(t, c, u);
      if (count != null) {
        return new Offset(t.at(c).start(), count.value(), t.at(u).lower(), direction, t.at(r).lower());
      }
    }
    return null;
  }

  /** A count and a unit: the token index where the phrase starts, the count's value, and the unit word in lower case. */
  record Counted(int start, int count, String unit) {}

  /** Whether {@code tok} is a counted calendar unit ({@code date-words.tsv} role unit: "day", "weeks", ...). */
  static boolean isUnit(Token tok) {
    return tok != null && UNITS.contains(tok.lower());
  }

  /** The count before unit token {@code u} (white space between; the leftmost reading: "a couple of"), or null. */
  static Counted countedUnit(DateTokens t, int u) {
    if (u < 1 || !UNITS.contains(t.at(u).lower())) {
      return null;
    }
    for (int c = Math.max(0, u - 3); c < u; c++) {
      Count count = countEndingAt(t, c, u);
      if (count != null) {
        return new Counted(c, count.value(), t.at(u).lower());
      }
    }
    return null;
  }

  /**
   * A leading or trailing run of units of a period ("the first 2 weeks of", "last four months of
   * the"), ending, white space after it, at text offset {@code offset}.
   *
   * @param start text offset of its first word ("the" when there is one)
   * @param fromStart true for "first", false for "last"/"final"
   */
  record Run(int start, boolean fromStart, int count, String unit) {}

  /** The run that ends at text offset {@code offset}, or null. */
  static Run runBefore(DateTokens t, int offset) {
    int k = t.lastBefore(offset);
    if (k < 0 || t.at(k).end() == offset) {
      return null;
    }
    int of = t.at(k).is("the") && t.spaced(k - 1) ? k - 1 : k;
    if (of < 1 || !t.at(of).is("of") || !t.spaced(of - 1)) {
      return null;
    }
    int u = of - 1;
    String unit = t.at(u).lower();
    if (!RUN_UNITS.contains(unit)) {
      return null;
    }
    for (int c = Math.max(1, u - 3); c < u; c++) {
      Token edge = t.at(c - 1);
      boolean first = Long.valueOf(1).equals(ORDINALS.get(edge.lower()));
      Count count = first || LAST_WORDS.contains(edge.lower()) ? countEndingAt(t, c, u) : null;
      if (count == null || !t.spaced(c - 1) || !startsWord(t, c - 1)) {
        continue;
      }
      int start = c - 1;
      Token the = t.at(start - 1);
      if (the != null && the.is("the") && t.spaced(start - 1) && startsWord(t, start - 1)) {
        start--;
      }
      return new Run(t.at(start).start(), first, count.value(), unit);
    }
    return null;
  }

  /** A count read at token {@code c} that ends right before token {@code unit}, white space between. */
  static Count countEndingAt(DateTokens t, int c, int unit) {
    if (!startsWord(t, c) || !t.spaced(unit - 1)) {
      return null;
    }
    for (Count count : counts(t, c)) {
      if (count.next() == unit) {
        return count;
      }
    }
    return null;
  }

  // ---- durations and counts ----

  /** A count read at a token: its value and the token index past it. */
  record Count(int value, int next) {}

  /** A count and its unit: the unit word and the token index past it. */
  private record Duration(int count, String unit, int next) {}

  /** The count at {@code c} followed by a unit, or null. */
  private static Duration unitAfter(DateTokens t, Count count) {
    Token unit = t.at(count.next());
    if (unit == null || !t.spaced(count.next() - 1) || !UNITS.contains(unit.lower())) {
      return null;
    }
    return new Duration(count.value(), unit.lower(), count.next() + 1);
  }

  /** The first duration read at {@code i} (longest count first) that ends a word, or null. */
  private static Duration duration(DateTokens t, int i) {
    for (Count count : counts(t, i)) {
      Duration d = unitAfter(t, count);
      if (d != null && endsWord(t, d.next() - 1)) {
        return d;
      }
    }
    return null;
  }

  /**
   * Where the next duration of a list starts after the unit at {@code unit}: past an optional
   * comma and an optional "and" ("2 weeks, 3 days", "2 weeks and 2 days"), white space before the
   * count; -1 when none can.
   */
  private static int joinedDuration(DateTokens t, int unit) {
    int at = unit + 1;
    Token next = t.at(at);
    if (next == null) {
      return -1;
    }
    if (next.isSymbol(',')) {
      if (!t.spaced(at)) {
        return -1;
      }
      at++;
    } else if (!t.spaced(unit)) {
      return -1;
    }
    if (is(t, at - 1, 1, "and") && t.at(at).is("and")) {
      if (!t.spaced(at)) {
        return -1;
      }
      at++;
    }
    return at;
  }

  /**
   * The readings of a count at token {@code i}, longest first: up to three digits, "a couple of",
   * "a couple", "couple of", "couple", "a", "an" or a cardinal word from one to a hundred.
   */
  static List<Count> counts(DateTokens t, int i) {
    Token tok = t.at(i);
    if (tok == null) {
      return List.of();
    }
    if (tok.isNumber()) {
      return tok.length() <= 3 ? List.of(new Count(tok.value(), i + 1)) : List.of();
    }
    if (!tok.isWord()) {
      return List.of();
    }
    List<Count> out = new ArrayList<>(3);
    int couple = tok.is("couple") ? i : tok.is("a") && is(t, i, 1, "couple") && t.spaced(i) ? i + 1 : -1;
    if (couple >= 0) {
      if (is(t, couple, 1, "of") && t.spaced(couple)) {
        out.add(new Count(2, couple + 2));
      }
      out.add(new Count(2, couple + 1));
    }
    Integer word = RelativeDates.countWord(tok.lower());
    if (word != null) {
      out.add(new Count(word, i + 1));
    }
    return out;
  }

  // ---- helpers ----

  private static Map<String, Integer> union(Map<String, Integer> a, Map<String, Integer> b) {
    Map<String, Integer> out = new java.util.HashMap<>(a);
    out.putAll(b);
    return Map.copyOf(out);
  }

  private static Found span(DateTokens t, int start, Duration d, int step, LocalDate ref) {
    int end = d.next() - 1;
    if (step < 0) {
      return found(t, start, end, RelativeDates.shift(ref, d.unit(), -d.count()), ref.minusDays(1), Granularity.DAY);
    }
    if (step == 0) {
      return found(t, start, end, ref, RelativeDates.shift(ref, d.unit(), d.count()).minusDays(1), Granularity.DAY);
    }
    return found(t, start, end, ref.plusDays(1), RelativeDates.shift(ref, d.unit(), d.count()), Granularity.DAY);
  }

  private static Found found(DateTokens t, int firstToken, int lastToken, LocalDate first, LocalDate last, Granularity g) {
    return new Found(t.at(firstToken).start(), t.at(lastToken).end(), first, last, g);
  }

  /** True when token {@code i + offset} is {@code word} and white space separates it from the token before. */
  private static boolean is(DateTokens t, int i, int offset, String word) {
    Token tok = t.at(i + offset);
    return tok != null && tok.is(word) && t.spaced(i + offset - 1);
  }

  /** The value of token {@code i} in {@code words} when white space separates it from token {@code prev}. */
  private static Integer value(DateTokens t, int i, Map<String, Integer> words, int prev) {
    Token tok = t.at(i);
    return tok == null || !t.spaced(prev) || prev != i - 1 ? null : words.get(tok.lower());
  }

  /** True when token {@code i} begins a word (as a pattern's {@code \b} reads it). */
  private static boolean startsWord(DateTokens t, int i) {
    Token tok = t.at(i);
    return tok != null && !tok.isSymbol(tok.text().charAt(0)) && !DateTokens.isWordChar(t.charAt(tok.start() - 1));
  }

  /** True when token {@code i} ends a word. */
  private static boolean endsWord(DateTokens t, int i) {
    Token tok = t.at(i);
    return tok != null && !DateTokens.isWordChar(t.charAt(tok.end()));
  }
}
