package io.claimsift.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The five sample dumps in {@code input/} (working directory is the repository root). The
 * expectations below were written by reading the files, not from the cleaner's output.
 */
public class SampleInputTest {

  private static final Path DIR = Path.of("input");
  private static final Pattern STORY = Pattern.compile("(?i)\\b(2 billion|two billion|2bn)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'’”]?$");
  private static final Set<RemovalReason> NEVER_KEPT =
      EnumSet.of(
          RemovalReason.SHARE_PROMPT,
          RemovalReason.SUBSCRIBE_PROMPT,
          RemovalReason.COMMENT_FORM,
          RemovalReason.DISCLAIMER,
          RemovalReason.RELATED_LINKS,
          RemovalReason.NAVIGATION);

  private final TextCleaner cleaner = new TextCleaner(CleaningRules.standard());

  private static String read(String name) throws IOException {
    return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
  }

  private static String collapse(String s) {
    return LineText.collapse(s);
  }

  /** Common checks: offsets, no boilerplate rule matches a kept paragraph, story lines kept. */
  private CleanedArticle cleanAndCheck(String name, String... mustBeGone) throws IOException {
    String raw = read(name);
    CleanedArticle a = cleaner.clean(raw);
    for (RemovedSpan s : a.removed()) {
      assertThat(name, raw.substring(s.start(), s.end()), equalTo(s.text()));
    }
    for (String para : a.cleanText().split("\n\n")) {
      String norm = LineText.normalize(para);
      int words = LineText.wordCount(norm);
      for (CleaningRules.LineRule rule : CleaningRules.standard().lineRules()) {
        if (NEVER_KEPT.contains(rule.reason()) && words <= rule.maxWords()) {
          assertThat(name + " kept boilerplate: " + para, rule.pattern().matcher(norm).find(), is(false));
        }
      }
    }
    for (String line : raw.split("\\R")) {
      String t = collapse(line);
      if (STORY.matcher(t).find() && t.split(" ").length >= 12 && SENTENCE_END.matcher(t).find()
          && !t.contains("prepared to lose")) {
        assertThat(name, a.cleanText(), containsString(t));
      }
    }
    for (String gone : mustBeGone) {
      assertThat(name, a.cleanText(), not(containsString(gone)));
    }
    assertThat(a.language(), is("en"));
    return a;
  }

  @Test
  public void sample000() throws IOException {
    CleanedArticle a =
        cleanAndCheck("000_4dc87a5fd8523e15.txt", "Tim Alper", "min read", "Last updated",
            "Source:", "iStock", "Crypto Raiders Have Amassed");
    assertThat(a.title(), is("UN Believes North Korean Crypto Raiders Have Amassed USD 2Bn"));
    assertThat(a.authors(), contains("Tim Alper"));
    assertThat(a.cleanText(), containsString("Readers may recall that Pyongyang"));
    assertThat(a.cleanText().split("\n\n").length, is(9));
  }

  @Test
  public void sample001() throws IOException {
    CleanedArticle a =
        cleanAndCheck("001_c67cc06ef57ab136.txt", "Leave a Reply", "Your email address",
            "Required fields", "Confidential UN Report Says");
    assertThat(a.title(),
        is("Confidential UN Report Says North Korea Stole $2 Billion from Crypto Exchanges"));
    assertThat(a.authors(), empty());
    assertThat(a.cleanText(), containsString("\n\nUnited Nations reveal massive North Korean crypto theft\n\n"));
    assertThat(a.cleanText(), containsString("\n\nNorth Korea turns towards crypto as sanctions mount\n\n"));
    assertThat(a.cleanText(), containsString("It remains to see what measures the agency takes."));
  }

  @Test
  public void sample002() throws IOException {
    CleanedArticle a =
        cleanAndCheck("002_5344aadedac827a6.txt", "Home /", "Last Updated", "Mark Emem",
            "Source: FireEye", "Thefts Funds Kim’s Nukes");
    assertThat(a.title(),
        is("North Korea’s $2 Billion Crypto Exchange Thefts Funds Kim’s Nukes: UN Report"));
    assertThat(a.authors(), contains("Mark Emem"));
    assertThat(a.updatedAt(), is(Instant.parse("2021-03-04T14:39:00Z")));
    assertThat(a.cleanText(), containsString("\n\n35 crime scenes in 17 countries\n\n"));
    assertThat(a.cleanText(),
        containsString("\n\nNorth Korea’s ROI from hacking crypto exchanges is growing!\n\n"));
    assertThat(a.cleanText(), containsString("[The state-sponsored actors] used cyberspace"));
    assertThat(a.cleanText(), containsString("willingness to completely destroy compromised machines afterwards’."));
  }

  @Test
  public void sample003() throws IOException {
    CleanedArticle a =
        cleanAndCheck("003_4f0adde976a0fa26.txt", "Search Inside", "prepared to lose",
            "high-risk investment", "north korean hackers", "Telegram", "Read next",
            "Illegally from Crypto Exchange");
    assertThat(a.title(), is("North Korea Has Raked in $2 Billion Illegally from Crypto Exchange"));
    assertThat(a.authors(), empty());
    assertThat(a.cleanText(), containsString("Petro coin)."));
  }

  @Test
  public void sample004() throws IOException {
    CleanedArticle a =
        cleanAndCheck("004_365083c2c57dae54.txt", "Lele Jima", "LinkedIn", "writer by heart",
            "Related Posts", "sidebar");
    assertThat(a.title(), nullValue());
    assertThat(a.authors(), contains("Lele Jima"));
    assertThat(a.cleanText(), containsString("Reacting to the report, a U.S. State Department spokeswoman stated:"));
    assertThat(a.cleanText(), containsString("because it is difficult to trace crypto transactions\n\n"));
    assertThat(a.cleanText(), containsString("2.7 trillion won ($2.3 billion)."));
  }

  @Test
  public void allSamplesListed() throws IOException {
    try (var files = Files.list(DIR)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
      assertThat(names.size(), is(5));
    }
  }
}
