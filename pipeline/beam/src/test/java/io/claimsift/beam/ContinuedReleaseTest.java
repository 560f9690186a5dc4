package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.output.Dataset;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimChange;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.RemovedSegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The release chain of docs/incremental.md: the first three sample articles, then all five with
 * --previous; its equivalence with a fresh run over all five; the same continuation from a release
 * of another pipeline version; and a window-mode run over the last two articles.
 */
public class ContinuedReleaseTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  private static Path first;
  private static Path second;
  private static Path fresh;
  private static RunSummary secondSummary;
  private static Path window;
  private static RunSummary windowSummary;
  private static Path recomputed;
  private static RunSummary recomputedSummary;

  @BeforeClass
  public static void runChain() throws Exception {
    Path firstThree = TMP.newFolder("first-three").toPath();
    try (Stream<Path> files = Files.list(Path.of("input"))) {
      for (Path file : files.sorted().limit(3).toList()) {
        Files.copy(file, firstThree.resolve(file.getFileName()));
      }
    }
    first = TMP.getRoot().toPath().resolve("release1");
    second = TMP.getRoot().toPath().resolve("release2");
    fresh = TMP.getRoot().toPath().resolve("fresh");
    run("--input=" + firstThree, "--output=" + first);
    secondSummary = run("--input=input/", "--output=" + second, "--previous=" + first);
    run("--input=input/", "--output=" + fresh);
    Path lastTwo = TMP.newFolder("last-two").toPath();
    try (Stream<Path> files = Files.list(Path.of("input"))) {
      for (Path file : files.sorted().skip(3).toList()) {
        Files.copy(file, lastTwo.resolve(file.getFileName()));
      }
    }
    window = TMP.getRoot().toPath().resolve("window");
    windowSummary = run("--input=" + lastTwo, "--output=" + window, "--previous=" + second,
        "--previousMode=window", "--releaseId=window-1");
    Path older = asIfWrittenBy("0.0.9", first, TMP.getRoot().toPath().resolve("release1-of-0.0.9"));
    recomputed = TMP.getRoot().toPath().resolve("recomputed");
    recomputedSummary = run("--input=input/", "--output=" + recomputed, "--previous=" + older);
  }

  /**
   * A copy of {@code release} as another pipeline version would have written it: its manifest and
   * the pipeline_version of its articles say {@code version} (a continuation reads the Avro files).
   */
  private static Path asIfWrittenBy(String version, Path release, Path copy) throws Exception {
    try (Stream<Path> paths = Files.walk(release)) {
      for (Path from : paths.sorted().toList()) {
        Files.copy(from, copy.resolve(release.relativize(from).toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path manifest = copy.resolve("manifest.json");
    String text = Files.readString(manifest);
    String versionLine = "\"pipeline_version\" : \"" + Version.get() + "\"";
    assertThat(text.contains(versionLine), is(true));
    Files.writeString(manifest, text.replace(versionLine, "\"pipeline_version\" : \"" + version + "\""));
    List<Article> articles = OutputFiles.avro(release, Dataset.ARTICLES, Article.class);
    Path avro = OutputFiles.files(copy, Dataset.ARTICLES, ".avro").get(0);
    try (DataFileWriter<Article> writer = new DataFileWriter<>(new SpecificDatumWriter<>(Article.class))) {
      writer.create(Article.getClassSchema(), avro.toFile());
      for (Article a : articles) {
        writer.append(Article.newBuilder(a).setPipelineVersion(version).build());
      }
    }
    return copy;
  }

  @Test
  public void aPreviousReleaseOfAnotherPipelineVersionIsRecomputedAndTheManifestSaysSo() throws Exception {
    assertThat(recomputedSummary.counters().get(Stage.READ).getOrDefault(CarryOver.CARRIED, 0L), is(0L));
    assertThat(recomputedSummary.counters().get(Stage.CLEAN).get("articles"), is(5L));
    assertThat(recomputedSummary.reconciles(), is(true));
    JsonNode previous = manifest(recomputed).get("options").get("previous");
    assertThat(previous.get("reuse").asText(),
        equalTo("recomputed: the previous release was made by another pipeline version"));
    assertThat(previous.get("previous_pipeline_versions").toString(), equalTo("[\"0.0.9\"]"));
    // nothing was carried: every row is what a fresh run over the five articles makes
    assertThat(withoutFirstSeen(articles(recomputed)), equalTo(withoutFirstSeen(articles(fresh))));
    assertThat(OutputFiles.avro(recomputed, Dataset.REMOVED_SEGMENTS, RemovedSegment.class),
        equalTo(OutputFiles.avro(fresh, Dataset.REMOVED_SEGMENTS, RemovedSegment.class)));
    assertThat(membership(recomputed), equalTo(membership(fresh)));
    // the history still holds: ids are inherited through the mention ids, first seen from the older release
    assertThat(twoBillion(recomputed).getClaimId(), equalTo(twoBillion(first).getClaimId()));
    assertThat(twoBillion(recomputed).getFirstSeenRelease(), equalTo(releaseId(first)));
    assertThat(firstSeenByArticle(recomputed), equalTo(firstSeenByArticle(second, releaseId(second),
        releaseId(recomputed))));
  }

  @Test
  public void aFreshReleaseStampsItsIdOnEveryArticleAndClaim() throws Exception {
    String id = releaseId(first);
    assertThat(id.matches("[0-9a-f]{16}"), is(true));
    assertThat(manifest(first).has("previous_release_id"), is(false));
    assertThat(articles(first).stream().map(Article::getFirstSeenRelease).collect(Collectors.toSet()),
        equalTo(Set.of(id)));
    assertThat(OutputFiles.avro(first, Dataset.CLAIMS, Claim.class).stream().map(Claim::getFirstSeenRelease)
        .collect(Collectors.toSet()), equalTo(Set.of(id)));
    assertThat(OutputFiles.csv(first, Dataset.CLAIMS).get(0).get("first_seen_release"), equalTo(id));
  }

  @Test
  public void aContinuingReleaseKeepsWhatWasSeenBeforeAndStampsTheRest() throws Exception {
    String before = releaseId(first);
    String now = releaseId(second);
    assertThat(now, not(equalTo(before)));
    assertThat(manifest(second).get("previous_release_id").asText(), equalTo(before));
    Set<String> previousArticles = Set.copyOf(articleIds(first));
    for (Article a : articles(second)) {
      assertThat(a.getSourceUri(), a.getFirstSeenRelease(), equalTo(previousArticles.contains(a.getArticleId())
          ? before : now));
    }
    Set<String> previousClaims = OutputFiles.avro(first, Dataset.CLAIMS, Claim.class).stream()
        .map(Claim::getClaimId).collect(Collectors.toSet());
    Map<String, String> changeOf = OutputFiles.avro(second, Dataset.CLAIM_CHANGES, ClaimChange.class).stream()
        .collect(Collectors.toMap(ClaimChange::getClaimId, ClaimChange::getChange));
    for (Claim c : OutputFiles.avro(second, Dataset.CLAIMS, Claim.class)) {
      String expected = previousClaims.contains(c.getClaimId()) ? before : now;
      assertThat(c.getText(), c.getFirstSeenRelease(), equalTo(expected));
      if (changeOf.get(c.getClaimId()).equals("new")) {
        assertThat(c.getText(), c.getFirstSeenRelease(), equalTo(now));
      }
    }
    assertThat(twoBillion(second).getFirstSeenRelease(), equalTo(before));
  }

  @Test
  public void aGivenReleaseIdIsRecordedAndTheCarriedArticlesKeepTheirs() throws Exception {
    assertThat(releaseId(window), equalTo("window-1"));
    assertThat(manifest(window).get("previous_release_id").asText(), equalTo(releaseId(second)));
    assertThat(articles(window).stream().map(Article::getFirstSeenRelease).collect(Collectors.toSet()),
        equalTo(Set.of(releaseId(second))));
  }

  @Test
  public void theDerivedIdDependsOnTheContentOnly() throws Exception {
    // the same five inputs: fresh, continued from release 1, continued from its 0.0.9 copy
    Set<String> ids = Set.of(releaseId(fresh), releaseId(second), releaseId(recomputed));
    assertThat(ids.size(), is(3));
  }

  @Test
  public void windowModeDropsTheArticlesNoLongerInTheInput() throws Exception {
    assertThat(windowSummary.count(Dataset.ARTICLES), is(2L));
    assertThat(windowSummary.counters().get(Stage.READ).get(CarryOver.CARRIED), is(2L));
    assertThat(windowSummary.reconciles(), is(true));
    List<ClaimChange> changes = OutputFiles.avro(window, Dataset.CLAIM_CHANGES, ClaimChange.class);
    assertThat(changes.stream().map(ClaimChange::getChange).collect(Collectors.toSet()), hasItem("retired"));
    assertThat(twoBillion(window, "estimated $2 billion").getClaimId(), equalTo(twoBillion(second).getClaimId()));
    String twoBillionId = twoBillion(second).getClaimId();
    assertThat(changes.stream().filter(c -> c.getClaimId().equals(twoBillionId))
        .findFirst().orElseThrow().getChange(), equalTo("shrunk"));
  }

  private static RunSummary run(String... args) throws Exception {
    return ClaimSiftPipeline.run(PipelineOptionsFactory.fromArgs(args).as(ClaimSiftOptions.class));
  }

  @Test
  public void theTwoBillionClaimKeepsItsIdWhileItsSupportGrows() throws Exception {
    Claim before = twoBillion(first);
    Claim after = twoBillion(second);
    assertThat(before.getSupportCount(), is(3));
    assertThat(after.getSupportCount(), is(5));
    assertThat(after.getClaimId(), equalTo(before.getClaimId()));
    ClaimChange change = OutputFiles.avro(second, Dataset.CLAIM_CHANGES, ClaimChange.class).stream()
        .filter(c -> c.getClaimId().equals(after.getClaimId())).findFirst().orElseThrow();
    assertThat(change.toString(), change.getChange(), equalTo("grown"));
    // in the first release the 000 article's mentions made a claim of their own; it is absorbed now
    assertThat(change.getPreviousClaimIds(), hasItem(before.getClaimId()));
    for (String absorbed : change.getPreviousClaimIds()) {
      if (!absorbed.equals(before.getClaimId())) {
        ClaimChange merged = OutputFiles.avro(second, Dataset.CLAIM_CHANGES, ClaimChange.class).stream()
            .filter(c -> c.getClaimId().equals(absorbed)).findFirst().orElseThrow();
        assertThat(merged.getChange(), equalTo("merged"));
        assertThat(merged.getClaimIds(), equalTo(List.of(before.getClaimId())));
      }
    }
  }

  @Test
  public void theIncrementalDocsQueryShowsTheTwoBillionClaimGrowingUnderOneIdAndOneFirstSeen() throws Exception {
    // docs/incremental.md's query, over this test's two release folders
    String sql = """
        SELECT regexp_extract(filename, 'release[0-9]') AS release, claim_id, support_count, first_seen_release
        FROM read_parquet(['%s/claims/*.parquet', '%s/claims/*.parquet'], filename = true)
        WHERE list_contains([q.normalized_value FOR q IN quantities IF q.currency = 'USD'], 2.0e9)
          AND support_count > 1
        ORDER BY release, support_count DESC, claim_id
        """.formatted(first, second);
    List<List<String>> rows = new ArrayList<>();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      statement.execute("SET autoinstall_known_extensions = false");
      statement.execute("SET autoload_known_extensions = false");
      try (ResultSet result = statement.executeQuery(sql)) {
        while (result.next()) {
          rows.add(List.of(result.getString(1), result.getString(2), result.getString(3), result.getString(4)));
        }
      }
    }

    String id = twoBillion(first).getClaimId();
    assertThat(rows, equalTo(List.of(List.of("release1", id, "3", releaseId(first)),
        List.of("release2", id, "5", releaseId(first)))));
  }

  @Test
  public void theCarriedArticlesAreNotCleanedAgainAndTheCountsReconcile() {
    assertThat(secondSummary.counters().get(Stage.READ).get(CarryOver.CARRIED), is(3L));
    assertThat(secondSummary.counters().get(Stage.CLEAN).get("articles"), is(2L));
    assertThat(secondSummary.count(Dataset.ARTICLES), is(5L));
    assertThat(secondSummary.reconciles(), is(true));
  }

  @Test
  public void theClaimsHaveTheMembershipOfAFreshRunOverTheUnion() throws Exception {
    assertThat(membership(second), equalTo(membership(fresh)));
    assertThat(articleIds(second), equalTo(articleIds(fresh)));
  }

  @Test
  public void onlyTheIdsAndFirstSeenDifferFromAFreshRunOverTheUnion() throws Exception {
    Map<Set<String>, Claim> continued = claimsByMembership(second);
    Map<Set<String>, Claim> union = claimsByMembership(fresh);
    assertThat(continued.keySet(), equalTo(union.keySet()));
    for (Set<String> members : union.keySet()) {
      assertThat(withoutIds(continued.get(members)), equalTo(withoutIds(union.get(members))));
    }
    assertThat(mentionsWithoutClaimIds(second), equalTo(mentionsWithoutClaimIds(fresh)));
    assertThat(withoutFirstSeen(articles(second)), equalTo(withoutFirstSeen(articles(fresh))));
    assertThat(OutputFiles.avro(second, Dataset.REMOVED_SEGMENTS, RemovedSegment.class),
        equalTo(OutputFiles.avro(fresh, Dataset.REMOVED_SEGMENTS, RemovedSegment.class)));
    // and they do differ: the $2 billion claim is named after another mention in the fresh run
    assertThat(twoBillion(second).getClaimId(), not(equalTo(twoBillion(fresh).getClaimId())));
  }

  private static Map<Set<String>, Claim> claimsByMembership(Path output) throws Exception {
    Map<String, Set<String>> members = new TreeMap<>();
    for (ClaimMention m : OutputFiles.avro(output, Dataset.CLAIM_MENTIONS, ClaimMention.class)) {
      members.computeIfAbsent(m.getClaimId(), k -> new TreeSet<>()).add(m.getMentionId());
    }
    return OutputFiles.avro(output, Dataset.CLAIMS, Claim.class).stream()
        .collect(Collectors.toMap(c -> members.get(c.getClaimId()), Function.identity()));
  }

  private static Claim withoutIds(Claim c) {
    return Claim.newBuilder(c).setClaimId("").setFirstSeenRelease(null).build();
  }

  private static Map<String, ClaimMention> mentionsWithoutClaimIds(Path output) throws Exception {
    return OutputFiles.avro(output, Dataset.CLAIM_MENTIONS, ClaimMention.class).stream()
        .collect(Collectors.toMap(ClaimMention::getMentionId, m -> ClaimMention.newBuilder(m).setClaimId("").build(),
            (a, b) -> a, TreeMap::new));
  }

  private static List<Article> withoutFirstSeen(List<Article> articles) {
    return articles.stream().map(a -> Article.newBuilder(a).setFirstSeenRelease(null).build()).toList();
  }

  private static List<Article> articles(Path output) throws Exception {
    return OutputFiles.avro(output, Dataset.ARTICLES, Article.class);
  }

  /** first_seen_release by source_uri. */
  private static Map<String, String> firstSeenByArticle(Path output) throws Exception {
    return articles(output).stream().collect(Collectors.toMap(Article::getSourceUri, Article::getFirstSeenRelease,
        (a, b) -> a, TreeMap::new));
  }

  /** The articles of {@code output} by source_uri, with {@code from} replaced by {@code to}. */
  private static Map<String, String> firstSeenByArticle(Path output, String from, String to) throws Exception {
    Map<String, String> map = firstSeenByArticle(output);
    map.replaceAll((uri, id) -> id.equals(from) ? to : id);
    return map;
  }

  private static JsonNode manifest(Path output) throws Exception {
    return new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
  }

  private static String releaseId(Path output) throws Exception {
    return manifest(output).get("release_id").asText();
  }

  @Test
  public void withoutPreviousEveryClaimIsNewAndWithItEveryClaimHasOneChangeRow() throws Exception {
    List<ClaimChange> freshChanges = OutputFiles.avro(fresh, Dataset.CLAIM_CHANGES, ClaimChange.class);
    assertThat(freshChanges.size(), is(OutputFiles.avro(fresh, Dataset.CLAIMS, Claim.class).size()));
    assertThat(freshChanges.stream().map(ClaimChange::getChange).collect(Collectors.toSet()), equalTo(Set.of("new")));
    Set<String> changed = OutputFiles.avro(second, Dataset.CLAIM_CHANGES, ClaimChange.class).stream()
        .filter(c -> c.getMentionCount() > 0)
        .map(ClaimChange::getClaimId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> claimIds = OutputFiles.avro(second, Dataset.CLAIMS, Claim.class).stream()
        .map(Claim::getClaimId).collect(Collectors.toCollection(TreeSet::new));
    assertThat(changed, equalTo(claimIds));
    // the other rows are previous ids no claim carries; in accumulate mode none retires
    assertThat(OutputFiles.avro(second, Dataset.CLAIM_CHANGES, ClaimChange.class).stream()
        .filter(c -> c.getMentionCount() == 0).map(ClaimChange::getChange).filter(c -> c.equals("retired")).count(),
        is(0L));
  }

  @Test
  public void claimIdsOfMentionsAndClaimsAgree() throws Exception {
    Set<String> claimIds = OutputFiles.avro(second, Dataset.CLAIMS, Claim.class).stream()
        .map(Claim::getClaimId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> mentionClaimIds = OutputFiles.avro(second, Dataset.CLAIM_MENTIONS, ClaimMention.class).stream()
        .map(ClaimMention::getClaimId).collect(Collectors.toCollection(TreeSet::new));
    assertThat(mentionClaimIds, equalTo(claimIds));
  }

  private static Claim twoBillion(Path output) throws Exception {
    return twoBillion(output, "approximately $2 billion");
  }

  private static Claim twoBillion(Path output, String phrase) throws Exception {
    String mentionId = OutputFiles.avro(output, Dataset.CLAIM_MENTIONS, ClaimMention.class).stream()
        .filter(m -> m.getSentence().contains(phrase))
        .map(ClaimMention::getClaimId).findFirst().orElseThrow();
    return OutputFiles.avro(output, Dataset.CLAIMS, Claim.class).stream()
        .filter(c -> c.getClaimId().equals(mentionId)).findFirst().orElseThrow();
  }

  /** The claims as sets of mention ids, without their ids. */
  private static Set<Set<String>> membership(Path output) throws Exception {
    Map<String, Set<String>> byClaim = new TreeMap<>();
    for (ClaimMention m : OutputFiles.avro(output, Dataset.CLAIM_MENTIONS, ClaimMention.class)) {
      byClaim.computeIfAbsent(m.getClaimId(), k -> new TreeSet<>()).add(m.getMentionId());
    }
    return Set.copyOf(byClaim.values());
  }

  private static List<String> articleIds(Path output) throws Exception {
    return OutputFiles.avro(output, Dataset.ARTICLES, Article.class).stream().map(Article::getArticleId).sorted().toList();
  }
}
