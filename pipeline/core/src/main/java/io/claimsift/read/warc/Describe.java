package io.claimsift.read.warc;

import org.netpreserve.jwarc.ParsingException;

/** Error text for reject details: short, one line, printable, without the offset jwarc appends (it counts from where reading started). */
final class Describe {
  private static final int MAX_LENGTH = 160;

  private Describe() {}

  static String error(Throwable e) {
    String message = e instanceof ParsingException parsing ? parsing.getBaseMessage() : e.getMessage();
    String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    StringBuilder clean = new StringBuilder();
    text.codePoints().limit(MAX_LENGTH).forEach(c -> clean.appendCodePoint(
        Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED ? '?' : c));
    return text.codePointCount(0, text.length()) > MAX_LENGTH ? clean + "…" : clean.toString();
  }
}
