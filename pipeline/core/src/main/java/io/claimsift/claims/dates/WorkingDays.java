package io.claimsift.claims.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Working weeks and business days relative to the reference day: "this working week", "next
 * workweek" (Monday to Friday of that week), "the next 4 business days", "the previous 4 business
 * days" (that many weekdays after or before the reference day, which is not counted). Public
 * holidays are not known and count as business days. Stateless and thread-safe. Package-private
 * helper of {@link DateExtractor}.
 */
final class WorkingDays {

  private static final Pattern WORK_WEEK =
      Pattern.compile("(?i)\\b(?<rel>this|next|last|previous|coming|current)\\s+(?:work(?:ing)?[\\s-]?week|business\\s+week)\\b");
  private static final Pattern BUSINESS_DAYS =
      Pattern.compile("(?i)\\b(?<dir>next|previous|last|past|coming|following)\\s+(?<n>" + RelativeDates.NUM
          + ")\\s+(?:business|working|work)\\s+days?\\b");

  private WorkingDays() {}

  /** Working weeks and runs of business days around {@code ref}. */
  static List<RelativeDates.Found> find(String s, LocalDate ref) {
    List<RelativeDates.Found> out = new ArrayList<>();
    Matcher w = WORK_WEEK.matcher(s);
    while (w.find()) {
      String rel = w.group("rel").toLowerCase(Locale.ROOT);
      int step = rel.equals("next") || rel.equals("coming") ? 1 : rel.equals("last") || rel.equals("previous") ? -1 : 0;
      LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
      out.add(new RelativeDates.Found(w.start(), w.end(), monday, monday.plusDays(4), Granularity.WEEK));
    }
    Matcher b = BUSINESS_DAYS.matcher(s);
    while (b.find()) {
      int n = RelativeDates.count(b.group("n"));
      String dir = b.group("dir").toLowerCase(Locale.ROOT);
      boolean back = dir.equals("previous") || dir.equals("last") || dir.equals("past");
      LocalDate near = businessDays(ref, back ? -1 : 1);
      LocalDate far = businessDays(ref, back ? -n : n);
      out.add(back ? new RelativeDates.Found(b.start(), b.end(), far, near, Granularity.DAY)
          : new RelativeDates.Found(b.start(), b.end(), near, far, Granularity.DAY));
    }
    return out;
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
}
