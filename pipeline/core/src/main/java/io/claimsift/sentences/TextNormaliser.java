package io.claimsift.sentences;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Text repair before sentence splitting, as an explicit list of edits that keep an offset map
 * ({@link NormalisedText}), so sentences found in the repaired text map back to exact spans of
 * the original.
 *
 * <p>Two presets. {@link #pipeline()} holds the edits that only make boundary decisions better on
 * news text: a line wrapped inside a sentence, a period pushed onto the next line, backtick
 * quotes. {@link #pySbdClean()} adds pySBD's {@code clean=True} repairs (HTML tags, escaped
 * newlines, letters spread over lines, dot leaders, runs of slashes or periods), in pySBD's order;
 * pySBD's test cases expect that cleaned text, while the pipeline's article cleaning already
 * removes markup upstream and a literal "\n" or a run of dots in an article is more often content.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormaliser {

  /**
   * One edit: every match of {@code pattern} becomes the literal {@code replacement}, empty or one
   * character, so that no sentence boundary can fall inside a replacement and mapped-back
   * sentences never overlap.
   */
  public record Edit(String name, Pattern pattern, String replacement) {
    public Edit {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(replacement, "replacement");
      if (replacement.length() > 1) {
        throw new IllegalArgumentException("replacement longer than one character: " + name);
      }
    }

    static Edit of(String name, String regex, String replacement) {
      return new Edit(name, Pattern.compile(regex), replacement);
    }
  }

  /**
   * "a cold \nnight", "400 yd \n( 365.8 m )": a line wrapped after a space, not after a sentence
   * end, continues in lower case or a parenthesis; the newline goes.
   */
  static final Edit NEWLINE_INSIDE_SENTENCE =
      Edit.of("newline-inside-sentence", "\\n(?<=[ \\t]\\n)(?<![.!?…][ \\t]{0,20}\\n)(?=[a-z(])", "");
  /** "W\nA\nRN\nI\nNG": letters spread over lines are one word. */
  static final Edit NEWLINE_INSIDE_WORD = Edit.of("newline-inside-word", "\\n(?=[a-zA-Z]{1,2}\\n)", "");
  /** "pricing\n. Next": a period pushed onto the next line closes the line before. */
  static final Edit NEWLINE_BEFORE_PERIOD = Edit.of("newline-before-period", "\\n(?=\\.(?:\\s|$))", "");
  /** Literal backslash escapes left in the text: "\n", "\r", and the typo forms "\ n", "\ r". */
  static final Edit ESCAPED_NEWLINE = Edit.of("escaped-newline", "\\\\ ?[nr]", "\n");
  /** HTML or XML tags with their attributes. */
  static final Edit HTML_TAG =
      Edit.of("html-tag", "</?\\w+(?:(?:\\s+[\\w:-]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^'\">\\s]+))?)+\\s*|\\s*)/?>", "");
  /** Escaped tags: "&lt;b&gt;", "&lt;/b&gt;". */
  static final Edit ESCAPED_HTML_TAG = Edit.of("escaped-html-tag", "&lt;/?[^&<>\\s]{1,30}&gt;", "");
  /** Inline formatting placeholders of translation memories: "{b^&gt;1&lt;b^}", "{b^>1<b^}". */
  static final Edit INLINE_FORMATTING = Edit.of("inline-formatting", "\\{b\\^(?:&gt;|>)\\d*(?:&lt;|<)b\\^}", "");
  /** PTB-style quotes: `` and '' are double quotes, a single backtick an opening single quote. */
  static final Edit DOUBLE_BACKTICKS = Edit.of("double-backticks", "``|''", "\"");
  static final Edit BACKTICK = Edit.of("backtick", "`", "'");
  /** "Chapter 2 ........ 6": a dot leader and its page number end a table-of-contents line. */
  static final Edit DOT_LEADER = Edit.of("dot-leader", "\\.{4,}[ \\t]*\\d+(?:-+\\d*)?", "\n");
  /** "dots........please": a long run of periods is a pause, not an ellipsis. */
  static final Edit PERIOD_RUN = Edit.of("period-run", "\\.{5,}", " ");
  /** Runs of slashes used as rules ("//////Header"). */
  static final Edit SLASH_RUN = Edit.of("slash-run", "/{3,}", "");

  private static final TextNormaliser PIPELINE =
      new TextNormaliser(List.of(NEWLINE_INSIDE_SENTENCE, NEWLINE_BEFORE_PERIOD, DOUBLE_BACKTICKS, BACKTICK));

  private static final TextNormaliser PYSBD_CLEAN =
      new TextNormaliser(
          List.of(
              NEWLINE_INSIDE_SENTENCE,
              NEWLINE_INSIDE_WORD,
              NEWLINE_BEFORE_PERIOD,
              ESCAPED_NEWLINE,
              HTML_TAG,
              ESCAPED_HTML_TAG,
              INLINE_FORMATTING,
              DOUBLE_BACKTICKS,
              BACKTICK,
              DOT_LEADER,
              PERIOD_RUN,
              SLASH_RUN));

  private static final TextNormaliser NONE = new TextNormaliser(List.of());

  private final List<Edit> edits;

  /** A normaliser applying {@code edits} in order. */
  public TextNormaliser(List<Edit> edits) {
    this.edits = List.copyOf(edits);
  }

  /** No edit: the text is split as it is. */
  public static TextNormaliser none() {
    return NONE;
  }

  /** The edits the pipeline applies before splitting (boundary decisions only; spans stay exact). */
  public static TextNormaliser pipeline() {
    return PIPELINE;
  }

  /** The pipeline's edits plus pySBD's {@code clean=True} repairs, for pySBD's test suites. */
  public static TextNormaliser pySbdClean() {
    return PYSBD_CLEAN;
  }

  /** The edits, in the order they are applied. */
  public List<Edit> edits() {
    return edits;
  }

  /** Applies the edits in order. */
  public NormalisedText normalise(String text) {
    NormalisedText out = NormalisedText.of(text);
    for (Edit edit : edits) {
      out = out.replaceAll(edit.pattern(), edit.replacement());
    }
    return out;
  }
}
