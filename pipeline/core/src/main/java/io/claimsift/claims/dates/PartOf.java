package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.lexicon.DateWords;
import java.time.LocalDate;
import java.util.Map;

/**
 * The part-of rule of the date engine: the words before a period that name its first, middle or
 * last third, read backwards over {@link DateTokens} from where the period starts. Either a part
 * word, "of" and an optional "the" ("the end of 1989", "beginning of the year"), or a prefix word
 * right before the period, alone or hyphenated ("early 2020", "mid-November"). The words and their
 * thirds are the lexicon's ({@code date-words.tsv}, roles part and part-prefix); the caller turns
 * the third into days. Stateless.
 */
final class PartOf {

  /**
   * Part words found before a period.
   *
   * @param start text offset of the first part word
   * @param third 0 the first, 1 the middle, 2 the last third
   * @param withOf true for the "end of [the]" form
   */
  record Words(int start, int third, boolean withOf) {}

  private static final Map<String, Integer> PARTS = DateWords.values("part");
  private static final Map<String, Integer> PREFIXES = DateWords.values("part-prefix");

  private PartOf() {}

  /** The part words that end right before text offset {@code periodStart}, or null. */
  static Words before(DateTokens t, int periodStart) {
    int j = t.lastBefore(periodStart);
    if (j < 0) {
      return null;
    }
    Token last = t.at(j);
    if (last.end() == periodStart) {
      // "mid-November": a prefix word glued to a hyphen glued to the period
      Integer third = last.isSymbol('-') && t.glued(j - 1) ? PREFIXES.get(t.at(j - 1).lower()) : null;
      return third != null && startsWord(t, j - 1) ? new Words(t.at(j - 1).start(), third, false) : null;
    }
    Integer prefix = PREFIXES.get(last.lower());
    if (prefix != null && startsWord(t, j)) {
      return new Words(last.start(), prefix, false); // "early 2020"
    }
    int of = last.is("the") && t.spaced(j - 1) ? j - 1 : j; // "end of [the]"
    Token ofWord = t.at(of);
    Integer third = ofWord != null && ofWord.is("of") && t.spaced(of - 1) ? PARTS.get(t.at(of - 1).lower()) : null;
    return third != null && startsWord(t, of - 1) ? new Words(t.at(of - 1).start(), third, true) : null;
  }

  /**
   * "the end of the month", "beginning of year": the reference's whole month or year, when part
   * words with "of" come before it (the caller then takes the part, as for any period).
   */
  static final RelativePhrases.Rule CURRENT_PERIOD = (t, i, ref) -> {
    Token unit = t.at(i);
    boolean month = unit.is("month");
    if (!(month || unit.is("year")) || DateTokens.isWordChar(t.charAt(unit.end()))) {
      return null;
    }
    Words part = before(t, unit.start());
    if (part == null || !part.withOf()) {
      return null;
    }
    LocalDate first = month ? ref.withDayOfMonth(1) : ref.withDayOfYear(1);
    LocalDate last = month ? first.withDayOfMonth(first.lengthOfMonth()) : ref.withMonth(12).withDayOfMonth(31);
    return new RelativePhrases.Match(i + 1, new RelativeDates.Found(unit.start(), unit.end(), first, last,
        month ? Granularity.MONTH : Granularity.YEAR));
  };

  private static boolean startsWord(DateTokens t, int i) {
    Token tok = t.at(i);
    return tok != null && tok.isWord() && !DateTokens.isWordChar(t.charAt(tok.start() - 1));
  }
}
