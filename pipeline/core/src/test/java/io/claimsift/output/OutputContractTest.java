package io.claimsift.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.DateSpan;
import io.claimsift.schema.Quantity;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** The output contract: what is repaired, what is rejected, and that clean records pass untouched. */
public class OutputContractTest {

  private static final String SENTENCE = "Prices rose 5% in 2019, the bank said on Tuesday.";

  private static Article.Builder article() {
    String text = "Prices rose.\n\n" + SENTENCE;
    return Article.newBuilder()
        .setArticleId("a1").setSourceUri("news/a1.html").setFormat("html")
        .setTitle("Prices").setAuthors(List.of("Ana Souza"))
        .setPublishedAt(Instant.parse("2019-11-19T10:00:00Z")).setPublishedAtSource("meta")
        .setCleanText(text).setRawLength(500).setCleanLength(text.length())
        .setRemovedCount(0).setPipelineVersion("test");
  }

  /** The sentence at offset 14 of the article's clean text, with a quantity, a date and a claimer. */
  private static ClaimMention.Builder mention() {
    int s = 14;
    return ClaimMention.newBuilder()
        .setMentionId("m1").setArticleId("a1").setClaimId("c1").setSentence(SENTENCE)
        .setStart(s).setEnd(s + SENTENCE.length())
        .setQuantities(List.of(new Quantity("5%", s + 12, s + 14, "percent", 5.0, "percent", null, 5.0, null, null, "=", null)))
        .setDates(List.of(new DateSpan("Tuesday", s + 42, s + 49, LocalDate.of(2019, 11, 19),
            LocalDate.of(2019, 11, 19), "day")))
        .setAttribution("the bank").setAttributionStart(s + 24).setAttributionEnd(s + 32)
        .setAttributionInSentence(true)
        .setHedged(false).setScore(0.8).setSimilarityToRepresentative(1.0);
  }

  @Test
  public void cleanRecordsPassAsTheyAre() {
    Article a = article().build();
    ClaimMention m = mention().build();

    assertThat(OutputContract.check(Dataset.ARTICLES, a).record(), sameInstance(a));
    assertThat(OutputContract.check(Dataset.ARTICLES, a).violations(), is(empty()));
    assertThat(OutputContract.check(Dataset.CLAIM_MENTIONS, m).record(), sameInstance(m));
    assertThat(OutputContract.check(Dataset.CLAIM_MENTIONS, m).violations(), is(empty()));
  }

  @Test
  public void aFirstSeenReleaseThatIsNoReleaseIdIsSetToNull() {
    Article good = article().setFirstSeenRelease("2026-11-21").build();
    Article bad = article().setFirstSeenRelease("../2026-11-21").build();

    OutputContract.Checked checked = OutputContract.check(Dataset.ARTICLES, bad);

    assertThat(OutputContract.check(Dataset.ARTICLES, good).record(), sameInstance(good));
    assertThat(checked.rejected(), is(false));
    assertThat(((Article) checked.record()).getFirstSeenRelease(), nullValue());
    assertThat(checked.violations(), contains("articles.first_seen_release: not a release id (1 to 64 of A-Z a-z "
        + "0-9 . _ -) (set to null)"));
  }

  @Test
  public void aZeroTimePublicationIsSetToNullOnACopy() {
    Article a = article().setPublishedAt(Instant.parse("0001-01-01T00:00:00Z")).build();

    OutputContract.Checked checked = OutputContract.check(Dataset.ARTICLES, a);

    assertThat(checked.rejected(), is(false));
    assertThat(((Article) checked.record()).getPublishedAt(), nullValue());
    assertThat(checked.violations(), contains(containsString("articles.published_at: 0001-01-01 is outside")));
    assertThat("the input record is not modified", a.getPublishedAt(), is(Instant.parse("0001-01-01T00:00:00Z")));
  }

  @Test
  public void yearZeroDatesOfAMentionAreSetToNull() {
    ClaimMention m = mention().setDates(List.of(new DateSpan("Tuesday", 14 + 42, 14 + 49,
        LocalDate.of(0, 1, 1), LocalDate.of(0, 12, 31), "year"))).build();

    OutputContract.Checked checked = OutputContract.check(Dataset.CLAIM_MENTIONS, m);

    DateSpan span = ((ClaimMention) checked.record()).getDates().get(0);
    assertThat(span.getStart(), nullValue());
    assertThat(span.getEnd(), nullValue());
    assertThat(checked.violations(), hasSize(2));
    assertThat(checked.violations().get(0), containsString("claim_mentions.dates[0].start: 0000-01-01 is outside"));
  }

  @Test
  public void aNonFiniteRequiredNumberRejectsTheRecord() {
    ClaimMention m = mention().setQuantities(List.of(
        new Quantity("5%", 26, 28, "percent", Double.NaN, "percent", null, 5.0, null, null, "=", null))).build();

    OutputContract.Checked checked = OutputContract.check(Dataset.CLAIM_MENTIONS, m);

    assertThat(checked.rejected(), is(true));
    assertThat(checked.violations(), contains("claim_mentions.quantities[0].value: not a finite number: NaN"));
  }

