package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.lexicon.DateWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The open-range rule of the date engine: words before a date that leave one of its sides open
 * ("since 2019", "until May", "no later than June 3") and words after it that open its end
 * ("2018 or later", "2010 onwards"). The phrases and the side each leaves are the lexicon's
 * ({@code date-words.tsv}, roles open and onward), compared word by word over {@link DateTokens},
 * longest phrase first. Stateless.
 */
final class OpenRange {

  /**
   * A phrase found before a date.
   *
   * @param start text offset of its first word
   * @param side 0 from the date's start on, 1 from the day after it, -1 up to the day before it, 2
   *     up to its end
   */
  record Keyword(int start, int side) {}

  private record Phrase(String[] words, int value) {}

  private static final List<Phrase> OPENERS = phrases(DateWords.values("open"));
  private static final List<Phrase> ONWARDS = phrases(DateWords.values("onward"));

  private OpenRange() {}

  /** The open phrase ending right before {@code dateStart} (white space between), or null. */
  static Keyword before(DateTokens t, int dateStart) {
    int last = t.lastBefore(dateStart);
    if (last < 0 || t.at(last).end() == dateStart) {
      return null;
    }
    for (Phrase p : OPENERS) {
      int first = last - p.words().length + 1;
      if (wordsAt(t, first, p.words()) && !(isStartingWord(t.at(first)) && afterTheWeek(t, first))) {
        return new Keyword(t.at(first).start(), p.value());
      }
    }
    return null;
  }

  /** The text offset where an onward phrase after a date ending at {@code dateEnd} ends, or -1. */
  static int onwardEnd(DateTokens t, int dateEnd) {
    int before = t.lastBefore(dateEnd);
    int first = before + 1;
    Token next = before < 0 ? null : t.at(first);
    if (next == null || next.start() == dateEnd) {
      return -1;
    }
    for (Phrase p : ONWARDS) {
      int last = first + p.words().length - 1;
      if (wordsAt(t, first, p.words()) && (p.value() == 0 || t.at(last + 1) == null || !t.at(last + 1).isWord())) {
        return t.at(last).end();
      }
    }
    return -1;
  }

  /** The first and last day of a date with first day {@code first}, last day {@code last}, opened on {@code side}. */
  static LocalDate[] bounds(int side, LocalDate first, LocalDate last) {
    return switch (side) {
      case 0 -> new LocalDate[] {first, null};
      case 1 -> new LocalDate[] {last.plusDays(1), null};
      case -1 -> new LocalDate[] {null, first.minusDays(1)};
      default -> new LocalDate[] {null, last};
    };
  }

  /** True when tokens {@code first}... are {@code words} (any case), each a whole word, white space between. */
  private static boolean wordsAt(DateTokens t, int first, String[] words) {
    if (first < 0 || DateTokens.isWordChar(t.charAt(t.at(first).start() - 1))) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      Token tok = t.at(first + k);
      if (tok == null || !tok.is(words[k]) || (k > 0 && !t.spaced(first + k - 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isStartingWord(Token tok) {
    return tok.is("starting") || tok.is("beginning");
  }

  /** "the week starting": "the" and "week", one white-space character after each. */
  private static boolean afterTheWeek(DateTokens t, int starting) {
    Token week = t.at(starting - 1);
    Token the = t.at(starting - 2);
    return the != null && week.is("week") && the.is("the") && t.at(starting).start() - week.end() == 1
        && week.start() - the.end() == 1 && !DateTokens.isWordChar(t.charAt(the.start() - 1));
  }

  /** The phrases of a role, longest (in words) first, then as the file lists them. */
  private static List<Phrase> phrases(Map<String, Integer> values) {
    List<Phrase> out = new ArrayList<>();
    values.forEach((phrase, value) -> out.add(new Phrase(phrase.split(" "), value)));
    out.sort(Comparator.comparingInt((Phrase p) -> -p.words().length).thenComparing(p -> String.join(" ", p.words())));
    return List.copyOf(out);
  }
}
