package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.lexicon.DateWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The day-step rule of the date engine: "the next day", "the previous day", "that same day", a day
 * placed from the last closed day before it ({@code date-words.tsv}, role day-step, value: days
 * after it). This rule only finds the phrases and their steps; {@link DateExtractor} places them
 * from the sentence's previous day or the {@link DateContext}'s, and drops them without one. One
 * pass over the tokens, three tokens read at each: linear. Stateless.
 */
final class DaySteps {

  /** A phrase found: its text (the step word to "day"), offsets and the days it steps. */
  record Step(String text, int start, int end, int days) {}

  private static final Map<String, Integer> STEPS = DateWords.values("day-step");
  /** The determiners that make "next day" a day of the story ("the next day", "that same day"), not an adjective ("next-day delivery"). */
  private static final Set<String> DETERMINERS = Set.of("the", "that");

  /** Words before "the next day" that make it a span from now ("within the next day"), no story day (role day-span). */
  private static final Set<String> SPAN_WORDS = DateWords.of("day-span");

  private DaySteps() {}

  /** The day steps of {@code t}, in text order. */
  static List<Step> find(DateTokens t) {
    List<Step> out = new ArrayList<>();
    for (int i = 1; i + 1 < t.size(); i++) {
      Token step = t.at(i);
      Integer days = STEPS.get(step.lower());
      if (days == null || !DETERMINERS.contains(t.at(i - 1).lower()) || !t.spaced(i - 1) || !t.spaced(i)
          || i >= 2 && SPAN_WORDS.contains(t.at(i - 2).lower())) {
        continue;
      }
      Token day = t.at(i + 1);
      Token after = t.at(i + 2);
      boolean endsWord = after == null || after.start() > day.end() || !after.isWord() && !after.isSymbol('-');
      if (day.is("day") && endsWord) {
        out.add(new Step(t.text().substring(step.start(), day.end()), step.start(), day.end(), days));
      }
    }
    return out;
  }
}
