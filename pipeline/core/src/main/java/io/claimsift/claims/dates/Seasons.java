package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.lexicon.DateWords;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The season rule of the date engine, over the sentence's {@link DateTokens}: an optional step word,
 * a season word, and an optional year ("summer 2019", "the winter of 2018", "last summer", "this
 * fall"). Seasons are meteorological (northern) quarters starting in the month the lexicon gives
 * ({@code date-words.tsv}, role season: spring March-May, summer June-August, autumn/fall
 * September-November, winter December to February; winter Y starts in December of Y). With a year
 * it needs no reference day; without one it is the season around the reference day (the current
 * one, else this year's; a step word back, "last", the latest one ended before it, a step word
 * forward, "next", the first one starting after it). The step words are the lexicon's (role step).
 *
 * <p>A season word is often an adjective or a name ("winter storm", "Arab Spring", "prices fall"),
 * so it counts only when it reads as a time: not followed by a lower-case content word, not a
 * capitalised name inside a sentence, and "fall"/"spring" only after a determiner or preposition.
 * Reads a bounded number of tokens around each season word. Stateless and thread-safe.
 */
final class Seasons {

  private static final Map<String, Integer> START_MONTHS = DateWords.values("season");
  private static final Map<String, Integer> STEPS = DateWords.values("step");
  /** Words after which "spring"/"fall" are nouns of time ("in the fall", "this spring"). */
  private static final Set<String> TIME_DETERMINERS =
      Set.of("the", "this", "last", "next", "coming", "past", "previous", "current", "in", "during", "early", "late",
          "mid", "by", "until", "till", "since", "through", "whole", "entire", "all", "of");
  /** Lower-case words that may follow a season used as a time ("summer and autumn", "winter months"). */
  private static final Set<String> MAY_FOLLOW =
      Set.of("of", "and", "or", "to", "in", "on", "at", "for", "is", "was", "were", "will", "would", "has", "had",
          "have", "be", "been", "when", "while", "as", "with", "period", "months", "season", "term", "semester",
          "quarter", "this", "that", "so", "but", "after", "before", "until", "since", "the", "a", "we", "they", "he",
          "she", "it", "i", "you", "there", "through", "break", "holidays", "vacation", "recess");
  /** The years a season may name. */

  private Seasons() {}

  /** One reading: the tokens of the step word (or -1), the season word and the year (or -1). */
  private record Reading(int step, int name, int year) {
    int first() {
      return step >= 0 ? step : name;
    }

    int last() {
      return year >= 0 ? year : name;
    }
  }

  /** Seasons in {@code t}; those without a year need {@code ref} and are skipped when it is null. */
  static List<RelativeDates.Found> find(DateTokens t, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Reading r = readAt(t, i);
      if (r == null) {
        i++;
        continue;
      }
      i = r.last() + 1; // like a pattern's next match, the scan goes on after this reading
      if (!readsAsTime(t, r)) {
        continue;
      }
      int startMonth = START_MONTHS.get(t.at(r.name()).lower());
      YearMonth first;
      if (r.year() >= 0) {
        if (r.step() >= 0) {
          continue; // "last summer 2019": contradictory, leave it
        }
        first = YearMonth.of(t.at(r.year()).value(), startMonth);
      } else if (ref != null) {
        first = around(startMonth, r.step() < 0 ? 0 : STEPS.get(t.at(r.step()).lower()), ref);
      } else {
        continue;
      }
      out.add(new RelativeDates.Found(t.at(r.first()).start(), t.at(r.last()).end(), first.atDay(1),
          first.plusMonths(2).atEndOfMonth(), Granularity.MONTH));
    }
    return out;
  }

  /** The reading starting at token {@code i}: a step word and a season, or a season; null when none starts there. */
  private static Reading readAt(DateTokens t, int i) {
    Token tok = t.at(i);
    if (!tok.isWord() || DateTokens.isWordChar(t.charAt(tok.start() - 1))) {
      return null;
    }
    int step = -1;
    int name = i;
    if (STEPS.containsKey(tok.lower()) && t.spaced(i) && isSeason(t, i + 1)) {
      step = i;
      name = i + 1;
    } else if (!isSeason(t, i)) {
      return null;
    }
    return new Reading(step, name, t.yearAfter(name, true));
  }

  private static boolean isSeason(DateTokens t, int i) {
    Token tok = t.at(i);
    return tok != null && tok.isWord() && START_MONTHS.containsKey(tok.lower())
        && !DateTokens.isWordChar(t.charAt(tok.end()));
  }


  private static boolean readsAsTime(DateTokens t, Reading r) {
    Token name = t.at(r.name());
    String lower = name.lower();
    Token prev = wordBefore(t, r.name());
    boolean directlyBefore = prev != null && prev.end() == t.at(r.name() - 1).end(); // only white space between
    if (r.step() < 0 && (lower.equals("fall") || lower.equals("spring"))
        && !(directlyBefore && TIME_DETERMINERS.contains(prev.lower()))) {
      return false;
    }
    boolean capitalised = Character.isUpperCase(name.text().charAt(0));
    if (capitalised && directlyBefore && Character.isUpperCase(prev.text().charAt(0))) {
      return false; // "Arab Spring", "Hotel Winter"
    }
    if (r.year() >= 0) {
      return true;
    }
    Token after = t.at(r.last() + 1);
    if (after == null || !after.isWord() || !t.spaced(r.last())) {
      return true;
    }
    String next = after.text();
    if (Character.isUpperCase(next.charAt(0))) {
      return next.equals("I") || !capitalised; // "Winter Olympics" is a name, "last summer Obama said" a time
    }
    if (next.equals("of") || lower.equals("fall") && next.equals("in")) {
      return false; // "the summer of love", "the fall of Rome", "the fall in prices" (a year after "of" was taken above)
    }
    return MAY_FOLLOW.contains(after.lower());
  }

  /**
   * The last word before token {@code i} when only signs that are not word characters lie between
   * (a number or an underscore in between means none), or null.
   */
  private static Token wordBefore(DateTokens t, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Token tok = t.at(j);
      if (tok.isWord()) {
        return tok;
      }
      if (tok.isNumber() || DateTokens.isWordChar(tok.text().charAt(0))) {
        return null;
      }
    }
    return null;
  }

  /** The season instance meant by a step back (-1), forward (1) or none (0) on {@code ref}. */
  private static YearMonth around(int startMonth, int step, LocalDate ref) {
    YearMonth current = YearMonth.of(ref.getYear(), startMonth);
    if (startMonth == 12 && ref.getMonthValue() <= 2) {
      current = current.minusYears(1); // January and February belong to the winter begun in December
    }
    LocalDate first = current.atDay(1);
    LocalDate last = current.plusMonths(2).atEndOfMonth();
    if (step < 0) {
      return last.isBefore(ref) ? current : current.minusYears(1);
    }
    if (step > 0) {
      return first.isAfter(ref) ? current : current.plusYears(1);
    }
    return current;
  }
}
