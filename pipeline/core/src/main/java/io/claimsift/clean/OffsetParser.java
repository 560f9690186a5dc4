package io.claimsift.clean;

import java.io.Reader;
import java.lang.reflect.Field;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.CharacterReader;
import org.jsoup.parser.HtmlTreeBuilder;
import org.jsoup.parser.Parser;

/**
 * Parses HTML with source offsets but without line and column numbers.
 *
 * <p>The cleaner reads only the offsets of elements ({@code Range.startPos()/endPos()}), but a
 * jsoup parser that tracks positions also records every newline of the page and looks up the
 * line and column of both ends of every node and attribute (a binary search each): about a
 * tenth of the cleaning CPU. This tree builder switches the newline tracking off once the parse
 * is set up; jsoup then gives line 1 and column offset+1, and the offsets, the tree and the text
 * are the same. It also switches off the source ranges of attributes (each attribute's name and
 * value positions, a map entry per attribute in the element's user data), which the cleaner never
 * reads; the ranges of the elements themselves are tracked as before. Should the reader or the
 * tokeniser's tags not be reachable (jsoup's internals changed, or a module system forbids
 * access), the parse falls back to jsoup's full tracking: slower, same result.
 */
final class OffsetParser {

  /** jsoup's {@code TreeBuilder.reader}, or null when it cannot be reached. */
  private static final Field READER = readerField();
  /**
   * jsoup's {@code TreeBuilder.tokeniser}, the tokeniser's two reused tag tokens ({@code
   * startPending}, {@code endPending}: every tag the tokeniser reads, and so every attribute, is
   * read into one of them) and the tag token's {@code trackSource} flag; all null when one of
   * them cannot be reached.
   */
  private static final Field[] ATTRIBUTE_TRACKING = attributeTrackingFields();

  private OffsetParser() {}

  /** The page parsed as {@code Jsoup.parse(html, "", htmlParser().setTrackPosition(true))}. */
  static Document parse(String html) {
    return Jsoup.parse(html, "", new Parser(new OffsetsOnly()).setTrackPosition(true));
  }

  private static Field readerField() {
    try {
      Field f = HtmlTreeBuilder.class.getSuperclass().getDeclaredField("reader");
      f.setAccessible(true);
      return f.getType() == CharacterReader.class ? f : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Field[] attributeTrackingFields() {
    try {
      Class<?> treeBuilder = HtmlTreeBuilder.class.getSuperclass();
      Field tokeniser = treeBuilder.getDeclaredField("tokeniser");
      Class<?> tokeniserClass = tokeniser.getType();
      Field start = tokeniserClass.getDeclaredField("startPending");
      Field end = tokeniserClass.getDeclaredField("endPending");
      Class<?> tagClass = start.getType().getSuperclass();
      if (end.getType().getSuperclass() != tagClass) {
        return null;
      }
      Field trackSource = tagClass.getDeclaredField("trackSource");
      if (trackSource.getType() != boolean.class) {
        return null;
      }
      for (Field f : new Field[] {tokeniser, start, end, trackSource}) {
        f.setAccessible(true);
      }
      return new Field[] {tokeniser, start, end, trackSource};
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** An HTML tree builder whose character reader keeps no newline index. */
  private static final class OffsetsOnly extends HtmlTreeBuilder {
    @Override
    protected void initialiseParse(Reader input, String baseUri, Parser parser) {
      super.initialiseParse(input, baseUri, parser);
      if (READER != null) {
        try {
          ((CharacterReader) READER.get(this)).trackNewlines(false);
        } catch (IllegalAccessException e) {
          // Unreachable after setAccessible; the full tracking stays on.
        }
      }
      if (ATTRIBUTE_TRACKING != null) {
        try {
          Object tokeniser = ATTRIBUTE_TRACKING[0].get(this);
          ATTRIBUTE_TRACKING[3].setBoolean(ATTRIBUTE_TRACKING[1].get(tokeniser), false);
          ATTRIBUTE_TRACKING[3].setBoolean(ATTRIBUTE_TRACKING[2].get(tokeniser), false);
        } catch (IllegalAccessException | RuntimeException e) {
          // A final field the runtime will not set: the attribute ranges stay on.
        }
      }
    }
  }
}
