package io.claimsift.clean;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * {@code LineText.wordCount(e.text())} without building the text: the element's subtree is
 * walked as jsoup's {@code Element.text()} walks it (jsoup 1.21: each text node's whitespace
 * normalised, or kept in {@code pre}-like elements and CDATA; a space before a block or {@code
 * br} element and after a non-inline element followed by text or an inline element, unless the
 * text so far ends with one), and every character that walk would append is fed to the word
 * count's scan instead of a buffer. The count runs on the page body and on the candidates of
 * the main container and of the protection rule, where building their text was about a twentieth
 * of the HTML cleaning.
 *
 * <p>The trim of {@code text()} is left out: it removes only characters that are not letters or
 * numbers from the ends, so it cannot change the number of tokens holding one. A surrogate pair
 * split across two text nodes is joined as {@code wordCount} would join it in the text.
 */
final class TextWords implements NodeVisitor {

  /** How many ancestors {@code Element.preserveWhitespace} looks at (the node's parent first). */
  private static final int PRESERVE_DEPTH = 6;

  /** Whether the text so far is not empty, and whether its last character is a space. */
  private boolean nonEmpty;
  private boolean lastSpace;
  /** The word count's state: tokens holding a letter or number so far, and the current one. */
  private int words;
  private boolean tokenHasAlnum;
  /** A high surrogate whose low half may follow (0 when none). */
  private char pendingHigh;

  private TextWords() {}

  /** {@code LineText.wordCount(root.text())}. */
  static int of(Element root) {
    TextWords w = new TextWords();
    NodeTraversor.traverse(w, root);
    return w.finish();
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      String s = t.getWholeText();
      if (t instanceof CDataNode || preservesWhitespace(t.parent())) {
        appendRaw(s);
      } else {
        appendNormalised(s, lastSpace);
      }
    } else if (node instanceof Element e) {
      if (nonEmpty && (e.isBlock() || e.nameIs("br")) && !lastSpace) {
        append(' ');
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      Node next = node.nextSibling();
      if (!e.tag().isInline()
          && (next instanceof TextNode || next instanceof Element n && n.tag().isInline())
          && !lastSpace) {
        append(' ');
      }
    }
  }

  /** {@code Element.preserveWhitespace(parent)}: the parent or one of its 5 nearest ancestors. */
  private static boolean preservesWhitespace(Element parent) {
    Element el = parent;
    for (int i = 0; i < PRESERVE_DEPTH && el != null; i++) {
      if (el.tag().preserveWhitespace()) {
        return true;
      }
      el = el.parent();
    }
    return false;
  }

  private void appendRaw(String s) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i));
    }
  }

  /** {@code StringUtil.appendNormalisedWhitespace(accum, s, stripLeading)}, fed to the count. */
  private void appendNormalised(String s, boolean stripLeading) {
    boolean lastWasWhite = false;
    boolean reachedNonWhite = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (StringUtil.isActuallyWhitespace(c)) {
        if (!(stripLeading && !reachedNonWhite || lastWasWhite)) {
          append(' ');
          lastWasWhite = true;
        }
      } else if (!StringUtil.isInvisibleChar(c)) {
        if (Character.isBmpCodePoint(c)) {
          append((char) c);
        } else {
          append(Character.highSurrogate(c));
          append(Character.lowSurrogate(c));
        }
        lastWasWhite = false;
        reachedNonWhite = true;
      }
      i += Character.charCount(c);
    }
  }

  /** One character of the text: {@code LineText.wordCount}'s scan, a code point at a time. */
  private void append(char c) {
    nonEmpty = true;
    lastSpace = c == ' ';
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        scan(Character.toCodePoint(high, c));
        return;
      }
      scan(high);
    }
    if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else {
      scan(c);
    }
  }

  private void scan(int cp) {
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r') {
      if (tokenHasAlnum) {
        words++;
      }
      tokenHasAlnum = false;
    } else if (!tokenHasAlnum && (cp < 0x80
        ? cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9'
        : LineText.isLetterOrNumber(cp))) {
      tokenHasAlnum = true;
    }
  }

  private int finish() {
    if (pendingHigh != 0) {
      scan(pendingHigh);
      pendingHigh = 0;
    }
    return tokenHasAlnum ? words + 1 : words;
  }
}
