package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.lexicon.DateWords;
import io.claimsift.lexicon.Weekdays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;

/**
 * The weekday rule of the date engine, over {@link DateTokens}: a weekday name, optionally after a
 * step word ("Monday", "next Friday", "last Tuesday", "this coming Sunday"), placed from the
 * reference day. The step words and what each does are the lexicon's ({@code date-words.tsv}, role
 * weekday-step): 1 the day of the next Monday-to-Sunday week, -1 of the previous week, 0 of this
 * week, 2 the first such day after the reference day, -2 the last such day before it; "this"
 * before a word of value 2 ("this upcoming Monday") reads as that word. A weekday alone is the
 * latest one up to the reference day (news reports what happened). Reads at most three tokens.
 * Stateless.
 */
final class WeekdayPhrases {

  private static final Map<String, Integer> STEPS = DateWords.values("weekday-step");
  private static final Set<String> NAMES = Set.copyOf(Weekdays.names());

  private WeekdayPhrases() {}

  /** "next Friday", "Monday": the day, read at token {@code i}. */
  static final RelativePhrases.Rule NAMED_WEEKDAY = (t, i, ref) -> {
    Reading r = readAt(t, i);
    if (r == null) {
      return null;
    }
    LocalDate d = resolve(r.day(), r.step(), ref);
    return new RelativePhrases.Match(r.last() + 1,
        new RelativeDates.Found(t.at(i).start(), t.at(r.last()).end(), d, d, Granularity.DAY));
  };

  /** A weekday with its step word: the token of the weekday, the day, and the step (null for none). */
  private record Reading(int last, DayOfWeek day, Integer step) {}

  /** True when the whole of {@code text} is a weekday, with or without a step word ("Friday", "next Friday"). */
  static boolean isWeekday(String text) {
    DateTokens t = DateTokens.of(text);
    Reading r = t.size() == 0 ? null : readAt(t, 0);
    return r != null && r.last() == t.size() - 1 && t.at(0).start() == 0 && t.at(r.last()).end() == text.length();
  }

  /** True when {@code text} begins with a weekday, with or without a step word ("Thursday or Friday"). */
  static boolean startsWithWeekday(String text) {
    DateTokens t = DateTokens.of(text);
    return t.size() > 0 && t.at(0).start() == 0 && readAt(t, 0) != null;
  }

  private static Reading readAt(DateTokens t, int i) {
    Token tok = t.at(i);
    Integer step = STEPS.get(tok.lower());
    if (step != null && t.spaced(i)) {
      Integer then = STEPS.get(t.at(i + 1).lower());
      if (step == 0 && then != null && then == 2 && t.spaced(i + 1) && isName(t, i + 2)) {
        return new Reading(i + 2, Weekdays.day(t.at(i + 2).lower()), then); // "this coming Monday"
      }
      if (isName(t, i + 1)) {
        return new Reading(i + 1, Weekdays.day(t.at(i + 1).lower()), step);
      }
    }
    return isName(t, i) ? new Reading(i, Weekdays.day(tok.lower()), null) : null;
  }

  /** True when token {@code i} is a whole weekday name (not "Mondays", not "Mon"). */
  private static boolean isName(DateTokens t, int i) {
    Token tok = t.at(i);
    return tok != null && tok.isWord() && NAMES.contains(tok.lower()) && !DateTokens.isWordChar(t.charAt(tok.end()));
  }

  private static LocalDate resolve(DayOfWeek day, Integer step, LocalDate ref) {
    LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    if (step == null) {
      return ref.with(TemporalAdjusters.previousOrSame(day));
    }
    return switch (step) {
      case 2 -> ref.with(TemporalAdjusters.next(day));
      case -2 -> ref.with(TemporalAdjusters.previous(day));
      default -> monday.plusWeeks(step).plusDays(day.getValue() - 1L);
    };
  }
}
