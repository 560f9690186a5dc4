package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.claimsift.output.Dataset;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimChange;
import io.claimsift.schema.ClaimMention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The release chain of docs/incremental.md: the first three sample articles, then all five with
 * --previous; and its equivalence with a fresh run over all five.
 */
public class ContinuedReleaseTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  private static Path first;
  private static Path second;
  private static Path fresh;
  private static RunSummary secondSummary;
  private static Path window;
  private static RunSummary windowSummary;

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
        "--previousMode=window");
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
