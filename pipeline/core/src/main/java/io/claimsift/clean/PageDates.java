package io.claimsift.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Judges the publication and update times an HTML page states, source by source.
 *
 * <p>A time is believed only when it is plausible ({@link PlausibleDates}) and agrees with the
 * day in the page's URL path ({@link UrlDates}), when there is one. The URL is the most specific
 * source: it names this article alone, while a meta tag, a {@code <time>} element or a date line
 * may belong to the template, the crawl, a sidebar or a comment (real pages write the crawl day
 * into {@code <meta name=date>}, or put a related story's date first). A publication time more
 * than one day away from the URL's day contradicts it (one day allows for time zones); so does an
 * update time more than one day before it. When no source is believed, the URL's day itself is
 * the publication time (midnight UTC). Immutable and thread-safe.
 */
final class PageDates {
  /** A time and where it came from. */
  record Dated(Instant instant, DateSource source) {}

  private final LocalDate urlDay;

  /** @param url the canonical URL or og:url, or null */
  PageDates(String url) {
    this.urlDay = UrlDates.day(url);
  }

  /** True when {@code instant} can be the publication time. */
  boolean acceptsPublished(Instant instant) {
    if (!PlausibleDates.isPlausible(instant)) {
      return false;
    }
    if (urlDay == null) {
      return true;
    }
    LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
    return !day.isBefore(urlDay.minusDays(1)) && !day.isAfter(urlDay.plusDays(1));
  }

  /** True when {@code instant} can be the update time. */
  boolean acceptsUpdated(Instant instant) {
    return PlausibleDates.isPlausible(instant)
        && (urlDay == null
            || !LocalDate.ofInstant(instant, ZoneOffset.UTC).isBefore(urlDay.minusDays(1)));
  }

  /** The URL's day as a publication time, or null when the URL states none. */
  Dated fromUrl() {
    return urlDay == null
        ? null
        : new Dated(urlDay.atStartOfDay().toInstant(ZoneOffset.UTC), DateSource.URL);
  }
}
