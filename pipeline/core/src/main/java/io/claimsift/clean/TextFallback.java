package io.claimsift.clean;

import java.util.List;
import java.util.Locale;

/**
 * The sanity check of an HTML extraction, with the text front end as its fallback.
 *
 * <p>Rule: the HTML extraction is implausible when its body has almost no sentence-like text
 * (fewer than {@link RegionParams.Fallback#minSentenceLetters} letters, 250 today, in paragraphs of
 * at least {@link RegionParams.Fallback#sentenceParagraphLetters} letters, 40, that end like a
 * sentence) and fewer than a fifth ({@link RegionParams.Fallback#letterShareDivisor}) of the
 * letters of the body the text front end ({@link TextCleaner}'s classifier) keeps from the
 * page's rendered text: it kept an author box, a link list or a "related" block, or nothing, and
 * the article is elsewhere. Then the text front end's result is used instead. Letters, not words,
 * so that Chinese and Japanese paragraphs count as much as spaced ones.
 *
 * <p>The text front end runs only when the HTML body could fail: little sentence-like text and
 * fewer than a fifth of the letters of the whole rendered page (the text front end cannot keep
 * more than that), so most pages pay nothing for it; the rendered text is only built (by the
 * caller) for a page whose HTML body is not {@link #plausible}.
 *
 * <p>Immutable and thread-safe.
 */
final class TextFallback {

  private final LineClassifier textClassifier;
  private final int minSentenceLetters;
  private final int sentenceParagraphLetters;
  private final int letterShareDivisor;

  TextFallback(LineClassifier textClassifier, RegionParams.Fallback params) {
    this.textClassifier = textClassifier;
    this.minSentenceLetters = params.minSentenceLetters();
    this.sentenceParagraphLetters = params.sentenceParagraphLetters();
    this.letterShareDivisor = params.letterShareDivisor();
  }

  /** Whether the HTML body has enough sentence-like text to be taken as it is. */
  boolean plausible(List<LineClassifier.Block> htmlBlocks, LineClassifier.Result htmlResult) {
    long sentenceLetters = 0;
    for (int i = 0; i < htmlBlocks.size(); i++) {
      if (htmlResult.reasons()[i] == null) {
        String text = htmlBlocks.get(i).text();
        int letters = BodyRegion.letters(text);
        if (letters >= sentenceParagraphLetters && SentenceEnd.WITH_CJK.ends(text)) {
          sentenceLetters += letters;
          if (sentenceLetters >= minSentenceLetters) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The text front end's result when the HTML one fails the check, else null.
   *
   * @param htmlBlocks the HTML front end's paragraphs
   * @param htmlResult their classification
   * @param rendered the page's rendered paragraphs, as a plain-text dump would have them
   */
  Outcome judge(
      List<LineClassifier.Block> htmlBlocks,
      LineClassifier.Result htmlResult,
      List<LineClassifier.Block> rendered,
      String title) {
    return judgeWith(htmlBlocks, htmlResult, rendered,
        () -> textClassifier.classify(rendered, title));
  }

  /** As above, with the text front end's classification of the rendered paragraphs, if needed. */
  Outcome judgeWith(
      List<LineClassifier.Block> htmlBlocks,
      LineClassifier.Result htmlResult,
      List<LineClassifier.Block> rendered,
      java.util.function.Supplier<LineClassifier.Result> textResult) {
    if (plausible(htmlBlocks, htmlResult)) {
      return null;
    }
    long htmlLetters = 0;
    for (int i = 0; i < htmlBlocks.size(); i++) {
      if (htmlResult.reasons()[i] == null) {
        htmlLetters += BodyRegion.letters(htmlBlocks.get(i).text());
      }
    }
    long pageLetters = 0;
    for (LineClassifier.Block b : rendered) {
      pageLetters += BodyRegion.letters(b.text());
    }
    if (htmlLetters * letterShareDivisor >= pageLetters) {
      return null;
    }
    LineClassifier.Result text = textResult.get();
    long textLetters = 0;
    for (int i = 0; i < rendered.size(); i++) {
      if (text.reasons()[i] == null) {
        textLetters += BodyRegion.letters(rendered.get(i).text());
      }
    }
    if (htmlLetters * letterShareDivisor >= textLetters) {
      return null;
    }
    return new Outcome(text, htmlLetters, textLetters);
  }

  /**
   * A fallback: the text front end's classification of the rendered paragraphs, and the kept
   * letters of both front ends.
   */
  record Outcome(LineClassifier.Result result, long htmlLetters, long textLetters) {

    /**
     * The audit row of the fallback: an empty span at {@code offset} (the start of the body),
     * reason {@link RemovalReason#TEXT_FALLBACK}, whose text gives both letter counts.
     */
    RemovedSpan marker(int offset) {
      return new RemovedSpan(offset, offset, null,
          String.format(Locale.ROOT,
              "the HTML front end kept %d letters, the text front end %d: the text front end's"
                  + " body is used", htmlLetters, textLetters),
          RemovalReason.TEXT_FALLBACK);
    }
  }
}
