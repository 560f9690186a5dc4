package io.claimsift.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page the synthetic articles are made from, with the spans of its body paragraphs: the
 * parts a variant may swap for another page's paragraph and whose numbers it rewrites.
 *
 * <p>Text is held as ISO-8859-1 so that every byte survives the round trip whatever the page's
 * real charset; paragraphs and digits are ASCII-delimited, so the edits never split a character.
 */
record SourcePage(String content, List<Span> paragraphs) {
  /** Inner text of an HTML paragraph element. */
  private static final Pattern HTML_PARAGRAPH =
      Pattern.compile("<p\\b[^>]*>(.*?)</p>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /** A block of a text dump between blank lines. */
  private static final Pattern TEXT_PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*");
  /** Shorter text blocks are mostly navigation and captions; body paragraphs are longer. */
  static final int MIN_TEXT_PARAGRAPH = 120;
  static final int MIN_HTML_PARAGRAPH = 40;

  /** Start (inclusive) and end (exclusive) of a paragraph in the page. */
  record Span(int start, int end) {}

  static SourcePage html(String content) {
    return new SourcePage(content, spans(HTML_PARAGRAPH.matcher(content), 1, MIN_HTML_PARAGRAPH));
  }

  static SourcePage text(String content) {
    return new SourcePage(content, spans(TEXT_PARAGRAPH.matcher(content), 0, MIN_TEXT_PARAGRAPH));
  }

  private static List<Span> spans(Matcher matcher, int group, int minLength) {
    List<Span> spans = new ArrayList<>();
    while (matcher.find()) {
      if (matcher.end(group) - matcher.start(group) >= minLength) {
        spans.add(new Span(matcher.start(group), matcher.end(group)));
      }
    }
    return List.copyOf(spans);
  }

  String text(Span span) {
    return content.substring(span.start(), span.end());
  }
}
