package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.claims.dates.RelativeDates.Found;
import io.claimsift.claims.dates.RelativePhrases.Count;
import io.claimsift.claims.dates.RelativePhrases.Match;
import io.claimsift.lexicon.DateWords;
import io.claimsift.lexicon.Numerals;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;

/**
 * The named-period rules of the date engine, over {@link DateTokens}: weekends, working weeks,
 * runs of business days, runs of whole quarters and centuries. Each is a step word of
 * {@code date-words.tsv} (or an ordinal) and the period's word:
 * <ul>
 *   <li>"this weekend", "last weekend", "the coming weekend", "weekend": Saturday and Sunday, placed
 *       as a weekday is (role weekday-step: "next" the next week's, "coming" the first after the
 *       reference day, "past" the last before it); a bare "weekend" after "every", "each", "a",
 *       "per", "of" or "any" is a habit, not a date;
 *   <li>"this working week", "next work week", "the previous business week", "workweek": Monday to
 *       Friday of the week the step word places (role step; workday words are role workday);
 *   <li>"the next 4 business days", "the past 3 working days": that many weekdays after or before
 *       the reference day, which is not counted (public holidays are not known);
 *   <li>"the last 2 quarters", "the next three quarters": whole calendar quarters before the
 *       reference's quarter or after it;
 *   <li>"the 21st century", "the nineteenth century", "10th century" (from the 10th, the earliest
 *       the output's date fields hold; not "BC", not "the first century
 *       of our history" nor "our third century", counted from something else), and "this century",
 *       "the next century": a hundred years, the n-th starting in year (n - 1) * 100; like a
 *       decade, a step word that goes back is not read ("the past century" is the last hundred
 *       years in news).
 * </ul>
 * Each rule reads at most seven tokens. Stateless.
 */
final class NamedPeriods {

  private static final Map<String, Integer> STEPS = DateWords.values("step");
  private static final Map<String, Integer> WEEKDAY_STEPS = DateWords.values("weekday-step");
  private static final Set<String> WORKDAY = DateWords.of("workday");
  private static final Map<String, Long> ORDINALS = Numerals.ordinals();
  /** The earliest century read: the output's date fields hold days from the year 900 on. */
  private static final int FIRST_CENTURY = 10;
  private static final Set<String> SUFFIXES = Set.of("st", "nd", "rd", "th");
  /** Words before a bare "weekend" that make it a habit ("every weekend", "a weekend away"). */
  private static final Set<String> HABIT = Set.of("every", "each", "a", "per", "of", "any");
  /** Words before an ordinal century that count it from something else ("our third century"). */
  private static final Set<String> POSSESSIVES = Set.of("our", "its", "their", "his", "her", "my", "your");
  /** Words after a century that put it before the common era. */
  private static final Set<String> BEFORE_COMMON_ERA = Set.of("bc", "bce", "b");

  private NamedPeriods() {}

  /** "this weekend", "last weekend", "weekend". */
  static final RelativePhrases.Rule WEEKEND = (t, i, ref) -> {
    Integer step = WEEKDAY_STEPS.get(t.at(i).lower());
    int at = step != null && t.spaced(i) ? i + 1 : i;
    Integer then = at > i && step == 0 && t.at(at) != null ? WEEKDAY_STEPS.get(t.at(at).lower()) : null;
    if (then != null && Math.abs(then) == 2 && t.spaced(at)) {
      step = then; // "this coming weekend", "this past weekend" read as "coming", "past"
      at++;
    }
    Token w = t.at(at);
    if (w == null || !w.is("weekend") || !endsWord(t, at)) {
      return null;
    }
    Token before = t.at(i - 1);
    if (at == i && before != null && HABIT.contains(before.lower()) && t.spaced(i - 1)) {
      return new Match(at + 1, null);
    }
    LocalDate saturday = saturday(ref, at == i ? 0 : step);
    return new Match(at + 1, found(t, i, at, saturday, saturday.plusDays(1), Granularity.DAY));
  };

  /** "this working week", "next work-week", "the previous business week", "current workweek". */
  static final RelativePhrases.Rule WORK_WEEK = (t, i, ref) -> {
    Integer step = STEPS.get(t.at(i).lower());
    if (step == null || !t.spaced(i)) {
      return null;
    }
    int last = workWeekEnd(t, i + 1);
    if (last < 0) {
      return null;
    }
    LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
    return new Match(last + 1, found(t, i, last, monday, monday.plusDays(4), Granularity.WEEK));
  };

  /** "next 4 business days", "the past three working days". */
  static final RelativePhrases.Rule BUSINESS_DAYS = (t, i, ref) -> {
    Integer step = STEPS.get(t.at(i).lower());
    if (step == null || step == 0 || !t.spaced(i)) {
      return null;
    }
    for (Count count : RelativePhrases.counts(t, i + 1)) {
      Token workday = t.at(count.next());
      Token days = t.at(count.next() + 1);
      if (workday != null && WORKDAY.contains(workday.lower()) && t.spaced(count.next() - 1) && t.spaced(count.next())
          && (days.is("day") || days.is("days")) && endsWord(t, count.next() + 1) && count.value() > 0) {
        LocalDate near = businessDays(ref, step < 0 ? -1 : 1);
        LocalDate far = businessDays(ref, step < 0 ? -count.value() : count.value());
        Found f = step < 0 ? found(t, i, count.next() + 1, far, near, Granularity.DAY)
            : found(t, i, count.next() + 1, near, far, Granularity.DAY);
        return new Match(count.next() + 2, f);
      }
    }
    return null;
  };

