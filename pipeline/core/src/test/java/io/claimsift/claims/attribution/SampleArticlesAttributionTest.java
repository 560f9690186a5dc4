package io.claimsift.claims.attribution;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;

import io.claimsift.claims.ClaimExtractor;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/** The claimer offsets of every sentence of the sample articles point at the claimer's text. */
public class SampleArticlesAttributionTest {

  @Test
  public void claimerOffsetsRoundTripWithNeighbourContext() throws IOException {
    SentenceSplitter splitter = SentenceSplitter.english();
    ClaimExtractor extractor = ClaimExtractor.english();
    int attributed = 0;
    String reutersClaimer = null;
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("input"), "*.txt")) {
      for (Path file : dir) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Sentence> sentences = splitter.split(text);
        for (int i = 0; i < sentences.size(); i++) {
          Attribution claimer = extractor.analyze(text, sentences, i, null).claimer();
          if (claimer == null) {
            continue;
          }
          attributed++;
          assertEquals(file + ": claimer", claimer.text(), text.substring(claimer.start(), claimer.end()));
          if (sentences.get(i).text().startsWith("According to Reuters, experts")) {
            reutersClaimer = claimer.text();
          }
        }
      }
    }
    assertThat(attributed, greaterThan(20));
    assertEquals("Reuters", reutersClaimer);
  }
}
