package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The command line: help, exact validation messages, exit codes, and the summary of a run. */
public class CommandLineTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int execute(String... args) {
    return ClaimSiftPipeline.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  public void helpExplainsEveryOption() {
    int status = execute("--help");

    String help = out.toString(StandardCharsets.UTF_8);
    assertThat(status, equalTo(0));
    for (String option : new String[] {"--input", "--output", "--maxDocumentBytes", "--minClaimScore", "--outputShards",
        "--formats", "--maxSentenceChars", "--maxCandidateChars", "--maxHtmlDepth", "--maxHtmlElements", "--maxTextLines",
        "--maxReadabilityElements"}) {
      assertThat(help, containsString(option));
    }
    assertThat(help, containsString("Default: input/"));
  }

  @Test
  public void missingInputIsAUsageErrorWithAnExactMessage() {
    int status = execute("--input=" + tmp.getRoot() + "/missing", "--output=" + tmp.getRoot() + "/out");

    assertThat(status, equalTo(2));
    assertThat(err.toString(StandardCharsets.UTF_8),
        containsString("claimsift: --input does not exist: " + tmp.getRoot() + "/missing"));
  }

  @Test
  public void scoreOutsideTheUnitIntervalIsRejected() {
    int status = execute("--minClaimScore=1.5");

    assertThat(status, equalTo(2));
    assertThat(err.toString(StandardCharsets.UTF_8),
        containsString("claimsift: --minClaimScore must be between 0 and 1, got 1.5"));
  }

  @Test
  public void unsupportedClaimLanguageIsRejectedWithAnExactMessage() {
    int status = execute("--claimLanguages=en,de");

    assertThat(status, equalTo(2));
    assertThat(err.toString(StandardCharsets.UTF_8), containsString("claimsift: --claimLanguages: 'de' is not "
        + "supported; claim extraction supports en, and unknown for articles whose language was not detected"));
  }

  @Test
  public void budgetsOutOfRangeAreRejectedWithExactMessages() {
    String[][] cases = {
        {"--maxSentenceChars=0", "claimsift: --maxSentenceChars must be between 1 and 100000, got 0"},
        {"--maxSentenceChars=100001", "claimsift: --maxSentenceChars must be between 1 and 100000, got 100001"},
        {"--maxCandidateChars=-1", "claimsift: --maxCandidateChars must be positive, got -1"},
        {"--maxHtmlDepth=0", "claimsift: --maxHtmlDepth must be between 1 and 10000, got 0"},
        {"--maxHtmlDepth=10001", "claimsift: --maxHtmlDepth must be between 1 and 10000, got 10001"},
        {"--maxHtmlElements=0", "claimsift: --maxHtmlElements must be positive, got 0"},
        {"--maxTextLines=0", "claimsift: --maxTextLines must be positive, got 0"},
        {"--maxReadabilityElements=-1",
            "claimsift: --maxReadabilityElements must be 0 (no vote) or more, got -1"}};
    for (String[] c : cases) {
      err.reset();

      int status = execute(c[0], "--output=" + tmp.getRoot() + "/out");

      assertThat(c[0], status, equalTo(2));
      assertThat(c[0], err.toString(StandardCharsets.UTF_8), containsString(c[1] + System.lineSeparator()));
    }
  }

  @Test
  public void releaseIdsOutsideTheSafeCharactersAreRejectedWithAnExactMessage() {
    String[] bad = {"a/b", "../x", "two words", "x".repeat(65), "quote'", "ä"};
    for (String id : bad) {
      err.reset();

      int status = execute("--releaseId=" + id, "--output=" + tmp.getRoot() + "/out");

      assertThat(id, status, equalTo(2));
      assertThat(id, err.toString(StandardCharsets.UTF_8), containsString("claimsift: --releaseId must be 1 to 64 "
          + "characters from A-Z, a-z, 0-9, '.', '_' and '-', got '" + id + "'" + System.lineSeparator()));
    }
  }

  @Test
  public void aReleaseIdMayNotBeThePreviousReleasesId() throws Exception {
    Path first = tmp.getRoot().toPath().resolve("first");
    assertThat(execute("--input=input/", "--output=" + first, "--releaseId=2026-11-21"), equalTo(0));

    int status = execute("--input=input/", "--output=" + tmp.getRoot() + "/second", "--previous=" + first,
        "--releaseId=2026-11-21");

    assertThat(status, equalTo(2));
    assertThat(err.toString(StandardCharsets.UTF_8), containsString("claimsift: --releaseId 2026-11-21 is the id of "
        + "the --previous release: a new release needs a new id" + System.lineSeparator()));
  }

  @Test
  public void aFolderThatIsNotAClaimSiftOutputIsNeverReplaced() throws Exception {
    Path precious = tmp.newFolder("home").toPath();
    Files.writeString(precious.resolve("thesis.tex"), "years of work");

    int status = execute("--input=input/", "--output=" + precious);

    assertThat(status, equalTo(2));
    assertThat(err.toString(StandardCharsets.UTF_8), containsString("refusing to replace it"));
    assertThat(Files.readString(precious.resolve("thesis.tex")), equalTo("years of work"));
  }

  @Test
  public void aRunPrintsAReconciledSummaryAndReplacesItsPreviousOutput() throws Exception {
    Path output = tmp.getRoot().toPath().resolve("out");
    assertThat(execute("--input=input/", "--output=" + output), equalTo(0));
    Files.writeString(output.resolve("stale-file.txt"), "from an older run");
    out.reset();

    int status = execute("--input=input/", "--output=" + output);

    String summary = out.toString(StandardCharsets.UTF_8);
    assertThat(status, equalTo(0));
    assertThat(summary, containsString("5 input files -> 5 articles + 0 rejects"));
    assertThat(summary, containsString("output: " + output));
    assertThat(Files.exists(output.resolve("stale-file.txt")), is(false));
    assertThat(Files.exists(output.resolve("manifest.json")), is(true));
  }
}