  @Test
  public void aNonFiniteNullableNumberIsSetToNull() {
    ClaimMention m = mention().setQuantities(List.of(new Quantity("5%", 26, 28, "percent", 5.0, "percent", null,
        5.0, Double.NEGATIVE_INFINITY, 5.0, "=", null))).build();

    OutputContract.Checked checked = OutputContract.check(Dataset.CLAIM_MENTIONS, m);

    Quantity q = ((ClaimMention) checked.record()).getQuantities().get(0);
    assertThat(q.getLow(), nullValue());
    assertThat(q.getHigh(), is(5.0));
  }

  @Test
  public void unpairedSurrogatesRejectARequiredStringAndNullANullableOne() {
    String broken = "Prices \uD83D rose.";
    String text = broken + "\n\n" + SENTENCE;
    Article body = article().setCleanText(text).setCleanLength(text.length()).build();
    Article title = article().setTitle("Prices \uDC00").build();

    assertThat(OutputContract.check(Dataset.ARTICLES, body).rejected(), is(true));
    assertThat(OutputContract.check(Dataset.ARTICLES, body).violations(),
        contains("articles.clean_text: unpaired surrogate at index 7"));
    assertThat(((Article) OutputContract.check(Dataset.ARTICLES, title).record()).getTitle(), nullValue());
    assertThat(OutputContract.isWellFormed("emoji \uD83D\uDE00 paired"), is(true));
  }

  @Test
  public void anUnpairedSurrogateInAnArrayRejectsTheRecord() {
    Article a = article().setAuthors(List.of("Ana Souza", "\uD800")).build();

    OutputContract.Checked checked = OutputContract.check(Dataset.ARTICLES, a);

    assertThat(checked.rejected(), is(true));
    assertThat(checked.violations(), contains("articles.authors[1]: unpaired surrogate at index 0"));
  }

  @Test
  public void offsetsOutsideTheirTextRejectTheRecord() {
    ClaimMention quantityOutside = mention().setQuantities(List.of(
        new Quantity("5%", 2, 4, "percent", 5.0, "percent", null, 5.0, null, null, "=", null))).build();
    ClaimMention wrongSpan = mention().setEnd(14 + SENTENCE.length() + 3).build();
    Article wrongLength = article().setCleanLength(3).build();
    RemovedSegment line = new RemovedSegment("a1", 10, 14, 2, "Home page", "navigation");

    assertThat(OutputContract.check(Dataset.CLAIM_MENTIONS, quantityOutside).rejected(), is(true));
    assertThat(OutputContract.check(Dataset.CLAIM_MENTIONS, wrongSpan).rejected(), is(true));
    assertThat(OutputContract.check(Dataset.ARTICLES, wrongLength).rejected(), is(true));
    assertThat(OutputContract.check(Dataset.REMOVED_SEGMENTS, line).rejected(), is(true));
  }

  @Test
  public void anAttributionWhoseOffsetsDoNotSpanItIsSetToNullWithItsOffsets() {
    ClaimMention m = mention().setAttributionEnd(14 + 40).build();

    ClaimMention repaired = (ClaimMention) OutputContract.check(Dataset.CLAIM_MENTIONS, m).record();

    assertThat(repaired.getAttribution(), nullValue());
    assertThat(repaired.getAttributionStart(), nullValue());
    assertThat(repaired.getAttributionEnd(), nullValue());
    assertThat(repaired.getAttributionInSentence(), nullValue());
  }

  @Test
  public void aClaimFirstPublishedBeforeTheFloorIsSetToNull() {
    Claim c = Claim.newBuilder()
        .setClaimId("c1").setText(SENTENCE).setRepresentativeMentionId("m1").setSupportCount(1)
        .setMentionCount(1).setArticleIds(List.of("a1")).setQuantities(List.of()).setDates(List.of())
        .setFirstPublishedAt(Instant.parse("1970-01-01T00:00:00Z")).setSourceUris(List.of("news/a1.html"))
        .build();

    Claim checked = (Claim) OutputContract.check(Dataset.CLAIMS, c).record();

    assertThat(checked.getFirstPublishedAt(), nullValue());
  }

  @Test
  public void aRejectIsRepairedNeverRejected() {
    Reject r = new Reject("news/\uDC80.html", "clean", "internal_error", "boom");

    OutputContract.Checked checked = OutputContract.check(Dataset.REJECTS, r);

    assertThat(checked.rejected(), is(false));
    assertThat(((Reject) checked.record()).getSourceUri(), is("news/\uFFFD.html"));
    assertThat(checked.violations(), hasSize(1));
  }

  @Test
  public void theRejectOfARecordNamesItAndItsViolations() {
    ClaimMention m = mention().build();

    Reject r = OutputContract.reject("news/a1.html", Dataset.CLAIM_MENTIONS, m, List.of("x: y", "z: w"));

    assertThat(r.getSourceUri(), is("news/a1.html"));
    assertThat(r.getStage(), is("write"));
    assertThat(r.getReason(), is("contract_violation"));
    assertThat(r.getDetail(), containsString("claim_mentions record a1|"));
    assertThat(r.getDetail(), containsString("broke the output contract: x: y; z: w"));
  }

  @Test
  public void statedDaysRunFromThe10thCenturyTo3099() {
    assertThat(OutputContract.isStatedDay(LocalDate.of(900, 1, 1)), is(true));
    assertThat(OutputContract.isStatedDay(LocalDate.of(899, 12, 31)), is(false));
    assertThat(OutputContract.isStatedDay(LocalDate.of(3099, 12, 31)), is(true));
    assertThat(OutputContract.isStatedDay(LocalDate.of(3100, 1, 1)), is(false));
  }
}
