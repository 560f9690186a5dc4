package io.claimsift.outlets;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.Locale;

/**
 * The outlet of an article: the registrable domain of its canonical URL, else of the crawled URL,
 * else its site name; when nothing names the site, the article is its own outlet.
 *
 * <p>The registrable domain is the public suffix (Guava's copy of the public suffix list, private
 * registries included) plus one label: {@code www.bbc.co.uk} and {@code news.bbc.co.uk} are both
 * {@code bbc.co.uk}, while {@code alice.blogspot.com} and {@code bob.blogspot.com} stay apart. An
 * IP address is its own outlet. A host outside every public suffix ({@code localhost}) or a URL
 * without a host does not name the site, and the next source is asked.
 */
public final class Outlets {
  /** Prefix of the outlet of an article whose site is unknown. */
  public static final String UNKNOWN_PREFIX = "article:";
  /** Characters of the article id kept in an unknown outlet (64 bits: collisions are negligible). */
  static final int ID_CHARS = 16;
  /** Longest site name taken as an outlet; a longer one is page text, not a name. */
  static final int MAX_SITE_NAME_CHARS = 100;

  private Outlets() {}

  /**
   * The outlet of one article.
   *
   * @param canonicalUrl the page's canonical URL, or null
   * @param url the address the crawler fetched (WARC/WET), or null
   * @param siteName the page's site name, or null
   * @param articleId the article's id, for an article whose site is unknown
   */
  public static String of(String canonicalUrl, String url, String siteName, String articleId) {
    String outlet = domainOf(canonicalUrl);
    if (outlet == null) {
      outlet = domainOf(url);
    }
    if (outlet == null) {
      outlet = siteName(siteName);
    }
    if (outlet == null) {
      outlet = unknown(articleId);
    }
    return outlet;
  }

  /** The outlet of an article that names no site: its own, which never merges with another. */
  public static String unknown(String articleId) {
    return UNKNOWN_PREFIX + articleId.substring(0, Math.min(ID_CHARS, articleId.length()));
  }

  /** Whether {@code outlet} is the outlet of one article whose site is unknown. */
  public static boolean isUnknown(String outlet) {
    return outlet == null || outlet.startsWith(UNKNOWN_PREFIX);
  }

  /** The registrable domain of an absolute http(s) URL's host, or null. */
  static String domainOf(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String host;
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      host = uri.getHost();
    } catch (java.net.URISyntaxException e) {
      return null;
    }
    if (host == null || host.isEmpty()) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (InetAddresses.isInetAddress(host)) {
      return InetAddresses.toAddrString(InetAddresses.forString(host));
    }
    if (!InternetDomainName.isValid(host)) {
      return null;
    }
    InternetDomainName name = InternetDomainName.from(host);
    if (!name.isUnderPublicSuffix()) {
      return null; // localhost, a bare public suffix, an intranet name: not a site's name
    }
    return name.topPrivateDomain().toString();
  }

  /** The site name, lower-cased with whitespace collapsed, or null when empty or too long. */
  static String siteName(String siteName) {
    if (siteName == null) {
      return null;
    }
    String name = siteName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (name.isEmpty() || name.length() > MAX_SITE_NAME_CHARS || name.startsWith(UNKNOWN_PREFIX)) {
      return null;
    }
    return name;
  }
}
