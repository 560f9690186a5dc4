package io.claimsift.eval.segmentation;

import io.claimsift.sentences.SentenceSplitter;
import io.claimsift.sentences.TextNormaliser;
import io.claimsift.sentences.TextNormaliser.Edit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * pySBD's {@code clean=True} repairs as a {@link TextNormaliser} preset, for scoring the
 * pipeline's splitter rules on pySBD's test suites, which expect that cleaned text: the
 * pipeline's edits plus HTML tags, escaped newlines, letters spread over lines, dot leaders and
 * runs of slashes or periods, in pySBD's order. The pipeline does not use it (see {@link
 * TextNormaliser}).
 */
public final class PySbdCleaning {

  /** "W\nA\nRN\nI\nNG": letters spread over lines are one word. */
  static final Edit NEWLINE_INSIDE_WORD = edit("newline-inside-word", "\\n(?=[a-zA-Z]{1,2}\\n)", "");
  /** Literal backslash escapes left in the text: "\n", "\r", and the typo forms "\ n", "\ r". */
  static final Edit ESCAPED_NEWLINE = edit("escaped-newline", "\\\\ ?[nr]", "\n");
  /** HTML or XML tags with their attributes. */
  static final Edit HTML_TAG =
      edit("html-tag", "</?\\w+(?:(?:\\s+[\\w:-]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^'\">\\s]+))?)+\\s*|\\s*)/?>", "");
  /** Escaped tags: "&lt;b&gt;", "&lt;/b&gt;". */
  static final Edit ESCAPED_HTML_TAG = edit("escaped-html-tag", "&lt;/?[^&<>\\s]{1,30}&gt;", "");
  /** Inline formatting placeholders of translation memories: "{b^&gt;1&lt;b^}", "{b^>1<b^}". */
  static final Edit INLINE_FORMATTING = edit("inline-formatting", "\\{b\\^(?:&gt;|>)\\d*(?:&lt;|<)b\\^}", "");
  /** "Chapter 2 ........ 6": a dot leader and its page number end a table-of-contents line. */
  static final Edit DOT_LEADER = edit("dot-leader", "\\.{4,}[ \\t]*\\d+(?:-+\\d*)?", "\n");
  /** "dots........please": a long run of periods is a pause, not an ellipsis. */
  static final Edit PERIOD_RUN = edit("period-run", "\\.{5,}", " ");
  /** Runs of slashes used as rules ("//////Header"). */
  static final Edit SLASH_RUN = edit("slash-run", "/{3,}", "");

  private static final TextNormaliser NORMALISER =
      new TextNormaliser(
          List.of(
              TextNormaliser.NEWLINE_INSIDE_SENTENCE,
              NEWLINE_INSIDE_WORD,
              TextNormaliser.NEWLINE_BEFORE_PERIOD,
              ESCAPED_NEWLINE,
              HTML_TAG,
              ESCAPED_HTML_TAG,
              INLINE_FORMATTING,
              TextNormaliser.DOUBLE_BACKTICKS,
              TextNormaliser.BACKTICK,
              DOT_LEADER,
              PERIOD_RUN,
              SLASH_RUN));

  private PySbdCleaning() {}

  /** The pipeline's edits plus pySBD's {@code clean=True} repairs, in pySBD's order. */
  public static TextNormaliser normaliser() {
    return NORMALISER;
  }

  /** The pipeline's English splitting rules after {@link #normaliser()}. */
  public static SentenceSplitter splitter() {
    return SentenceSplitter.english(NORMALISER);
  }

  private static Edit edit(String name, String regex, String replacement) {
    return new Edit(name, Pattern.compile(regex), replacement);
  }
}