  /** "the last 2 quarters", "the coming three quarters". */
  static final RelativePhrases.Rule QUARTERS = (t, i, ref) -> {
    Integer step = STEPS.get(t.at(i).lower());
    if (step == null || step == 0 || !t.spaced(i)) {
      return null;
    }
    for (Count count : RelativePhrases.counts(t, i + 1)) {
      Token unit = t.at(count.next());
      if (unit != null && unit.is("quarters") && t.spaced(count.next() - 1) && endsWord(t, count.next())
          && count.value() > 0) {
        int n = count.value();
        LocalDate current = ref.withDayOfMonth(1).withMonth((ref.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate first = step < 0 ? current.minusMonths(3L * n) : current.plusMonths(3);
        LocalDate last = (step < 0 ? current : current.plusMonths(3L + 3L * n)).minusDays(1);
        return new Match(count.next() + 1, found(t, i, count.next(), first, last, Granularity.MONTH));
      }
    }
    return null;
  };

  /** "21st century", "the twentieth century", "twenty-first century"; "this century", "the next century". */
  static final RelativePhrases.Rule CENTURY = (t, i, ref) -> {
    int[] ordinal = ordinal(t, i);
    Integer step = ordinal == null ? STEPS.get(t.at(i).lower()) : null;
    int at = ordinal != null ? ordinal[1] : i + 1;
    Token word = t.at(at);
    if ((ordinal == null && (step == null || step < 0 || ref == null)) || word == null || !word.is("century")
        || !t.spaced(at - 1) || !endsWord(t, at)) {
      return null;
    }
    Token after = t.at(at + 1);
    Token before = t.at(i - 1);
    if (after != null && t.spaced(at) && (BEFORE_COMMON_ERA.contains(after.lower()) || after.is("of"))
        || before != null && t.spaced(i - 1) && POSSESSIVES.contains(before.lower())) {
      return new Match(at + 1, null); // "5th century BC", "the first century of our history", "our third century"
    }
    int n = ordinal != null ? ordinal[0] : ref.getYear() / 100 + 1 + step;
    if (n < FIRST_CENTURY) {
      return new Match(at + 1, null); // "the 7th century": before the days a date field holds (from 900)
    }
    int startYear = (n - 1) * 100;
    return new Match(at + 1, found(t, i, at, LocalDate.of(startYear, 1, 1), LocalDate.of(startYear + 99, 12, 31),
        Granularity.YEAR));
  };

  /**
   * An ordinal from 1 to 21 at token {@code i}: "21st", "nineteenth", "twenty-first", "twenty
   * first"; its value and the token index past it, or null.
   */
  static int[] ordinal(DateTokens t, int i) {
    Token tok = t.at(i);
    if (tok.isNumber() && tok.length() <= 2 && t.glued(i) && SUFFIXES.contains(t.at(i + 1).lower())) {
      return tok.value() >= 1 && tok.value() <= 21 && endsWord(t, i + 1) ? new int[] {tok.value(), i + 2} : null;
    }
    if (!tok.isWord()) {
      return null;
    }
    Long units = ORDINALS.get(tok.lower());
    if (units != null) {
      return units <= 21 && endsWord(t, i) ? new int[] {units.intValue(), i + 1} : null;
    }
    Integer tens = RelativeDates.countWord(tok.lower());
    if (tens == null || tens != 20) {
      return null;
    }
    boolean hyphen = t.glued(i) && t.at(i + 1).isSymbol('-') && t.glued(i + 1);
    int k = hyphen ? i + 2 : t.spaced(i) ? i + 1 : -1;
    Long unit = k < 0 || t.at(k) == null ? null : ORDINALS.get(t.at(k).lower());
    return unit != null && unit == 1 && endsWord(t, k) ? new int[] {21, k + 1} : null;
  }

  /** The last token of "work week", "working week", "work-week", "workweek", "business week" at {@code k}, or -1. */
  private static int workWeekEnd(DateTokens t, int k) {
    Token w = t.at(k);
    if (w == null) {
      return -1;
    }
    if ((w.is("workweek") || w.is("workingweek")) && endsWord(t, k)) {
      return k;
    }
    if (!WORKDAY.contains(w.lower())) {
      return -1;
    }
    boolean hyphen = t.glued(k) && t.at(k + 1).isSymbol('-') && t.glued(k + 1) && !w.is("business");
    int week = hyphen ? k + 2 : t.spaced(k) ? k + 1 : -1;
    return week > 0 && t.at(week) != null && t.at(week).is("week") && endsWord(t, week) ? week : -1;
  }

  /** The day {@code n} weekdays after {@code ref} (before it when negative). */
  static LocalDate businessDays(LocalDate ref, int n) {
    LocalDate d = ref;
    int step = n < 0 ? -1 : 1;
    for (int left = Math.abs(n); left > 0; ) {
      d = d.plusDays(step);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }

  /** Saturday of the reference's (Monday-based) week moved as a weekday step word moves a weekday. */
  private static LocalDate saturday(LocalDate ref, int step) {
    LocalDate thisWeeks = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
    return switch (step) {
      case 2 -> ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)); // the first weekend after the reference day
      case -2 -> ref.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
      default -> thisWeeks.plusWeeks(step);
    };
  }

  private static Found found(DateTokens t, int firstToken, int lastToken, LocalDate first, LocalDate last, Granularity g) {
    return new Found(t.at(firstToken).start(), t.at(lastToken).end(), first, last, g);
  }

  private static boolean endsWord(DateTokens t, int i) {
    Token tok = t.at(i);
    return tok != null && !DateTokens.isWordChar(t.charAt(tok.end()));
  }
}
