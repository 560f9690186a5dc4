package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import org.junit.Test;

/** Days stated in the path of a canonical URL: the last source of a publication date. */
public class UrlDatesTest {

  @Test
  public void slashedYearMonthDay() {
    assertThat(UrlDates.day("https://www.news.example/story/sports/2019/11/19/bowl-eligible/4244754002/"),
        is(LocalDate.of(2019, 11, 19)));
    assertThat(UrlDates.day("http://mlb.example.com/2012/8/9/3230431/tv-rights"), is(LocalDate.of(2012, 8, 9)));
    assertThat(UrlDates.day("https://blog.example/2025/6/9/top-10-cameras"), is(LocalDate.of(2025, 6, 9)));
  }

  @Test
  public void dashedAndCompactDays() {
    assertThat(UrlDates.day("http://www.example.com/blog/2012-11-02/agents-help-evacuees/"),
        is(LocalDate.of(2012, 11, 2)));
    assertThat(UrlDates.day("http://www.example.com/future/story/20120724-stop-obscuring-the-sky"),
        is(LocalDate.of(2012, 7, 24)));
    assertThat(UrlDates.day("https://www.example.org/tuft-cells-set-off-immune-responses-20191115/"),
        is(LocalDate.of(2019, 11, 15)));
  }

  @Test
  public void yearAndMonthAloneStateNoDay() {
    assertThat(UrlDates.day("https://www.example.com/2019/11/impeachment-inquiry/"), nullValue());
  }

  @Test
  public void hostQueryAndFragmentAreIgnored() {
    assertThat(UrlDates.day("http://20191119.example.com/news"), nullValue());
    assertThat(UrlDates.day("http://headlines.example.jp/hl?a=20170309-35097838-cnetj-sci"), nullValue());
    assertThat(UrlDates.day("https://example.com/post#2019/11/19"), nullValue());
  }

  @Test
  public void numbersThatAreNotPlausibleDaysAreIgnored() {
    assertThat(UrlDates.day("https://www.example.com/gear/a19663621/best-running-shoes/"), nullValue());
    assertThat(UrlDates.day("https://example.com/2019/13/45/odd"), nullValue());
    assertThat(UrlDates.day("https://example.com/archive/1970/01/01/epoch"), nullValue());
    assertThat(UrlDates.day("https://example.com/1985/06/01/too-early"), nullValue());
    assertThat(UrlDates.day(null), nullValue());
    assertThat(UrlDates.day(""), nullValue());
  }

  @Test
  public void aPathWithoutScheme() {
    assertThat(UrlDates.day("/2018/10/09/court-demand/"), is(LocalDate.of(2018, 10, 9)));
  }
}
