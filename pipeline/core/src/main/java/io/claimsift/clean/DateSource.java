package io.claimsift.clean;

import java.util.Locale;

/**
 * Where an article's publication time came from, best first: the value of the Article field
 * {@code published_at_source}.
 */
public enum DateSource {
  /** A {@code <meta>} tag of the page ({@code article:published_time}, {@code date}, ...). */
  META,
  /** A {@code <time datetime>} element, or another page element marked {@code itemprop=datePublished}. */
  TIME,
  /** {@code datePublished} in the page's schema.org JSON-LD. */
  JSON_LD,
  /** A dateline, byline or reading-time line near the headline ("March 4, 2021 10:00 ET"). */
  DATELINE,
  /** A date in the path of the canonical URL or og:url ({@code /2019/11/19/}): the last resort. */
  URL;

  /** The lower-case code written to the datasets: meta, time, json_ld, dateline or url. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
