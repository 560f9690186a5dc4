package io.claimsift.claims.dates;

import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Numerals;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years written in words and the dates built on them: "nineteen ninety six", "two thousand and
 * fifteen", "nineteen hundred ninety three", "in two thousand and twenty", "August two thousand and
 * fifteen", "October two thousand", "twenty five January nineteen eighty six", "6 April seventeen
 * hundred thirty three", "january first two thousand and thirty two".
 *
 * <p>A year in words alone must follow a time preposition ("in", "since", "by", ...) and not read as
 * a count ("in two thousand and fifteen cases"); "two thousand" alone is a year only after a month
 * name or "year". Stateless and thread-safe. Package-private helper of {@link DateExtractor}.
 */
final class YearWords {

  private static final String UNIT = "(?:" + CalendarWords.cardinals(1, 9) + ")";
  private static final String TEEN = "(?:" + CalendarWords.cardinals(10, 19) + ")";
  private static final String TENS = "(?:" + CalendarWords.cardinals(20, 90) + ")";
  /** "twenty|thirty": the tens of a day of the month. */
  private static final String DAY_TENS = CalendarWords.cardinals(20, 30);
  private static final String BELOW_100 = "(?:" + TENS + "(?:[\\s-]+" + UNIT + ")?|" + TEEN + "|" + UNIT + ")";
  /** The two last digits said as a number of 10-99, or "oh five". */
  private static final String YEAR_TAIL = "(?:" + TENS + "(?:[\\s-]+" + UNIT + ")?|" + TEEN + "|oh[\\s-]+" + UNIT + ")";
  /** A year in words; "two thousand" alone is excluded here (it is more often a count). */
  private static final String YEAR =
      "(?:two\\s+thousand(?:\\s+and)?[\\s-]+" + BELOW_100
          + "|(?:" + CalendarWords.cardinals(11, 20) + ")\\s+" + Numerals.cardinal(100)
          + "(?:(?:\\s+and)?[\\s-]+" + BELOW_100 + ")?"
          + "|(?:" + CalendarWords.cardinals(15, 20) + ")[\\s-]+" + YEAR_TAIL + ")";
  private static final String YEAR_AFTER_MONTH = "(?:" + YEAR + "|two\\s+thousand)";
  /** "first" ... "nineteenth", "twentieth", "thirtieth": the ordinals a day of the month can take. */
  private static final String ORDINAL = "(?:" + CalendarWords.ordinals(1, 31) + ")";
  /** A day of the month in digits or words ("25th", "twenty five", "fifteen", "first", "twenty-first"). */
  private static final String DAY =
      "(?:(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?|(?:" + DAY_TENS + ")[\\s-]+(?:" + UNIT + "|" + ORDINAL + ")|" + ORDINAL
          + "|" + TEEN + "|" + DAY_TENS + "|" + UNIT + ")";
  /** Month names; "May" only capitalised (lower-case "may" is the verb). */
  private static final String MONTH = CalendarWords.MONTH_NOT_LOWER_MAY;

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(?<d>(?i:" + DAY + "))\\s+(?i:of\\s+)?(?<m>" + MONTH + "),?\\s+(?<y>(?i:" + YEAR_AFTER_MONTH + "))\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b(?<m>" + MONTH + ")\\s+(?i:the\\s+)?(?<d>(?i:" + DAY + ")),?\\s+(?<y>(?i:" + YEAR_AFTER_MONTH + "))\\b");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b(?<m>" + MONTH + "),?\\s+(?i:of\\s+)?(?<y>(?i:" + YEAR_AFTER_MONTH + "))\\b");
  private static final Pattern YEAR_ALONE =
      Pattern.compile("(?i)(?<=\\b(?:in|since|until|till|by|from|during|before|after|through|year)\\s)(?<y>" + YEAR
          + "|(?<=\\byear\\s)two\\s+thousand)\\b");
  /** A following word that makes the number a count: a plural noun or a scale word. */
  private static final Pattern COUNT_AFTER =
      Pattern.compile("^\\s+(?:\\p{Ll}+s\\b|people\\b|men\\b|women\\b|children\\b|percent\\b|per\\s+cent\\b|million\\b|billion\\b)");

  /** Values of the number words below a hundred: "one" ... "ninety", "first" ... "thirtieth" (no "zero"). */
  private static final Map<String, Integer> BELOW_100_WORDS = below100Words();

  private YearWords() {}

  /** Dates and years in {@code s} whose year is written in words. */
  static List<RelativeDates.Found> find(String s) {
    List<RelativeDates.Found> out = new ArrayList<>();
    for (Pattern p : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR)) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        try {
          LocalDate d = LocalDate.of(year(m.group("y")), month(m.group("m")), dayNumber(m.group("d")));
          out.add(new RelativeDates.Found(m.start(), m.end(), d, d, Granularity.DAY));
        } catch (DateTimeException e) {
          // "thirty February ...": not a day
        }
      }
    }
    Matcher m = MONTH_YEAR.matcher(s);
    while (m.find()) {
      YearMonth ym = YearMonth.of(year(m.group("y")), month(m.group("m")));
      out.add(new RelativeDates.Found(m.start(), m.end(), ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH));
    }
    Matcher y = YEAR_ALONE.matcher(s);
    while (y.find()) {
      if (!COUNT_AFTER.matcher(s.substring(y.end())).find()) {
        int year = year(y.group("y"));
        out.add(new RelativeDates.Found(y.start(), y.end(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
            Granularity.YEAR));
      }
    }
    return out;
  }

  /** The year a phrase matched by {@link #YEAR} (or "two thousand") says. */
  static int year(String words) {
    List<String> tokens = new ArrayList<>(List.of(words.toLowerCase(Locale.ROOT).split("[\\s-]+")));
    tokens.remove("and");
    if (tokens.get(0).equals("two") && tokens.get(1).equals("thousand")) {
      return 2000 + below100(tokens.subList(2, tokens.size()));
    }
    Long first = Numerals.cardinals().get(tokens.get(0));
    int century = first != null && first >= 10 && first <= 19 ? first.intValue() : 20; // "nineteen ..." or "two ..."
    List<String> rest = tokens.subList(1, tokens.size());
    if (!rest.isEmpty() && (rest.get(0).equals("hundred") || rest.get(0).equals("oh"))) {
      rest = rest.subList(1, rest.size());
    }
    return century * 100 + below100(rest);
  }

  /** 0-99 from number words ("ninety six", "fifteen", nothing = 0); ordinals count as their number. */
  private static int below100(List<String> tokens) {
    int value = 0;
    for (String t : tokens) {
      value += BELOW_100_WORDS.getOrDefault(t, 0);
    }
    return value;
  }

  private static int dayNumber(String day) {
    if (Character.isDigit(day.charAt(0))) {
      return Integer.parseInt(day.replaceAll("\\D", ""));
    }
    return below100(List.of(day.toLowerCase(Locale.ROOT).split("[\\s-]+")));
  }

  private static int month(String name) {
    return Months.number(name);
  }

  private static Map<String, Integer> below100Words() {
    Map<String, Integer> words = new HashMap<>();
    Numerals.cardinals().forEach((w, v) -> {
      if (v >= 1 && v <= 90) {
        words.put(w, v.intValue());
      }
    });
    Numerals.ordinals().forEach((w, v) -> {
      if (v <= 30) {
        words.put(w, v.intValue());
      }
    });
    return Map.copyOf(words);
  }
}
