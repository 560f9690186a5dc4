package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import org.junit.Test;

public class HtmlCleanerTest {

  private static final String P1 =
      "Bitcoin rose above a key resistance level on Thursday as traders piled into the market,"
          + " analysts said.";
  private static final String P2 =
      "Analysts expect volatility to remain high over the coming weeks as macro data is released.";

  private final HtmlCleaner cleaner = new HtmlCleaner(CleaningRules.standard());

  private static RemovalReason reasonOf(CleanedArticle a, String text) {
    return a.removed().stream().filter(s -> s.text().equals(text)).map(RemovedSpan::reason)
        .findFirst().orElse(null);
  }

  private static final String PAGE =
      "<!DOCTYPE html><html lang=\"en-GB\"><head>"
          + "<title>Bitcoin Rallies | Coin Daily</title>"
          + "<meta property=\"og:site_name\" content=\"Coin Daily\">"
          + "<meta property=\"og:title\" content=\"Bitcoin Rallies Past Resistance - Coin Daily\">"
          + "<meta property=\"og:url\" content=\"https://example.com/og\">"
          + "<link rel=\"canonical\" href=\"https://example.com/btc\">"
          + "<meta property=\"article:published_time\" content=\"2021-03-04T14:39:00+01:00\">"
          + "<meta property=\"article:modified_time\" content=\"2021-03-05T08:00:00Z\">"
          + "</head><body>"
          + "<header class=\"site-header\"><a href=\"/\">Home</a> <a href=\"/n\">News</a></header>"
          + "<nav class=\"menu\">Markets Opinion</nav>"
          + "<div class=\"breadcrumbs\">Home › Markets</div>"
          + "<article class=\"post\">"
          + "<h1>Bitcoin Rallies Past Resistance</h1>"
          + "<div class=\"byline\">By <a rel=\"author\" href=\"/a\">Jane Doe</a></div>"
          + "<div class=\"header-image\"><figure><img src=\"x.jpg\"><figcaption>traders at a desk"
          + "</figcaption></figure></div>"
          + "<p>Bitcoin rose above a key resistance level on Thursday as traders <b>piled</b>"
          + " into the market, analysts said.</p>"
          + "<div class=\"share-buttons\">Share on Facebook</div>"
          + "<h2>What comes next</h2>"
          + "<p>Analysts expect volatility to remain high over the coming weeks<br>"
          + "as macro data is released.</p>"
          + "<div style=\"display:none\">hidden text</div>"
          + "<script>var x = 1;</script>"
          + "<p>Join our Telegram channel to stay up to date on breaking news coverage</p>"
          + "<div class=\"newsletter-box\"><p>Sign up for our newsletter</p></div>"
          + "<section class=\"related-posts\"><h3>Related</h3><ul><li>Other story</li></ul></section>"
          + "<div class=\"author-bio\">Jane Doe is a crypto journalist.</div>"
          + "<p class=\"disclaimer\">Disclaimer: not financial advice.</p>"
          + "</article>"
          + "<aside class=\"sidebar\">Popular now</aside>"
          + "<div id=\"comments\"><h3>Leave a Reply</h3><form><textarea></textarea></form></div>"
          + "<div class=\"cookie-banner\">We use cookies</div>"
          + "<footer>© 2021 Coin Daily</footer>"
          + "</body></html>";

  @Test
  public void metadata() {
    // Act
    CleanedArticle a = cleaner.clean(PAGE);
    // Assert
    assertThat(a.title(), is("Bitcoin Rallies Past Resistance"));
    assertThat(a.siteName(), is("Coin Daily"));
    assertThat(a.canonicalUrl(), is("https://example.com/btc"));
    assertThat(a.publishedAt(), is(Instant.parse("2021-03-04T13:39:00Z")));
    assertThat(a.updatedAt(), is(Instant.parse("2021-03-05T08:00:00Z")));
    assertThat(a.language(), is("en"));
    assertThat(a.authors(), contains("Jane Doe"));
  }

