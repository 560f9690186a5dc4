package io.claimsift.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.claimsift.claims.ClaimExtractor;
import io.claimsift.claims.ClaimFacts;
import io.claimsift.clean.ArticleCleaner;
import io.claimsift.clean.CleanedArticle;
import io.claimsift.clean.ReadabilityVote;
import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.MentionSignals;
import io.claimsift.dedup.SameClaimMatcher;
import io.claimsift.read.DocumentFormat;
import io.claimsift.read.DocumentReader;
import io.claimsift.read.ReadLimits;
import io.claimsift.read.ReadOutcome;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;

/**
 * Jazzer fuzz targets for the per-document entry points (docs/fuzzing.md). Under {@code mvn
 * verify} each runs in regression mode on its seeds in {@code DocumentPathFuzzTestInputs/<method>/};
 * with {@code JAZZER_FUZZ=1} it fuzzes. A finding is any Throwable but OutOfMemoryError, or a broken
 * offset invariant ({@link Invariants}).
 *
 * <p>Inputs are raw bytes read through a {@link FuzzedDataProvider}: its choices (file name, split
 * point) come from the end of the input and the text from the start, so plain pages are good seeds.
 */
class DocumentPathFuzzTest {
  private static final String[] FILE_NAMES = {
    "page.html", "story.txt", "a/b/page.htm", "news.html.gz", "news.txt.gz", "odd.HTM", "data.pdf", "x.gz"
  };
  private static final ReadLimits LIMITS = ReadLimits.withMaxDocumentBytes(1 << 20);
  private static final DocumentReader READER = new DocumentReader(LIMITS);
  private static final ArticleCleaner CLEANER = ArticleCleaner.standard();
  private static final SentenceSplitter SPLITTER = SentenceSplitter.english();
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.english();
  private static final SameClaimMatcher MATCHER = SameClaimMatcher.defaults();
  private static final LocalDate ARTICLE_DATE = LocalDate.of(2024, 3, 15);

  /**
   * DocumentReader on raw bytes with a file name, then the cleaner on what it decodes. The clean
   * text goes no further: splitting and extraction of any text are the targets below, and running
   * them here made each execution cost as much as an extractClaims one.
   */
  @FuzzTest
  void readDocument(FuzzedDataProvider data) {
    String name = data.pickValue(FILE_NAMES);
    byte[] bytes = data.consumeRemainingAsBytes();
    ReadOutcome outcome = READER.read(name, bytes.length, () -> bytes);
    if ((outcome.document() == null) == (outcome.rejection() == null)) {
      throw new AssertionError("a read outcome is either a document or a rejection: " + outcome);
    }
    if (outcome.isDecoded()) {
      boolean html = outcome.document().format() == DocumentFormat.HTML;
      String decoded = outcome.document().text();
      CleanedArticle article = html ? CLEANER.cleanHtml(decoded) : CLEANER.cleanText(decoded);
      Invariants.cleaned(article);
    }
  }

  /** The HTML cleaner (ArticleCleaner.cleanHtml, i.e. HtmlCleaner) on any text. */
  @FuzzTest
  void cleanHtml(FuzzedDataProvider data) {
    Invariants.cleaned(CLEANER.cleanHtml(text(data.consumeRemainingAsBytes())));
  }

  /** The plain-text cleaner (ArticleCleaner.cleanText, i.e. TextCleaner) on any text. */
  @FuzzTest
  void cleanText(FuzzedDataProvider data) {
    Invariants.cleaned(CLEANER.cleanText(text(data.consumeRemainingAsBytes())));
  }

  /** The sentence splitter on any text: sentences are the text at their offsets. */
  @FuzzTest
  void splitSentences(FuzzedDataProvider data) {
    String text = text(data.consumeRemainingAsBytes());
    Invariants.sentences(text, SPLITTER.split(text));
  }

  /** ClaimExtractor on every sentence of any text, with its neighbours and an article date. */
  @FuzzTest
  void extractClaims(FuzzedDataProvider data) {
    extractAll(text(data.consumeRemainingAsBytes()));
  }

  /** The dedup screen and verdict on two mentions built from fuzzed sentences. */
  @FuzzTest
  void screenPairs(FuzzedDataProvider data) {
    float[] embedding = {data.consumeRegularFloat(-1, 1), data.consumeRegularFloat(-1, 1), data.consumeRegularFloat(-1, 1)};
    String first = data.consumeString(2000);
    String second = text(data.consumeRemainingAsBytes());
    MentionSignals a = MentionSignals.of(mention("a", first));
    MentionSignals b = MentionSignals.of(mention("b", second));
    if (MATCHER.screen(a, b) != MATCHER.screen(b, a)) {
      throw new AssertionError("the screen is not symmetric");
    }
    MATCHER.decide(a, b, embedding, new float[] {1f, 0f, 0f});
  }

  private static DedupMention mention(String id, String sentence) {
    Sentence whole = new Sentence(0, sentence.length(), sentence);
    ClaimFacts facts = EXTRACTOR.analyze(sentence, List.of(whole), 0, ARTICLE_DATE);
    Invariants.facts(sentence, whole, facts);
    return new DedupMention(id, "article-" + id, sentence, facts.quantities(), facts.dates(),
        facts.score(), facts.hedged());
  }

  private static void extractAll(String cleanText) {
    List<Sentence> sentences = SPLITTER.split(cleanText);
    Invariants.sentences(cleanText, sentences);
    for (int i = 0; i < sentences.size(); i++) {
      Invariants.facts(cleanText, sentences.get(i), EXTRACTOR.analyze(cleanText, sentences, i, ARTICLE_DATE));
    }
  }

  /**
   * The vote's Readability ({@link ReadabilityVote#read}, a lean run of readability4j's loop)
   * against readability4j's own classes on the same page ({@link
   * ReadabilityVote#libraryArticle}, with fresh child lists): the same article text, or none
   * from both. Its first finding was that jsoup's cached child lists made both depend on the
   * garbage collector (the crash file of this target).
   */
  @FuzzTest
  void readabilityAsLibrary(FuzzedDataProvider data) {
    String html = text(data.consumeRemainingAsBytes());
    String ours = ReadabilityVote.read(Jsoup.parse(html));
    String library;
    try {
      library = ReadabilityVote.libraryArticle(Jsoup.parse(html));
    } catch (Exception | StackOverflowError e) {
      library = null; // the vote treats a failure as no article
    }
    if (!Objects.equals(ours, library)) {
      throw new AssertionError("Readability's article differs from the library's:\n" + ours
          + "\n---- library:\n" + library);
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
