package io.claimsift.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertEquals;

import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Runs the whole chain over the sample articles and checks the offset contract everywhere. */
public class SampleArticlesTest {

  private static final Path INPUT = Path.of("input");

  @Test
  public void offsetsRoundTripForEverySentenceQuantityAndDate() throws IOException {
    SentenceSplitter splitter = SentenceSplitter.english();
    ClaimExtractor extractor = ClaimExtractor.english();
    List<Path> files = sampleFiles();
    assertThat(files.size(), greaterThan(0));
    int sentences = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (Paragraph p : paragraphs(text)) {
        for (Sentence s : splitter.split(p.text())) {
          // Shift paragraph-relative offsets to article offsets, as the pipeline will.
          Sentence inArticle = new Sentence(p.start() + s.start(), p.start() + s.end(), s.text());
          assertEquals(file + ": sentence", inArticle.text(), text.substring(inArticle.start(), inArticle.end()));
          ClaimFacts facts = extractor.analyze(text, inArticle);
          for (QuantityMention q : facts.quantities()) {
            assertEquals(file + ": quantity", q.text(), text.substring(q.start(), q.end()));
            assertThat(q.start(), greaterThanOrEqualTo(inArticle.start()));
            assertThat(q.end(), lessThanOrEqualTo(inArticle.end()));
          }
          for (DateMention d : facts.dates()) {
            assertEquals(file + ": date", d.text(), text.substring(d.start(), d.end()));
          }
          assertThat(facts.score(), greaterThanOrEqualTo(0.0));
          assertThat(facts.score(), lessThanOrEqualTo(1.0));
          sentences++;
        }
      }
    }
    assertThat(sentences, greaterThan(50));
  }

  @Test
  public void wholeArticleSplitMatchesParagraphSplit() throws IOException {
    SentenceSplitter splitter = SentenceSplitter.english();
    for (Path file : sampleFiles()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<Sentence> direct = splitter.split(text);
      List<Sentence> viaParagraphs = new ArrayList<>();
      for (Paragraph p : paragraphs(text)) {
        for (Sentence s : splitter.split(p.text())) {
          viaParagraphs.add(new Sentence(p.start() + s.start(), p.start() + s.end(), s.text()));
        }
      }
      assertEquals(file.toString(), direct, viaParagraphs);
    }
  }

  private static List<Path> sampleFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(INPUT, "*.txt")) {
      dir.forEach(files::add);
    }
    files.sort(null);
    return files;
  }

  private record Paragraph(int start, String text) {}

  /** Paragraphs are separated by blank lines; offsets are kept so sentences can be shifted back. */
  private static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int blank = text.indexOf("\n\n", start);
      int end = blank < 0 ? text.length() : blank;
      out.add(new Paragraph(start, text.substring(start, end)));
      start = end + 2;
    }
    return out;
  }
}
