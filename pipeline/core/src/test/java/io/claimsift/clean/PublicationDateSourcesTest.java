package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import org.junit.Test;

/**
 * Where published_at comes from: sources are tried best first, and a sentinel, an out-of-window
 * date or a date that contradicts the URL's day is "unknown", so the next source is tried.
 */
public class PublicationDateSourcesTest {

  private static final String BODY =
      "<p>Eastern Michigan beat Northern Illinois by three touchdowns on Tuesday night and became"
          + " eligible for a bowl game for the third time in four seasons.</p>"
          + "<p>The Eagles scored on their first four drives, and their defence held the Huskies"
          + " to fewer than 100 yards rushing for the second week in a row.</p>";

  private final HtmlCleaner cleaner = new HtmlCleaner(CleaningRules.standard());

  /** A page shaped like those of a large US newspaper network: Go's zero time in JSON-LD. */
  @Test
  public void zeroTimeInJsonLdFallsBackToTheDayInTheUrl() {
    // Arrange
    String html = "<html lang=\"en\"><head><title>Eastern Michigan routs Northern Illinois</title>"
        + "<link rel=\"canonical\" href=\"https://www.news.example/story/sports/college/2019/11/19/"
        + "eastern-michigan-routs-northern-illinois/4244754002/\">"
        + "<script type=\"application/ld+json\">{\"@context\":\"http://schema.org\","
        + "\"@type\":\"NewsArticle\",\"dateModified\": \"0001-01-01T00:00:00Z\","
        + "\"datePublished\": \"0001-01-01T00:00:00Z\",\"headline\":\"Eastern Michigan routs"
        + " Northern Illinois\"}</script></head><body><article>" + BODY + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.publishedAt(), is(Instant.parse("2019-11-19T00:00:00Z")));
    assertThat(a.publishedAtSource(), is(DateSource.URL));
    assertThat(a.updatedAt(), nullValue());
  }

  @Test
  public void zeroTimeWithoutAnyOtherSourceLeavesTheDateUnknown() {
    // Arrange
    String html = "<html><head><script type=\"application/ld+json\">"
        + "{\"@type\":\"NewsArticle\",\"datePublished\":\"0001-01-01T00:00:00Z\"}</script>"
        + "</head><body><article>" + BODY + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.publishedAt(), nullValue());
    assertThat(a.publishedAtSource(), nullValue());
  }

  @Test
  public void sentinelMetaTagsGiveWayToJsonLd() {
    for (String sentinel : new String[] {"1970-01-01T00:00:00Z", "1900-01-01", "9999-12-31T23:59:59Z",
        "1985-06-01T10:00:00Z"}) {
      // Arrange
      String html = "<html><head>"
          + "<meta property=\"article:published_time\" content=\"" + sentinel + "\">"
          + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
          + "\"datePublished\":\"2019-11-19T20:15:00-05:00\"}</script>"
          + "</head><body><article>" + BODY + "</article></body></html>";
      // Act
      CleanedArticle a = cleaner.clean(html);
      // Assert
      assertThat(sentinel, a.publishedAt(), is(Instant.parse("2019-11-20T01:15:00Z")));
      assertThat(sentinel, a.publishedAtSource(), is(DateSource.JSON_LD));
    }
  }

  @Test
  public void aMetaDateThatContradictsTheUrlGivesWayToATimeElement() {
    // Arrange: <meta name=date> holds the crawl day, a week after the day in the URL.
    String html = "<html><head><meta name=\"date\" content=\"July 31, 2012, 2:38 pm\">"
        + "<meta property=\"og:url\" content=\"http://world.example.com/_news/2012/07/24/"
        + "12909129-kenyans-use-cell-phones\"></head><body><article>"
        + "<time datetime=\"2012-07-24T09:49:32-04:00\">July 24, 2012</time>" + BODY
        + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.publishedAt(), is(Instant.parse("2012-07-24T13:49:32Z")));
    assertThat(a.publishedAtSource(), is(DateSource.TIME));
  }

  @Test
  public void aDatelineThatContradictsTheUrlGivesWayToTheUrl() {
    // Arrange: the only date line is a related story's, a week later.
    String html = "<html><head><link rel=\"canonical\" href=\"http://blog.example.com/2012/07/24/"
        + "security-and-civil-liberties/\"></head><body><article><h1>Security and liberty</h1>"
        + "<p>July 31, 2012, 6:35 pm</p>" + BODY + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.publishedAt(), is(Instant.parse("2012-07-24T00:00:00Z")));
    assertThat(a.publishedAtSource(), is(DateSource.URL));
  }

  @Test
  public void aDateWithinADayOfTheUrlAgreesWithIt() {
    // Arrange: 8:15 pm in New York on the 19th is the 20th in UTC.
    String html = "<html><head><link rel=\"canonical\" href=\"https://www.news.example/2019/11/19/story/\">"
        + "<meta property=\"article:published_time\" content=\"2019-11-19T20:15:00-05:00\">"
        + "</head><body><article>" + BODY + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.publishedAt(), is(Instant.parse("2019-11-20T01:15:00Z")));
    assertThat(a.publishedAtSource(), is(DateSource.META));
  }

  @Test
  public void anUpdateBeforeTheUrlsDayIsUnknown() {
    // Arrange
    String html = "<html><head><link rel=\"canonical\" href=\"https://www.news.example/2019/11/19/story/\">"
        + "<meta property=\"article:published_time\" content=\"2019-11-19T10:00:00Z\">"
        + "<meta property=\"article:modified_time\" content=\"2001-01-01T00:00:00Z\">"
        + "</head><body><article>" + BODY + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.updatedAt(), nullValue());
  }

  @Test
  public void textInputDatesComeFromTheDateline() {
    // Arrange
    String text = "Eastern Michigan routs Northern Illinois\n\nPublished: November 19, 2019\n\n"
        + "Eastern Michigan beat Northern Illinois by three touchdowns on Tuesday night and became"
        + " eligible for a bowl game for the third time in four seasons.\n";
    // Act
    CleanedArticle a = new TextCleaner(CleaningRules.standard()).clean(text);
    // Assert
    assertThat(a.publishedAt(), is(Instant.parse("2019-11-19T00:00:00Z")));
    assertThat(a.publishedAtSource(), is(DateSource.DATELINE));
  }

  @Test
  public void aSentinelDatelineIsSkippedForTheNextOne() {
    // Arrange
    String text = "Eastern Michigan routs Northern Illinois\n\nPublished: January 1, 1900\n\n"
        + "Posted: November 19, 2019\n\n"
        + "Eastern Michigan beat Northern Illinois by three touchdowns on Tuesday night and became"
        + " eligible for a bowl game for the third time in four seasons.\n";
    // Act
    CleanedArticle a = new TextCleaner(CleaningRules.standard()).clean(text);
    // Assert
    assertThat(a.publishedAt(), is(Instant.parse("2019-11-19T00:00:00Z")));
  }
}
