package io.claimsift.clean;

import io.claimsift.claims.dates.DateAnchors;
import io.claimsift.claims.dates.DatePreset;
import io.claimsift.lexicon.Weekdays;
import io.claimsift.lexicon.WordPatterns;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of datelines and page metadata: finds and parses human-written and ISO dates in short
 * lines (with the time, zone and "updated" marker next to them) and in meta-tag values, for an
 * article's {@code published_at} and for telling date-only lines apart. Stateless and thread-safe.
 *
 * <p>The calendar dates come from the one date engine of {@code io.claimsift.claims.dates}
 * ({@link DateAnchors}) with its {@link DatePreset#dateline()} preset: any four-digit year, a whole
 * day only (no bare year or month, no range, nothing relative to a reference day), numeric days
 * slashed or dotted. What is proper to a dateline stays here: the time and zone next to a date, the
 * "updated" marker, "3 hours ago", and telling a date-only line apart.
 */
final class DatelineDates {

  /** A date found in a line; {@code instant} is null when the date could not be resolved. */
  record FoundDate(int start, int end, Instant instant, boolean updated) {}

  /** The time and zone an ISO date may run into: "2021-03-03T10:15:00.5Z", "2021-03-03 10:15+02:00". */
  private static final Pattern ISO_TIME =
      CleaningRules.compile("[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
  private static final String ZONE =
      "(utc|gmt|z|[+-]\\d{2}:?\\d{2}|est|edt|cst|cdt|mst|mdt|pst|pdt|cet|cest|bst|ist|jst|kst"
          + "|hkt|sgt|aest|aedt|et|pt|ct)";
  private static final Pattern TIME =
      CleaningRules.compile(
          "\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s*" + ZONE
              + "(?![a-z]))?");
  private static final Pattern RELATIVE =
      CleaningRules.compile(
          "\\b(\\d+|an?|one)\\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?"
              + "|years?)\\s+ago\\b|\\bjust now\\b|\\byesterday\\b|\\btoday\\b");
  private static final RequiredLiterals RELATIVE_LITERALS = RequiredLiterals.of(RELATIVE);
  private static final Pattern WEEKDAY =
      CleaningRules.compile(
          "\\b(" + WordPatterns.anyOf(Weekdays.abbreviations()) + ")(day|sday|nesday|rsday|urday)?\\.?\\b");
  private static final Pattern FILLER = CleaningRules.compile("\\b(at|on)\\b|[\\s,|·•/()\\-–—:]+");
  private static final Pattern UPDATED_WORD = CleaningRules.compile("updat|modif|edited|revised");

  private static final Map<String, Integer> ZONE_MINUTES =
      Map.ofEntries(
          Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0),
          Map.entry("est", -300), Map.entry("edt", -240), Map.entry("cst", -360),
          Map.entry("cdt", -300), Map.entry("mst", -420), Map.entry("mdt", -360),
          Map.entry("pst", -480), Map.entry("pdt", -420), Map.entry("cet", 60),
          Map.entry("cest", 120), Map.entry("bst", 60), Map.entry("ist", 330),
          Map.entry("jst", 540), Map.entry("kst", 540), Map.entry("hkt", 480),
          Map.entry("sgt", 480), Map.entry("aest", 600), Map.entry("aedt", 660),
          Map.entry("et", -300), Map.entry("pt", -480), Map.entry("ct", -360));

  private DatelineDates() {}

  /** All calendar dates in {@code text}, in order. Times and zones near a date are applied. */
  static List<FoundDate> findAll(String text) {
    if (!hasYearDigits(text)) {
      // Every dateline date holds a four-digit year (ISO, numeric or with a month name), and
      // most lines asked about hold no four-digit run: skip the engine.
      return List.of();
    }
    List<int[]> spans = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    List<Instant> exact = new ArrayList<>();
    for (DateAnchors.Anchor a : DateAnchors.find(text, DatePreset.dateline(), null)) {
      int end = a.end();
      Instant instant = null;
      Matcher time = ISO_TIME.matcher(text).region(end, text.length());
      if (a.form() == DateAnchors.Form.YMD && time.lookingAt()) {
        try {
          instant = a.first().atTime(num(time, 1), num(time, 2), time.group(3) == null ? 0 : num(time, 3))
              .toInstant(offset(time.group(4)));
          end = time.end();
        } catch (DateTimeException e) {
          instant = null; // "25:99": the day without its time
        }
      }
      spans.add(new int[] {a.start(), end});
      dates.add(a.first());
      exact.add(instant);
    }
    List<FoundDate> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      int prevEnd = i == 0 ? 0 : spans.get(i - 1)[1];
      int nextStart = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
      Instant instant = exact.get(i);
      if (instant == null) {
        Matcher t = TIME.matcher(text).region(span[1], nextStart);
        if (!t.find()) {
          t = TIME.matcher(text).region(prevEnd, span[0]);
          if (!t.find()) {
            t = null;
          }
        }
        instant = resolve(dates.get(i), t);
      }
      boolean updated = UPDATED_WORD.matcher(text.substring(prevEnd, span[0])).find();
      out.add(new FoundDate(span[0], span[1], instant, updated));
    }
    return out;
  }

  /** Whether {@code text} holds four ASCII digits in a row. */
  private static boolean hasYearDigits(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} holds a relative time such as "3 hours ago" or "yesterday". */
  static boolean hasRelative(String text) {
    // Most lines hold none of "ago", "just now", "yesterday", "today": skip the regex for them.
    return RELATIVE_LITERALS.mayMatch(RequiredLiterals.fold(text))
        && RELATIVE.matcher(text).find();
  }

  /**
   * True when the line is only a date (optionally with weekday, time, zone and separators), or
   * only a relative time.
   */
  static boolean isOnlyDate(String text) {
    List<FoundDate> found = findAll(text);
    boolean relative = hasRelative(text);
    if (found.isEmpty() && !relative) {
      return false;
    }
    StringBuilder rest = new StringBuilder(text);
    for (int i = found.size() - 1; i >= 0; i--) {
      rest.replace(found.get(i).start(), found.get(i).end(), " ");
    }
    String r = TIME.matcher(rest).replaceAll(" ");
    r = RELATIVE.matcher(r).replaceAll(" ");
    r = WEEKDAY.matcher(r).replaceAll(" ");
    r = FILLER.matcher(r).replaceAll("");
    return r.isEmpty();
  }

  /** Parses an ISO-8601 (or human) date string such as a meta tag value; null when unparsable. */
  static Instant parseLoose(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException ignored) {
      // fall through
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException ignored) {
      // fall through
    }
    List<FoundDate> found = findAll(v);
    return found.isEmpty() ? null : found.get(0).instant();
  }

  private static Instant resolve(LocalDate date, Matcher t) {
    if (t == null) {
      return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    int hour = Integer.parseInt(t.group(1));
    int minute = Integer.parseInt(t.group(2));
    int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
    String ampm = t.group(4);
    if (ampm != null) {
      boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
      if (hour == 12) {
        hour = pm ? 12 : 0;
      } else if (pm) {
        hour += 12;
      }
    }
    try {
      return LocalDateTime.of(date, LocalTime.of(hour, minute, second))
          .toInstant(offset(t.group(5)));
    } catch (DateTimeException e) {
      return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null) {
      return ZoneOffset.UTC;
    }
    String z = zone.toLowerCase(Locale.ROOT);
    Integer minutes = ZONE_MINUTES.get(z);
    if (minutes != null) {
      return ZoneOffset.ofTotalSeconds(minutes * 60);
    }
    String digits = z.replace(":", "");
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    int h = Integer.parseInt(digits.substring(1, 3));
    int m = Integer.parseInt(digits.substring(3, 5));
    return ZoneOffset.ofTotalSeconds(sign * (h * 3600 + m * 60));
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

}
