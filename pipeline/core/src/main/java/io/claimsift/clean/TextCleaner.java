package io.claimsift.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Removes boilerplate from a plain-text dump of a web page (one paragraph per line, blank lines
 * between blocks) and extracts title, byline and dates.
 *
 * <p>Each non-blank line is classified by the shared line classifier (see {@link CleaningRules}
 * for the rules); removed lines become {@link RemovedSpan}s, kept lines become paragraphs of
 * {@link CleanedArticle#cleanText()} joined by one blank line, each with its internal whitespace
 * collapsed to single spaces.
 *
 * <p>Segment offsets: {@code start}/{@code end} delimit the line <em>after trimming</em> leading
 * and trailing whitespace (including NBSP, zero-width space and BOM), so {@code
 * decoded.substring(seg.start(), seg.end()).equals(seg.text())} always holds; {@code line} is the
 * 1-based line number (lines end at {@code \n}, {@code \r\n} or {@code \r}).
 *
 * <p>Text input carries no canonical URL or site name; those fields are null.
 *
 * <p>Instances are immutable and thread-safe once constructed; one instance may be shared by
 * all workers.
 */
public final class TextCleaner {

  private final CleaningRules rules;
  private final CleaningLimits limits;
  private final LineClassifier classifier;

  public TextCleaner(CleaningRules rules) {
    this(rules, CleaningLimits.standard());
  }

  public TextCleaner(CleaningRules rules, CleaningLimits limits) {
    this(rules, limits, RegionParams.standard());
  }

  /** A cleaner whose body choice is scored by {@code params} instead of the committed ones. */
  public TextCleaner(CleaningRules rules, CleaningLimits limits, RegionParams params) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.classifier = new LineClassifier(rules, new BodyRegion(params.text()), true);
  }

  /** The dump up to its body choice, for {@link RegionReplay}. */
  RegionReplay replay(String decodedText) {
    List<LineClassifier.Block> blocks = splitLines(decodedText == null ? "" : decodedText);
    return RegionReplay.text(blocks, classifier.prepare(blocks, null));
  }

  /**
   * Cleans one decoded document; never returns null.
   *
   * @throws DocumentTooComplexException when the text has more non-blank lines than the limits allow
   */
  public CleanedArticle clean(String decodedText) {
    String text = decodedText == null ? "" : decodedText;
    List<LineClassifier.Block> blocks = splitLines(text);
    if (blocks.size() > limits.maxTextLines()) {
      throw new DocumentTooComplexException(String.format(Locale.ROOT,
          "the text has %d non-blank lines, more than the limit of %d (--maxTextLines)",
          blocks.size(), limits.maxTextLines()));
    }
    LineClassifier.Result result = classifier.classify(blocks, null);

    List<RemovedSpan> removed = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      LineClassifier.Block b = blocks.get(i);
      RemovalReason r = result.reasons()[i];
      if (r == null) {
        kept.add(LineText.collapse(b.text()));
      } else {
        removed.add(new RemovedSpan(b.start(), b.end(), b.line(), b.text(), r));
      }
    }
    String cleanText = String.join("\n\n", kept);
    return new CleanedArticle(
        result.title(),
        result.authors(),
        result.publishedAt(),
        result.publishedAt() == null ? null : DateSource.DATELINE,
        result.updatedAt(),
        LanguageGuesser.guess(null, cleanText),
        null,
        null,
        cleanText,
        removed);
  }

  /** Splits into non-blank, trimmed lines with offsets of the trimmed text. */
  static List<LineClassifier.Block> splitLines(String text) {
    List<LineClassifier.Block> blocks = new ArrayList<>();
    int lineNo = 1;
    int pos = 0;
    int len = text.length();
    while (pos <= len) {
      int eol = pos;
      while (eol < len && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
        eol++;
      }
      int s = pos;
      int e = eol;
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        blocks.add(new LineClassifier.Block(text.substring(s, e), s, e, lineNo));
      }
      if (eol >= len) {
        break;
      }
      pos = eol + ((text.charAt(eol) == '\r' && eol + 1 < len && text.charAt(eol + 1) == '\n') ? 2 : 1);
      lineNo++;
    }
    return blocks;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF';
  }
}