  @Test
  public void boilerplateElementsAreRemovedWithReasons() {
    // Act
    CleanedArticle a = cleaner.clean(PAGE);
    // Assert
    assertThat(reasonOf(a, "Home News"), is(RemovalReason.NAVIGATION));
    assertThat(reasonOf(a, "Markets Opinion"), is(RemovalReason.NAVIGATION));
    assertThat(reasonOf(a, "Home › Markets"), is(RemovalReason.NAVIGATION));
    assertThat(reasonOf(a, "traders at a desk"), is(RemovalReason.CAPTION));
    assertThat(reasonOf(a, "Share on Facebook"), is(RemovalReason.SHARE_PROMPT));
    assertThat(reasonOf(a, "hidden text"), is(RemovalReason.MARKUP));
    assertThat(reasonOf(a, "Sign up for our newsletter"), is(RemovalReason.SUBSCRIBE_PROMPT));
    assertThat(reasonOf(a, "Related Other story"), is(RemovalReason.RELATED_LINKS));
    assertThat(reasonOf(a, "Jane Doe is a crypto journalist."), is(RemovalReason.AUTHOR_BIO));
    assertThat(reasonOf(a, "Disclaimer: not financial advice."), is(RemovalReason.DISCLAIMER));
    assertThat(reasonOf(a, "Popular now"), is(RemovalReason.LAYOUT_RESIDUE));
    assertThat(reasonOf(a, "Leave a Reply"), is(RemovalReason.COMMENT_FORM));
    assertThat(reasonOf(a, "We use cookies"), is(RemovalReason.LAYOUT_RESIDUE));
    assertThat(reasonOf(a, "© 2021 Coin Daily"), is(RemovalReason.LAYOUT_RESIDUE));
  }

  @Test
  public void paragraphRulesRunOnBlocks() {
    // Act
    CleanedArticle a = cleaner.clean(PAGE);
    // Assert
    assertThat(reasonOf(a, "Bitcoin Rallies Past Resistance"), is(RemovalReason.TITLE));
    assertThat(reasonOf(a, "By Jane Doe"), is(RemovalReason.BYLINE));
    assertThat(
        reasonOf(a, "Join our Telegram channel to stay up to date on breaking news coverage"),
        is(RemovalReason.SHARE_PROMPT));
  }

  @Test
  public void visitorBuildsParagraphsFromBlocksAndBreaks() {
    // Act
    CleanedArticle a = cleaner.clean(PAGE);
    // Assert
    assertThat(
        a.cleanText(),
        is(P1 + "\n\nWhat comes next\n\n"
            + "Analysts expect volatility to remain high over the coming weeks\n\n"
            + "as macro data is released."));
  }

  @Test
  public void segmentOffsetsAreElementSourceRanges() {
    // Act
    CleanedArticle a = cleaner.clean(PAGE);
    // Assert
    for (RemovedSpan s : a.removed()) {
      assertThat(s.line(), nullValue());
      assertThat(PAGE.substring(s.start(), s.end()), startsWith("<"));
    }
    RemovedSpan share =
        a.removed().stream().filter(s -> s.reason() == RemovalReason.SHARE_PROMPT).findFirst().get();
    assertThat(PAGE.substring(share.start(), share.end()),
        is("<div class=\"share-buttons\">Share on Facebook</div>"));
    for (int i = 1; i < a.removed().size(); i++) {
      assertThat(a.removed().get(i).start() >= a.removed().get(i - 1).start(), is(true));
    }
  }

  @Test
  public void headerImageClassInsideArticleIsNotRemovedByAccident() {
    // Arrange
    String html =
        "<html><body><article><div class=\"header-image\"><p>" + P1 + "</p></div>"
            + "<p>" + P2 + "</p></article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.cleanText(), is(P1 + "\n\n" + P2));
  }

  @Test
  public void titleFromTitleTagWithSiteSuffixStripped() {
    // Arrange
    String html =
        "<html><head><title>Rates Rise Again | The Daily</title>"
            + "<meta property=\"og:site_name\" content=\"The Daily\">"
            + "<meta name=\"author\" content=\"Ann Lee, Bo Chen\"></head>"
            + "<body><main><p>" + P1 + "</p></main></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.title(), is("Rates Rise Again"));
    assertThat(a.authors(), contains("Ann Lee", "Bo Chen"));
    assertThat(a.cleanText(), is(P1));
  }

  @Test
  public void timeElementAndLanguageFallbacks() {
    // Arrange
    String html =
        "<html lang=\"fr\"><body><article><h1>Titre</h1>"
            + "<time datetime=\"2020-01-05T10:00:00Z\">5 janvier</time>"
            + "<span class=\"author-name\">Marie Curie</span><p>" + P1 + "</p></article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.publishedAt(), is(Instant.parse("2020-01-05T10:00:00Z")));
    // The page declares French but its text is English: the detector overrules the attribute.
    assertThat(a.language(), is("en"));
    assertThat(a.title(), is("Titre"));
    assertThat(a.authors(), contains("Marie Curie"));
  }

