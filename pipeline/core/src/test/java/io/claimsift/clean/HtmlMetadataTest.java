package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import org.junit.Test;

/** Metadata of HTML pages: small pages shaped like real news pages. */
public class HtmlMetadataTest {

  private static final String ENGLISH_BODY =
      "<p>The city council approved the new transport budget on Monday after a long debate,"
          + " with most members saying the plan would cut travel times for commuters.</p>"
          + "<p>The budget sets aside money for three new bus lines and for repairs to the"
          + " bridges that carry most of the traffic into the centre of the city.</p>";

  private final HtmlCleaner cleaner = new HtmlCleaner(CleaningRules.standard());

  @Test
  public void jsonLdGivesAuthorsAndDates() {
    // Arrange
    String html = "<html lang=\"en\"><head>"
        + "<title>Council approves budget | The Courier</title>"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"headline\":\"Council approves budget\","
        + "\"datePublished\":\"2024-05-06T09:30:00+02:00\",\"dateModified\":\"2024-05-07T10:00:00Z\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Maria Lopez\"},"
        + "{\"@type\":\"Person\",\"name\":\"Tom Becker\"}]}</script>"
        + "</head><body><article><h1>Council approves budget</h1>" + ENGLISH_BODY
        + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.authors(), contains("Maria Lopez", "Tom Becker"));
    assertThat(a.publishedAt(), is(Instant.parse("2024-05-06T07:30:00Z")));
    assertThat(a.updatedAt(), is(Instant.parse("2024-05-07T10:00:00Z")));
  }

  @Test
  public void titleLosesSiteSuffixAndSiteNameAndCanonicalAreRead() {
    // Arrange
    String html = "<html><head><title>Council approves budget - The Courier</title>"
        + "<meta property=\"og:site_name\" content=\"The Courier\">"
        + "<meta property=\"og:title\" content=\"Council approves budget | The Courier\">"
        + "<link rel=\"canonical\" href=\"https://courier.example/news/budget\">"
        + "</head><body><article>" + ENGLISH_BODY + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.title(), is("Council approves budget"));
    assertThat(a.siteName(), is("The Courier"));
    assertThat(a.canonicalUrl(), is("https://courier.example/news/budget"));
  }

  @Test
  public void metaAuthorAndPublishedTimeMetaAreRead() {
    // Arrange
    String html = "<html><head><meta name=\"author\" content=\"Jane Roe and John Poe\">"
        + "<meta property=\"article:published_time\" content=\"2023-11-02T08:00:00Z\">"
        + "</head><body><article>" + ENGLISH_BODY + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.authors(), contains("Jane Roe", "John Poe"));
    assertThat(a.publishedAt(), is(Instant.parse("2023-11-02T08:00:00Z")));
  }

  @Test
  public void bylineElementAndTimeElementAreRead() {
    // Arrange
    String html = "<html><body><article><h1>Council approves budget</h1>"
        + "<div class=\"byline\">By <a rel=\"author\" href=\"/staff/ana\">Ana Souza</a></div>"
        + "<time datetime=\"2022-01-15T12:00:00Z\">January 15, 2022</time>"
        + ENGLISH_BODY + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.authors(), contains("Ana Souza"));
    assertThat(a.publishedAt(), is(Instant.parse("2022-01-15T12:00:00Z")));
  }

  /**
   * A name in the page header, outside the article. The text classifier adds it to the authors
   * too (a name line at the top), but after the names the markup gives: the first author shows
   * whether the article's bylines or the whole page's were read.
   */
  private static final String HEADER_AUTHOR =
      "<div class=\"top\"><span class=\"author\">Lena Fischer</span></div>";

  @Test
  public void theArticlesBylineComesBeforeThePagesOthers() {
    // Arrange
    String html = "<html><body>" + HEADER_AUTHOR + "<article><h1>Council approves budget</h1>"
        + "<div class=\"byline\">By Ana Souza</div>" + ENGLISH_BODY + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.authors(), contains("Ana Souza", "Lena Fischer"));
  }

  @Test
  public void aBylineTheRemovalTakesOutOfTheArticleLeavesThePagesBylinesAsTheyWere() {
    // Arrange: the article's only byline sits in a share box, which the removal takes out, so
    // the page's bylines, read before the removal, name the authors in page order
    String html = "<html><body>" + HEADER_AUTHOR + "<article><h1>Council approves budget</h1>"
        + "<div class=\"share-tools\"><span class=\"author\">By Ana Souza</span></div>"
        + ENGLISH_BODY + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.authors(), contains("Lena Fischer", "Ana Souza"));
  }

  @Test
  public void anItempropNameIsTheArticlesOnlyUnderAnItempropAuthorInsideIt() {
    // Arrange: itemprop=author around the article (the article's name has no such ancestor
    // inside it, so the page's bylines are read), and inside it (the article's byline wins)
    String around = "<html><body>" + HEADER_AUTHOR + "<div itemprop=\"author\"><article>"
        + "<h1>Council approves budget</h1><span itemprop=\"name\">Ana Souza</span>"
        + ENGLISH_BODY + "</article></div></body></html>";
    String inside = "<html><body>" + HEADER_AUTHOR + "<article><h1>Council approves budget</h1>"
        + "<div itemprop=\"author\"><span itemprop=\"name\">Ana Souza</span></div>"
        + ENGLISH_BODY + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(around);
    CleanedArticle b = cleaner.clean(inside);
    // Assert
    assertThat(a.authors(), contains("Lena Fischer", "Ana Souza"));
    assertThat(b.authors(), contains("Ana Souza", "Lena Fischer"));
  }

  @Test
  public void wrongHtmlLangIsOverruledByTheDetector() {
    // Arrange: an English article on a page that declares German.
    String html = "<html lang=\"de\"><body><article>" + ENGLISH_BODY + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.language(), is("en"));
  }

  @Test
  public void languageIsDetectedWithoutHtmlLang() {
    // Arrange
    String html = "<html><body><article>"
        + "<p>A prefeitura anunciou nesta segunda-feira um novo plano para o transporte público,"
        + " com mais linhas de ônibus e a reforma das principais pontes da cidade.</p>"
        + "<p>Segundo a secretaria, as obras devem começar no próximo mês e terminar antes do"
        + " fim do ano, sem interromper o trânsito nos horários de pico.</p>"
        + "</article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.language(), is("pt"));
  }

  @Test
  public void declaredLanguageIsKeptWhenTheTextIsTooShortToCheck() {
    // Arrange
    String html = "<html lang=\"it-IT\"><body><article><p>Breve.</p></article></body></html>";
    // Act
    CleanedArticle a = cleaner.clean(html);
    // Assert
    assertThat(a.language(), is("it"));
  }
}
