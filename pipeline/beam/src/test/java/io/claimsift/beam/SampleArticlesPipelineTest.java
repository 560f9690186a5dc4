package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import io.claimsift.output.Dataset;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.Quantity;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVRecord;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Runs the whole pipeline on the five sample articles and checks what a reader of the datasets expects. */
public class SampleArticlesPipelineTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  private static Path output;
  private static RunSummary summary;
  private static Map<String, Article> articlesByUri;
  private static List<ClaimMention> mentions;
  private static List<Claim> claims;
  private static List<RemovedSegment> removed;

  @BeforeClass
  public static void runOnSamples() throws Exception {
    output = TMP.getRoot().toPath().resolve("out");
    ClaimSiftOptions options = PipelineOptionsFactory
        .fromArgs("--input=input/", "--output=" + output).as(ClaimSiftOptions.class);
    summary = ClaimSiftPipeline.run(options);
    articlesByUri = OutputFiles.avro(output, Dataset.ARTICLES, Article.class).stream()
        .collect(Collectors.toMap(Article::getSourceUri, Function.identity()));
    mentions = OutputFiles.avro(output, Dataset.CLAIM_MENTIONS, ClaimMention.class);
    claims = OutputFiles.avro(output, Dataset.CLAIMS, Claim.class);
    removed = OutputFiles.avro(output, Dataset.REMOVED_SEGMENTS, RemovedSegment.class);
  }

  private static Article article(String prefix) {
    return articlesByUri.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
        .map(Map.Entry::getValue).findFirst().orElseThrow();
  }

  /** The text (a distinctive fragment) must be gone from clean_text and recorded with the reason. */
  private static void assertRemoved(String articlePrefix, String fragment, String reason) {
    Article a = article(articlePrefix);
    assertThat(articlePrefix + " still contains " + fragment, a.getCleanText().contains(fragment), is(false));
    List<String> reasons = removed.stream()
        .filter(s -> s.getArticleId().equals(a.getArticleId()) && s.getText().contains(fragment))
        .map(RemovedSegment::getReason).toList();
    assertThat(articlePrefix + ": " + fragment, reasons, hasItem(reason));
  }

  private static Claim claimOfMentionContaining(String articlePrefix, String fragment) {
    String articleId = article(articlePrefix).getArticleId();
    ClaimMention mention = mentions.stream()
        .filter(m -> m.getArticleId().equals(articleId) && m.getSentence().contains(fragment))
        .findFirst().orElseThrow(() -> new AssertionError("no claim mention with " + fragment));
    return claims.stream().filter(c -> c.getClaimId().equals(mention.getClaimId())).findFirst().orElseThrow();
  }

  private static Set<String> articleIds(String... prefixes) {
    return java.util.Arrays.stream(prefixes).map(p -> article(p).getArticleId()).collect(Collectors.toSet());
  }

  @Test
  public void fiveArticlesAndNoRejects() throws Exception {
    assertThat(articlesByUri.keySet(), containsInAnyOrder("000_4dc87a5fd8523e15.txt",
        "001_c67cc06ef57ab136.txt", "002_5344aadedac827a6.txt", "003_4f0adde976a0fa26.txt",
        "004_365083c2c57dae54.txt"));
    assertThat(OutputFiles.avro(output, Dataset.REJECTS, Reject.class), empty());
    assertThat(summary.inputs(), equalTo(5L));
    assertThat(summary.reconciles(), is(true));
  }

  @Test
  public void boilerplateIsRemovedWithTheRightReason() {
    assertRemoved("000", "Tim Alper", "byline");
    assertRemoved("000", "1 min read", "reading_time");
    assertRemoved("000", "Source: iStock", "image_credit");
    assertRemoved("001", "Leave a Reply", "comment_form");
    assertRemoved("001", "Your email address will not be published", "comment_form");
    assertRemoved("002", "Home / Capital & Crypto", "navigation");
    assertRemoved("002", "Last Updated March 4, 2021", "dateline");
    assertRemoved("002", "Mark Emem", "byline");
    assertRemoved("002", "attack lifecycle | Source: FireEye", "image_credit");
    assertRemoved("003", "Search Inside Bitcoins", "navigation");
    assertRemoved("003", "prepared to lose all the money", "disclaimer");
    assertRemoved("003", "north korean hackers", "caption");
    assertRemoved("003", "north korean hackers", "duplicate");
    assertRemoved("003", "Join Our Telegram channel", "share_prompt");
    assertRemoved("003", "Read next", "related_links");
    assertRemoved("004", "Lele Jima is a writer", "author_bio");
    assertRemoved("004", "LinkedIn Twitter WhatsApp", "share_prompt");
    assertRemoved("004", "Related Posts", "related_links");
    assertRemoved("004", "sidebar", "layout_residue");
  }

  @Test
  public void noRemovedSegmentSurvivesAsABodyParagraph() {
    Map<String, Set<String>> paragraphsById = articlesByUri.values().stream().collect(Collectors.toMap(
        Article::getArticleId, a -> Set.copyOf(List.of(a.getCleanText().split("\n\n")))));
    for (RemovedSegment s : removed) {
      if (!s.getReason().equals("duplicate")) { // a duplicate's first copy may be kept body text
        assertThat(s.getReason() + ": " + s.getText(),
            paragraphsById.get(s.getArticleId()).contains(s.getText()), is(false));
      }
    }
  }

  @Test
  public void titlesAndBylinesAreFields() {
    assertThat(article("000").getTitle(), equalTo("UN Believes North Korean Crypto Raiders Have Amassed USD 2Bn"));
    assertThat(article("001").getTitle(), equalTo("Confidential UN Report Says North Korea Stole $2 Billion from Crypto Exchanges"));
    assertThat(article("002").getTitle(), equalTo("North Korea’s $2 Billion Crypto Exchange Thefts Funds Kim’s Nukes: UN Report"));
    assertThat(article("003").getTitle(), equalTo("North Korea Has Raked in $2 Billion Illegally from Crypto Exchange"));
    assertThat(article("000").getAuthors(), equalTo(List.of("Tim Alper")));
    assertThat(article("002").getAuthors(), equalTo(List.of("Mark Emem")));
    assertThat(article("004").getAuthors(), equalTo(List.of("Lele Jima")));
    for (Article a : articlesByUri.values()) {
      if (a.getTitle() != null) {
        assertThat(a.getSourceUri(), a.getCleanText().startsWith(a.getTitle()), is(false));
      }
    }
  }

  @Test
  public void theTwoBillionFigureIsOneClaimReportedByAllFiveArticles() {
    Claim claim = claimOfMentionContaining("003", "raked a staggering $2 billion");

    assertThat(claim.getSupportCount(), equalTo(5));
    assertThat(Set.copyOf(claim.getArticleIds()), equalTo(articleIds("000", "001", "002", "003", "004")));
    for (String[] other : new String[][] {{"000", "USD 2 billion"}, {"001", "around $2 billion"},
        {"002", "approximately $2 billion"}, {"004", "estimated $2 billion"}}) {
      assertThat(other[1], claimOfMentionContaining(other[0], other[1]).getClaimId(), equalTo(claim.getClaimId()));
    }
  }

  @Test
  public void theTwoBillionFigureComesFromFiveOutletsAndNamesItsClaimers() {
    // the sample text dumps name no site: each article is its own outlet
    Claim claim = claimOfMentionContaining("003", "raked a staggering $2 billion");

    assertThat(claim.getOutletCount(), equalTo(5));
    assertThat(claim.getOutlets().size(), equalTo(5));
    assertThat(claim.getOutlets().stream().allMatch(o -> o.startsWith("article:")), equalTo(true));
    assertThat(claim.getClaimers(), hasItem("Reuters"));
    assertThat(claim.getClaimers(), equalTo(claim.getClaimers().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList()));
  }

  @Test
  public void theThirtyFiveAttacksFigureIsOneClaimSupportedByTheArticlesThatStateIt() {
    Claim claim = claimOfMentionContaining("004", "investigating 35 instances");

    assertThat(Set.copyOf(claim.getArticleIds()), equalTo(articleIds("000", "001", "002", "004")));
    assertThat(claim.getSupportCount(), equalTo(4));
  }

  @Test
  public void differentFiguresStaySeparateClaims() {
    String twoBillion = claimOfMentionContaining("003", "raked a staggering $2 billion").getClaimId();
    String southKorea = claimOfMentionContaining("004", "$2.3 billion").getClaimId();
    String earlier = claimOfMentionContaining("002", "$650 million").getClaimId();

    assertThat(Set.of(twoBillion, southKorea, earlier).size(), equalTo(3));
  }

  @Test
  public void moneyIsNormalisedToItsCurrency() {
    Quantity usd2bn = mentions.stream().flatMap(m -> m.getQuantities().stream())
        .filter(q -> q.getText().equals("USD 2 billion")).findFirst().orElseThrow();
    List<Quantity> wonAndDollars = mentions.stream().filter(m -> m.getSentence().contains("2.7 trillion won"))
        .findFirst().orElseThrow().getQuantities();

    assertThat(usd2bn.getNormalizedValue(), equalTo(2.0e9));
    assertThat(usd2bn.getCurrency(), equalTo("USD"));
    assertThat(wonAndDollars.stream().filter(q -> "money".equals(q.getKind()))
        .map(q -> q.getCurrency() + " " + q.getNormalizedValue()).toList(),
        hasItem("KRW 2.7E12"));
    assertThat(wonAndDollars.stream().map(q -> q.getCurrency() + " " + q.getNormalizedValue()).toList(),
        hasItem("USD 2.3E9"));
  }

  @Test
  public void offsetsRoundTripForEveryMentionQuantityAndDate() {
    Map<String, String> textById = articlesByUri.values().stream()
        .collect(Collectors.toMap(Article::getArticleId, Article::getCleanText));
    assertThat(mentions, not(empty()));
    for (ClaimMention m : mentions) {
      String text = textById.get(m.getArticleId());
      assertThat(text.substring(m.getStart(), m.getEnd()), equalTo(m.getSentence()));
      m.getQuantities().forEach(q -> assertThat(text.substring(q.getStart(), q.getEnd()), equalTo(q.getText())));
      m.getDates().forEach(d -> assertThat(text.substring(d.getStartOffset(), d.getEndOffset()), equalTo(d.getText())));
    }
  }

  @Test
  public void questionsCommandsAndHeadingsAreNotClaims() {
    assertThat(mentions.stream().map(ClaimMention::getSentence).toList(),
        everyItem(not(containsString("Join Our Telegram"))));
    assertThat(mentions.stream().filter(m -> m.getSentence().equals("35 crime scenes in 17 countries")).toList(), empty());
  }

  @Test
  public void everyMentionBelongsToAnExistingClaimAndCountsAgree() {
    Map<String, Long> mentionsPerClaim = mentions.stream()
        .collect(Collectors.groupingBy(ClaimMention::getClaimId, Collectors.counting()));
    assertThat(mentionsPerClaim.keySet(), equalTo(claims.stream().map(Claim::getClaimId).collect(Collectors.toSet())));
    for (Claim c : claims) {
      assertThat((long) c.getMentionCount(), equalTo(mentionsPerClaim.get(c.getClaimId())));
      assertThat(c.getArticleIds(), equalTo(c.getArticleIds().stream().sorted().toList()));
    }
  }

  @Test
  public void csvFilesHoldTheSameRecordsAsAvro() throws Exception {
    List<CSVRecord> csvClaims = OutputFiles.csv(output, Dataset.CLAIMS);
    List<CSVRecord> csvArticles = OutputFiles.csv(output, Dataset.ARTICLES);

    assertThat(csvClaims.stream().map(r -> r.get("claim_id")).toList(),
        equalTo(claims.stream().map(Claim::getClaimId).toList()));
    assertThat(csvArticles.size(), equalTo(5));
    CSVRecord first = csvArticles.get(0);
    Article firstAvro = OutputFiles.avro(output, Dataset.ARTICLES, Article.class).get(0);
    assertThat(first.get("clean_text"), equalTo(firstAvro.getCleanText()));
    assertThat(first.get("authors"), equalTo(new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(firstAvro.getAuthors())));
  }

  @Test
  public void manifestListsInputsDatasetsAndCounters() throws Exception {
    com.fasterxml.jackson.databind.JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(output.resolve("manifest.json").toFile());

    assertThat(manifest.get("inputs").size(), equalTo(5));
    assertThat(manifest.get("inputs").get(0).get("sha256").asText().length(), equalTo(64));
    assertThat(manifest.get("datasets").get("articles").get("records").asLong(), equalTo(5L));
    assertThat(manifest.get("datasets").get("claims").get("records").asLong(), equalTo((long) claims.size()));
    assertThat(manifest.get("datasets").get("claims").get("files").size(), equalTo(3)); // Avro, CSV and Parquet
    assertThat(manifest.get("counters").get("read").get("input_files").asLong(), equalTo(5L));
    assertThat(manifest.get("counters").get("claims").get("claim_mentions").asLong(), equalTo((long) mentions.size()));
    assertThat(manifest.toString().contains(TMP.getRoot().toString()), is(false));
  }
}