  @Test
  public void mainContainerExcludesOutsideText() {
    // Arrange
    String html =
        "<html><body><div class=\"top\">Breaking ticker text</div>"
            + "<article><p>" + P1 + "</p></article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.cleanText(), is(P1));
    assertThat(reasonOf(a, "Breaking ticker text"), is(RemovalReason.LAYOUT_RESIDUE));
  }

  @Test
  public void emptyBodyYieldsEmptyText() {
    // Act
    CleanedArticle a = cleaner.clean("<html><head><title>T</title></head><body>"
        + "<script>x()</script><nav>Home</nav></body></html>");
    // Assert
    assertThat(a.cleanText(), is(""));
    assertThat(a.title(), is("T"));
  }

  @Test
  public void garbageInputDoesNotThrow() {
    assertThat(cleaner.clean("").cleanText(), is(""));
    assertThat(cleaner.clean(null).cleanText(), is(""));
    assertThat(cleaner.clean("<div><p>unclosed " + P2).cleanText(), containsString("unclosed"));
    assertThat(cleaner.clean("<p>" + P2).cleanText(), not(containsString("<p>")));
  }
  @Test
  public void anEmbeddedSocialPostStaysWhileAShareBarGoes() {
    // Arrange
    String tweet = "The council just voted for three new bus lines, and the first opens in spring.";
    String html = "<html><body><article>"
        + "<p>" + P1 + "</p>"
        + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>" + tweet
        + "</p></blockquote></div>"
        + "<p>" + P2 + "</p>"
        + "<div class=\"social-share\"><p>Send this story to a friend today</p></div>"
        + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.cleanText(), containsString(tweet));
    assertThat(reasonOf(a, "Send this story to a friend today"), is(RemovalReason.SHARE_PROMPT));
  }
  @Test
  public void aWidgetAroundAQuotedPostStaysWhileASidebarWidgetGoes() {
    // Arrange
    String post = "I am so grateful for everything the coach has done for me and for this club.";
    String html = "<html><body><article>"
        + "<p>" + P1 + "</p>"
        + "<div class=\"article-widget\"><blockquote><p>" + post + "</p></blockquote></div>"
        + "<p>" + P2 + "</p>"
        + "<div class=\"sidebar-widget\"><p>Weather in your area this weekend</p></div>"
        + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.cleanText(), containsString(post));
    assertThat(a.cleanText(), not(containsString("Weather in your area")));
  }

  @Test
  public void aConsentDialogWithMoreProseThanThePageIsNotTheArticle() {
    // Arrange: a forum post, then a consent manager's dialog of several long paragraphs (more
    // words than the post, so that it would otherwise be protected as the main text). The post
    // is long enough to pass the sanity check, which would otherwise read the rendered text.
    String p3 = "Trading volumes on the largest exchanges doubled compared with last week, and"
        + " several funds reported record inflows from retail investors.";
    String purpose = "We and our partners store and access personal data on your device, such as"
        + " browsing data and unique identifiers, to measure content and personalise advertising.";
    StringBuilder dialog = new StringBuilder("<div id=\"onetrust-consent-sdk\">");
    for (int i = 0; i < 6; i++) {
      dialog.append("<p>").append(purpose).append(" Purpose ").append(i).append(".</p>");
    }
    dialog.append("</div>");
    String html = "<html><body><div class=\"thread\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + p3
        + "</p></div>" + dialog + "</body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.cleanText(), containsString(P1));
    assertThat(a.cleanText(), not(containsString("personal data")));
  }

  @Test
  public void aPostTaggedWithACookieWordIsNotAConsentDialog() {
    // Arrange: a WordPress post whose topic classes name cookies, outside any main container.
    String html = "<html><body><div class=\"post tag-cookie-recipes category-consent\"><p>" + P1
        + "</p><p>" + P2 + "</p></div></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.cleanText(), containsString(P1));
    assertThat(a.cleanText(), containsString(P2));
  }

  @Test
  public void aConsentClassOnTheMainContainerDoesNotRemoveTheArticle() {
    // Arrange: the consent rule stops at elements that are or hold the main container.
    String html = "<html><body><div class=\"page consent-given\"><article><p>" + P1 + "</p><p>"
        + P2 + "</p></article></div></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.cleanText(), containsString(P1));
    assertThat(a.cleanText(), containsString(P2));
  }
}
