package io.claimsift.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day a URL states in its path: {@code /2019/11/19/}, {@code /2012/8/9/},
 * {@code /2012-11-02/} or a whole token {@code 20191115} between separators ({@code
 * /20120724-stop-...}, {@code ...-20191115/}). Host, query and fragment are ignored; only
 * plausible days count (see {@link PlausibleDates}). Stateless and thread-safe.
 */
final class UrlDates {
  /** Scheme and host, then the path up to a query or fragment. */
  private static final Pattern PATH = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?(?://[^/?#]*)?([^?#]*)");
  private static final Pattern SLASHED =
      Pattern.compile("/((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})(?=[/.]|$)");
  private static final Pattern DASHED =
      Pattern.compile("/((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?=[/._-]|$)");
  private static final Pattern COMPACT =
      Pattern.compile("(?<=[/_-])((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?=[/._-]|$)");

  private UrlDates() {}

  /** The first plausible day stated in the path of {@code url}, or null. */
  static LocalDate day(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    Matcher path = PATH.matcher(url.trim());
    if (!path.find()) {
      return null;
    }
    String p = path.group(1);
    for (Pattern pattern : new Pattern[] {SLASHED, DASHED, COMPACT}) {
      Matcher m = pattern.matcher(p);
      while (m.find()) {
        LocalDate day = date(m);
        if (PlausibleDates.isPlausible(day)) {
          return day;
        }
      }
    }
    return null;
  }

  private static LocalDate date(Matcher m) {
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null; // "/2019/13/45/": numbers, not a date
    }
  }
}
