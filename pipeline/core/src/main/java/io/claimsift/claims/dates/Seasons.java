package io.claimsift.claims.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seasons as meteorological (northern) quarters: spring March-May, summer June-August, autumn/fall
 * September-November, winter December to February (winter Y starts in December of Y). "summer 2019",
 * "the summer of 2019" need no reference day; "this winter", "last summer", "in the fall" are the
 * season around the reference day (the current one, else this year's; "last" the latest one ended
 * before it, "next" the first one starting after it).
 *
 * <p>A season word is often an adjective or a name ("winter storm", "Arab Spring", "prices fall"),
 * so it counts only when it reads as a time: not followed by a lower-case content word, not a
 * capitalised name inside a sentence, and "fall"/"spring" only after a determiner or preposition.
 * Stateless and thread-safe. Package-private helper of {@link DateExtractor}.
 */
final class Seasons {

  private static final String YEAR4 = "(?:1[89]\\d\\d|20\\d\\d)";
  private static final Pattern SEASON =
      Pattern.compile(
          "(?i)\\b(?:(?<mod>this|last|next|coming|past|previous|current)\\s+)?(?<name>spring|summer|autumn|fall|winter)\\b"
              + "(?:,?\\s+(?:of\\s+)?(?<year>" + YEAR4 + ")(?![\\d\\p{L}]))?");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)(\\W*)$");
  private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{L}+)");
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

  private Seasons() {}

  /** Seasons in {@code s}; those without a year need {@code ref} and are skipped when it is null. */
  static List<RelativeDates.Found> find(String s, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    Matcher m = SEASON.matcher(s);
    while (m.find()) {
      String name = m.group("name");
      if (!readsAsTime(s, m, name)) {
        continue;
      }
      int startMonth = startMonth(name.toLowerCase(Locale.ROOT));
      YearMonth first;
      if (m.group("year") != null) {
        if (m.group("mod") != null) {
          continue; // "last summer 2019": contradictory, leave it
        }
        first = YearMonth.of(Integer.parseInt(m.group("year")), startMonth);
      } else if (ref != null) {
        first = around(startMonth, m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT), ref);
      } else {
        continue;
      }
      out.add(new RelativeDates.Found(m.start(), m.end(), first.atDay(1), first.plusMonths(2).atEndOfMonth(),
          Granularity.MONTH));
    }
    return out;
  }

  private static boolean readsAsTime(String s, Matcher m, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    Matcher before = WORD_BEFORE.matcher(s.substring(0, m.start("name")));
    boolean found = before.find();
    String prev = found ? before.group(1) : "";
    boolean directlyBefore = found && before.group(2).isBlank();
    if (m.group("mod") == null && (lower.equals("fall") || lower.equals("spring"))
        && !(directlyBefore && TIME_DETERMINERS.contains(prev.toLowerCase(Locale.ROOT)))) {
      return false;
    }
    boolean capitalised = Character.isUpperCase(name.charAt(0));
    if (capitalised && directlyBefore && Character.isUpperCase(prev.charAt(0))) {
      return false; // "Arab Spring", "Hotel Winter"
    }
    if (m.group("year") != null) {
      return true;
    }
    Matcher after = WORD_AFTER.matcher(s.substring(m.end()));
    if (!after.find()) {
      return true;
    }
    String next = after.group(1);
    if (Character.isUpperCase(next.charAt(0))) {
      return next.equals("I") || !capitalised; // "Winter Olympics" is a name, "last summer Obama said" a time
    }
    if (next.equals("of") || lower.equals("fall") && next.equals("in")) {
      return false; // "the summer of love", "the fall of Rome", "the fall in prices" (a year after "of" was taken above)
    }
    return MAY_FOLLOW.contains(next.toLowerCase(Locale.ROOT));
  }

  private static int startMonth(String name) {
    return switch (name) {
      case "spring" -> 3;
      case "summer" -> 6;
      case "autumn", "fall" -> 9;
      default -> 12;
    };
  }

  /** The season instance meant by "this"/"last"/"next" (or nothing) on {@code ref}. */
  private static YearMonth around(int startMonth, String mod, LocalDate ref) {
    YearMonth current = YearMonth.of(ref.getYear(), startMonth);
    if (startMonth == 12 && ref.getMonthValue() <= 2) {
      current = current.minusYears(1); // January and February belong to the winter begun in December
    }
    LocalDate first = current.atDay(1);
    LocalDate last = current.plusMonths(2).atEndOfMonth();
    return switch (mod) {
      case "last", "past", "previous" -> last.isBefore(ref) ? current : current.minusYears(1);
      case "next", "coming" -> first.isAfter(ref) ? current : current.plusYears(1);
      default -> current;
    };
  }
}
