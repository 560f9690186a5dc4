package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.claims.dates.RelativeDates.Found;
import io.claimsift.lexicon.DateWords;
import io.claimsift.lexicon.Numerals;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decade rules of the date engine, over {@link DateTokens}: a decade in digits ("the 1990s",
 * "1990's", "the '90s", "80s"), in words ("the nineties", "nineteen eighties", "the twenty-tens"
 * is not one: only the lexicon's decade words, number-words.tsv), and a step word before "decade"
 * ("this decade", "the next decade"). A decade in words without its century is the latest such
 * decade begun by the reference year (1990s without one); after a possessive ("in her nineties",
 * "their late eighties") it is an age and is skipped. Only steps that do not go back name a
 * calendar decade: "the past decade" means the last ten years in news (read as a duration by
 * {@link RelativePhrases}). Each rule reads at most six tokens. Stateless.
 */
final class Decades {

  private static final Map<String, Long> DECADE_WORDS = Numerals.decades();
  private static final Map<String, Integer> STEPS = DateWords.values("step");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "your", "our", "its");
  private static final Set<String> AGE_PARTS = Set.of("early", "mid", "late");

  private Decades() {}

  /** "the 1990s", "1990 s", "1990's", "the '90s", "90s": a decade in digits (the 1900s for two digits). */
  static final RelativePhrases.Rule DIGITS = (t, i, ref) -> {
    int j = afterThe(t, i);
    int end = fourDigitDecade(t, j);
    int decade = -1;
    if (end >= 0) {
      decade = t.at(j).value();
    } else {
      int k = j > i && t.at(j) != null && t.at(j).isSymbol('\'') && t.glued(j) ? j + 1 : j; // "the '90s"
      Token two = t.at(k);
      if (two != null && two.isNumber() && two.length() == 2 && two.value() >= 20 && two.value() % 10 == 0
          && t.glued(k) && isS(t, k + 1)) {
        decade = 1900 + two.value();
        end = k + 1;
        if (ageBefore(t, i)) {
          return new RelativePhrases.Match(end + 1, null); // "in their 20s", "her late 30s": an age
        }
      }
    }
    if (decade < 0) {
      return null;
    }
    return new RelativePhrases.Match(end + 1, decade(t, i, end, decade));
  };

  /** "the nineties", "nineteen eighties", "the twenty-twenties"; not "in her nineties". */
  static final RelativePhrases.Rule WORDS = (t, i, ref) -> {
    int j = afterThe(t, i);
    int decade;
    int end;
    Integer century = century(t.at(j));
    Long tens = century == null || !(spacedOnce(t, j) || hyphened(t, j)) ? null : tensOf(t, hyphened(t, j) ? j + 2 : j + 1);
    if (tens != null) {
      end = hyphened(t, j) ? j + 2 : j + 1; // "nineteen eighties", "nineteen-eighties"
      decade = century * 100 + tens.intValue();
    } else if (glued(t, j) != null) {
      end = j; // "nineteeneighties"
      decade = glued(t, j);
    } else if ((tens = tensOf(t, j)) != null) {
      end = j;
      int latest = ref == null ? 1999 : ref.getYear(); // the latest such decade begun by the reference year
      decade = latest / 100 * 100 + tens.intValue();
      decade = decade > latest ? decade - 100 : decade;
    } else {
      return null;
    }
    if (ageBefore(t, i)) {
      return new RelativePhrases.Match(end + 1, null);
    }
    return new RelativePhrases.Match(end + 1, decade(t, i, end, decade));
  };

  /** "this decade", "the next decade", "the coming decade": the calendar decade of the reference year or the next. */
  static final RelativePhrases.Rule NAMED = (t, i, ref) -> {
    int j = afterThe(t, i);
    Integer step = t.at(j) == null ? null : STEPS.get(t.at(j).lower());
    Token unit = t.at(j + 1);
    if (ref == null || step == null || step < 0 || !t.spaced(j) || unit == null || !unit.is("decade")
        || DateTokens.isWordChar(t.charAt(unit.end()))) {
      return null;
    }
    int decade = ref.getYear() / 10 * 10 + (step > 0 ? 10 : 0);
    return new RelativePhrases.Match(j + 2, decade(t, i, j + 1, decade));
  };

  /** The token after a leading "the " at {@code i}, or {@code i}. */
  private static int afterThe(DateTokens t, int i) {
    return t.at(i).is("the") && t.spaced(i) ? i + 1 : i;
  }

  /** "1990s", "1990 s", "1990's", "1990 's": the token index of the "s", or -1. */
  private static int fourDigitDecade(DateTokens t, int j) {
    Token n = t.at(j);
    if (n == null || !n.isNumber() || n.length() != 4 || n.value() < 1500 || n.value() > 2099 || n.value() % 10 != 0) {
      return -1;
    }
    int k = j + 1;
    Token next = t.at(k);
    if (next == null || next.start() - n.end() > 1) {
      return -1; // at most one space between the number and the "s"
    }
    if (next.isSymbol('\'') && t.glued(k)) {
      k++;
    }
    return isS(t, k) ? k : -1;
  }

  /** True when token {@code k} is the word "s" ending a word. */
  private static boolean isS(DateTokens t, int k) {
    Token s = t.at(k);
    return s != null && s.is("s") && !DateTokens.isWordChar(t.charAt(s.end()));
  }

  private static Integer century(Token tok) {
    if (tok == null || !tok.isWord()) {
      return null;
    }
    Long n = Numerals.cardinals().get(tok.lower());
    return n != null && n >= 18 && n <= 20 ? n.intValue() : null;
  }

  /** The decade of a century word glued to a decade word ("nineteeneighties"), or null. */
  private static Integer glued(DateTokens t, int j) {
    Token tok = t.at(j);
    if (tok == null || !tok.isWord() || DateTokens.isWordChar(t.charAt(tok.end()))) {
      return null;
    }
    for (String c : List.of("eighteen", "nineteen", "twenty")) {
      Long tens = tok.lower().startsWith(c) ? DECADE_WORDS.get(tok.lower().substring(c.length())) : null;
      if (tens != null) {
        return Numerals.cardinals().get(c).intValue() * 100 + tens.intValue();
      }
    }
    return null;
  }

  /** The value of the decade word at token {@code k} when it ends a word ("eighties" 80), or null. */
  private static Long tensOf(DateTokens t, int k) {
    Token tok = t.at(k);
    return tok == null || !tok.isWord() || DateTokens.isWordChar(t.charAt(tok.end())) ? null : DECADE_WORDS.get(tok.lower());
  }

  /** True when exactly one white-space character separates token {@code j} from the next. */
  private static boolean spacedOnce(DateTokens t, int j) {
    return t.spaced(j) && t.at(j + 1).start() - t.at(j).end() == 1;
  }

  /** True when a hyphen glued on both sides follows token {@code j} ("nineteen-eighties"). */
  private static boolean hyphened(DateTokens t, int j) {
    return t.glued(j) && t.at(j + 1).isSymbol('-') && t.glued(j + 1);
  }

  /**
   * True when a possessive, then optionally "early"/"mid"/"late" and spaces or hyphens, comes right
   * before token {@code i}: "her nineties", "their late eighties", "one's mid-twenties" (an age).
   */
  private static boolean ageBefore(DateTokens t, int i) {
    int k = i - 1;
    while (t.at(k) != null && t.at(k).isSymbol('-')) {
      k--;
    }
    Token part = t.at(k);
    if (part != null && part.isWord() && AGE_PARTS.contains(part.lower()) && t.at(i).start() > part.end()) {
      k--;
      if (!t.spaced(k)) {
        return false;
      }
    } else if (k != i - 1 || !t.spaced(k)) {
      return false;
    }
    Token p = t.at(k);
    if (p == null || !p.isWord() || DateTokens.isWordChar(t.charAt(p.end()))) {
      return false;
    }
    if (POSSESSIVES.contains(p.lower())) {
      return !DateTokens.isWordChar(t.charAt(p.start() - 1));
    }
    Token apostrophe = t.at(k - 1);
    Token one = t.at(k - 2);
    return p.is("s") && apostrophe != null && apostrophe.isSymbol('\'') && one != null && one.is("one")
        && t.glued(k - 2) && t.glued(k - 1) && !DateTokens.isWordChar(t.charAt(one.start() - 1));
  }

  private static Found decade(DateTokens t, int first, int last, int decade) {
    return new Found(t.at(first).start(), t.at(last).end(), LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31),
        Granularity.YEAR);
  }
}
