package io.claimsift.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The report on synthetic datasets, without Beam: caps, determinism, escaping, reconciliation. */
public class RunReportTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private Document render(SyntheticRun run, RunInfo info) throws Exception {
    Path dir = run.write(tmp.newFolder().toPath());
    Path file = RunReport.write(dir, info);
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  /** Many claims, most with support 1 to 3 and every 25th with up to 40, so that the top of the list is known. */
  private static SyntheticRun manyClaims(int claims) {
    SyntheticRun run = new SyntheticRun();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      articles.add(run.article(i, "Article " + i));
    }
    for (int n = 0; n < claims; n++) {
      int support = n % 25 == 0 ? 1 + (n / 25) % 40 : 1 + n % 3;
      run.claim(n, "Claim number " + n + " says 5 things.", articles.subList(0, support));
    }
    return run;
  }

  @Test
  public void capsTheClaimsTableAndSaysWhereTheRestIs() throws Exception {
    SyntheticRun run = manyClaims(1_000);
    Document page = render(run, run.info());

    Elements rows = page.select("table.claims > tbody > tr");
    assertThat(rows.size(), equalTo(ReportLimits.DEFAULT.topClaims()));
    String cap = page.selectFirst("#top-claims p.cap").text();
    assertThat(cap, containsString("The 100 most corroborated of 1,000 claims"));
    assertThat(cap, containsString("the list stops at 100"));
    assertThat(page.selectFirst("#top-claims p.cap a").attr("href"), equalTo("claims/claims-00000-of-00001.csv"));
    // the datasets' own order: most outlets first, then support, then mention count, then claim id
    List<Claim> expected = new ArrayList<>(run.claims);
    expected.sort(java.util.Comparator.comparing(io.claimsift.output.Dataset.CLAIMS::sortKey));
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).id(), equalTo("claim-" + expected.get(i).getClaimId()));
    }
    assertThat(rows.get(0).selectFirst(".support-count").text(), equalTo("40"));
    // 40 sources and 40 mentions per top claim: eight sources and ten mentions shown, and the caps stated
    Element first = rows.get(0);
    assertThat(first.select("ul.sources > li").size(), equalTo(8));
    assertThat(first.select("td[data-label=Sources] p.cap").text(), containsString("8 of 40 sources shown"));
    assertThat(first.select("ol.mentions > li").size(), equalTo(10));
    assertThat(first.select("details p.cap").text(), containsString("10 of 40 mentions shown"));
    assertThat(first.selectFirst("ol.mentions > li .badge").text(), equalTo("representative"));
  }

  @Test
  public void smallRunsListEveryClaimWithoutACapLink() throws Exception {
    SyntheticRun run = manyClaims(7);
    Document page = render(run, run.info());

    assertThat(page.select("table.claims > tbody > tr").size(), equalTo(7));
    assertThat(page.selectFirst("#top-claims p.cap").text(), containsString("All 7 claims"));
    assertThat(page.select("#top-claims p.cap a").isEmpty(), is(true));
  }

  @Test
  public void sameDatasetsGiveTheSameBytesWherever() throws Exception {
    SyntheticRun run = manyClaims(300);
    Path a = run.write(tmp.newFolder("first").toPath());
    Path b = run.write(tmp.newFolder("elsewhere", "second").toPath());

    byte[] first = Files.readAllBytes(RunReport.write(a, run.info()));
    byte[] again = Files.readAllBytes(RunReport.write(a, run.info()));
    byte[] moved = Files.readAllBytes(RunReport.write(b, run.info()));

    assertThat(again, equalTo(first));
    assertThat(moved, equalTo(first));
    String html = new String(first, StandardCharsets.UTF_8);
    assertThat(html, not(containsString(tmp.getRoot().toString())));
  }

  @Test
  public void textFromTheDataIsEscapedAndLinksAreOnlyWebAddresses() throws Exception {
    SyntheticRun run = new SyntheticRun();
    Article evil = run.article(1, "Title with \"quotes\" & <b>tags</b>");
    evil.setCanonicalUrl("javascript:alert(1)");
    Article good = run.article(2, "A fine page");
    good.setCanonicalUrl("https://news.example/story?id=1&x=2");
    run.claim(1, "<script>alert('x')</script> costs $5", List.of(evil, good));

    Document page = render(run, run.info());

    assertThat(page.select("script").size(), equalTo(1)); // only our own, optional one
    assertThat(page.selectFirst("script").hasAttr("src"), is(false));
    Element row = page.selectFirst("table.claims > tbody > tr");
    assertThat(row.selectFirst("p.text").text(), equalTo("<script>alert('x')</script> costs $5"));
    Elements links = row.select("ul.sources a");
    assertThat(links.size(), equalTo(1));
    assertThat(links.get(0).attr("href"), equalTo("https://news.example/story?id=1&x=2"));
    assertThat(row.select("ul.sources").text(), containsString("Title with \"quotes\" & <b>tags</b>"));
  }

  @Test
  public void marksTheQuantitiesOfEachMention() throws Exception {
    SyntheticRun run = new SyntheticRun();
    Article a = run.article(1, "One");
    Claim claim = run.claim(1, "They paid $5 million for 20 boats.", List.of(a));
    ClaimMention m = run.mentions.get(0);
    m.setStart(100);
    m.setEnd(100 + m.getSentence().length());
    m.setQuantities(List.of(SyntheticRun.quantity("$5 million", 110, 5e6), SyntheticRun.quantity("20 boats", 125, 20)));
    claim.setQuantities(m.getQuantities());

    Document page = render(run, run.info());

    Elements marks = page.select("ol.mentions mark");
    assertThat(marks.eachText(), equalTo(List.of("$5 million", "20 boats")));
    assertThat(page.selectFirst("ol.mentions blockquote").text(), equalTo("They paid $5 million for 20 boats."));
    assertThat(page.select("ul.facts .detail").eachText(),
        equalTo(List.of("money: 5,000,000 USD", "money: 20 USD")));
  }

  @Test
  public void summaryCountsAddUpOrSayThatTheyDoNot() throws Exception {
    SyntheticRun run = manyClaims(20);
    run.reject("broken.bin", "read", "binary");
    run.removed(run.articles.get(0), 0, "Share this", "share_prompt");

    Document page = render(run, run.info());
    assertThat(page.select("#summary .status.mismatch"), empty());
    assertThat(page.select("#summary .alert"), empty());
    assertThat(value(page, "input-files"), equalTo(41L));
    assertThat(value(page, "rejects"), equalTo(1L));
    assertThat(value(page, "removed-segments"), equalTo(1L));
    assertThat(value(page, "claims"), equalTo(20L));

    RunInfo wrong = run.info();
    SortedMap<String, SortedMap<String, Long>> counters = new TreeMap<>(wrong.counters());
    counters.put("dedup", new TreeMap<>(java.util.Map.of("merges", 1L)));
    Document mismatched = render(run, new RunInfo("test", wrong.options(), wrong.inputFiles(), counters));
    assertThat(mismatched.select("#count-claims .status.mismatch").size(), equalTo(1));
    assertThat(mismatched.select("#summary .alert").size(), equalTo(1));
  }

  @Test
  public void sentencesSkippedForLengthOrBudgetAreTermsOfTheSentenceSum() throws Exception {
    // Arrange: 2 sentences over --maxSentenceChars and 1 past --maxCandidateChars, which
    // ExtractClaims counts in claims.sentences without analysing them
    SyntheticRun run = manyClaims(5);
    RunInfo base = run.info();
    SortedMap<String, SortedMap<String, Long>> counters = new TreeMap<>(base.counters());
    SortedMap<String, Long> claims = new TreeMap<>(counters.get("claims"));
    claims.merge("sentences", 3L, Long::sum);
    claims.put("sentences_too_long", 2L);
    claims.put("sentences_over_budget", 1L);
    counters.put("claims", claims);

    // Act
    Document page = render(run, new RunInfo("test", base.options(), base.inputFiles(), counters));

    // Assert
    assertThat(page.select("#count-sentences .status.ok").size(), equalTo(1));
    assertThat(page.selectFirst("#count-sentences").text(),
        containsString("+ 2 too long + 1 past the article's candidate budget"));

    claims.put("sentences_too_long", 1L);
    Document short1 = render(run, new RunInfo("test", base.options(), base.inputFiles(), counters));
    assertThat(short1.select("#count-sentences .status.mismatch").size(), equalTo(1));
  }

  @Test
  public void anEmptyRunStillReads() throws Exception {
    SyntheticRun run = new SyntheticRun();
    Document page = render(run, new RunInfo("test", java.util.Map.of(), 0, new TreeMap<>()));

    assertThat(page.selectFirst("#top-claims").text(), containsString("This run found no claims"));
    assertThat(page.selectFirst("#rejects").text(), containsString("No input file was rejected"));
    assertThat(page.selectFirst("#cleaning").text(), containsString("removed nothing"));
    assertThat(page.selectFirst("#count-sentences .status").text(), containsString("not checked"));
  }

  @Test
  public void rejectsAndRemovalsAreChartedWithTheirFirstFilesAndSamples() throws Exception {
    SyntheticRun run = manyClaims(3);
    for (int i = 0; i < 8; i++) {
      run.reject(String.format(java.util.Locale.ROOT, "big-%02d.html", i), "read", "too_large");
    }
    run.reject("empty.txt", "clean", "no_body_text");
    for (int i = 0; i < 6; i++) {
      run.removed(run.articles.get(i), 10, "Subscribe now " + i, "subscribe_prompt");
    }

    Document page = render(run, run.info());

    Elements rejectBars = page.select("#rejects svg.chart g");
    assertThat(rejectBars.size(), equalTo(2));
    assertThat(rejectBars.get(0).selectFirst("text.label").text(), equalTo("too_large (read)"));
    assertThat(rejectBars.get(0).selectFirst("text.value").text(), equalTo("8"));
    Element tooLarge = page.select("#rejects table.reasons > tbody > tr").get(0);
    assertThat(tooLarge.select("ul.samples > li code").eachText(),
        equalTo(List.of("big-00.html", "big-01.html", "big-02.html", "big-03.html", "big-04.html")));
    assertThat(tooLarge.selectFirst("p.cap").text(), equalTo("and 3 more files"));

    assertThat(page.select("#cleaning svg.chart g text.label").eachText(), equalTo(List.of("subscribe_prompt")));
    Element removals = page.selectFirst("#cleaning table.reasons > tbody > tr");
    assertThat(removals.select("ul.samples > li").size(), equalTo(3));
    assertThat(removals.selectFirst("p.cap").text(), equalTo("and 3 more segments"));
  }

  private static long value(Document page, String id) {
    return Long.parseLong(page.selectFirst("#count-" + id + " td.num").attr("data-value"));
  }
}
