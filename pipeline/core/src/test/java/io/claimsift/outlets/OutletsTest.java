package io.claimsift.outlets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.Test;

public class OutletsTest {
  private static final String ID_A = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  private static final String ID_B = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";

  @Test
  public void aPublicSuffixOfTwoLabelsKeepsOneLabelMore() {
    assertThat(Outlets.of("https://www.bbc.co.uk/news/world-50482489", null, null, ID_A), equalTo("bbc.co.uk"));
    assertThat(Outlets.of("https://news.bbc.co.uk/1/hi/uk/123.stm", null, null, ID_A), equalTo("bbc.co.uk"));
    assertThat(Outlets.of("https://www.abc.net.au/news/2019-11-20/x/11720412", null, null, ID_A),
        equalTo("abc.net.au"));
  }

  @Test
  public void subdomainsOfOneSiteAreOneOutlet() {
    assertThat(Outlets.of("https://edition.cnn.com/2019/11/19/politics/x", null, null, ID_A), equalTo("cnn.com"));
    assertThat(Outlets.of("http://AMP.TheGuardian.com./world/2019", null, null, ID_A), equalTo("theguardian.com"));
  }

  @Test
  public void blogsUnderAPrivateSuffixAreSeparateOutlets() {
    assertThat(Outlets.of("https://alice.blogspot.com/2019/11/post.html", null, null, ID_A),
        equalTo("alice.blogspot.com"));
    assertThat(Outlets.of("https://bob.blogspot.com/2019/11/post.html", null, null, ID_A),
        equalTo("bob.blogspot.com"));
  }

  @Test
  public void anIpHostIsItsOwnOutlet() {
    assertThat(Outlets.of("http://192.0.2.17:8080/story", null, null, ID_A), equalTo("192.0.2.17"));
    assertThat(Outlets.of("http://[2001:DB8:0:0:0:0:0:1]/story", null, null, ID_A), equalTo("2001:db8::1"));
  }

  @Test
  public void theCrawledUrlAndThenTheSiteNameStandInForAMissingCanonicalUrl() {
    assertThat(Outlets.of(null, "https://www.reuters.com/article/x", "Reuters", ID_A), equalTo("reuters.com"));
    assertThat(Outlets.of("/relative/path", "https://www.reuters.com/article/x", null, ID_A),
        equalTo("reuters.com"));
    assertThat(Outlets.of(null, null, "  The   Hindu ", ID_A), equalTo("the hindu"));
    assertThat(Outlets.of("http://localhost/x", "ftp://files.example.com/x", "Daily News", ID_A),
        equalTo("daily news"));
  }

  @Test
  public void anArticleThatNamesNoSiteIsItsOwnOutletAndNeverMergesWithAnother() {
    String a = Outlets.of(null, null, null, ID_A);
    String b = Outlets.of("not a url", "", "   ", ID_B);

    assertThat(a, equalTo("article:0123456789abcdef"));
    assertThat(b, not(equalTo(a)));
    assertThat(Outlets.isUnknown(a), equalTo(true));
    assertThat(Outlets.isUnknown("bbc.co.uk"), equalTo(false));
  }

  @Test
  public void aSiteNameCannotPassForAnUnknownOutlet() {
    assertThat(Outlets.of(null, null, "article:0123456789abcdef", ID_B), equalTo("article:fedcba9876543210"));
  }
}
