package io.claimsift.clean;

import java.util.List;
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

  /**
   * {@code BodyRegion.letters(e.text())} without building the text: the letters or digits of the
   * text nodes below {@code e}, which {@code text()} joins with spaces, normalising only their
   * whitespace and dropping only soft hyphens and zero-width spaces (neither a letter).
   */
  static int letters(Element e) {
    int[] letters = {0};
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        letters[0] += BodyRegion.letters(t.getWholeText());
      }
    }, e);
    return letters[0];
  }

  // -------------------------------------------------------------------------------------------
  // Bottom-up counts: every element's count from its children's, in one pass over the page
  // -------------------------------------------------------------------------------------------

  /*
   * The count only sees where the text's tokens start and end. Every space the walk above may
   * append (a normalised whitespace run, a block or br boundary, the space after a non-inline
   * element) is appended unless the text so far is empty or ends with a space: in both cases the
   * token before has already ended, so each such place is a token boundary whatever comes before
   * it. A piece of the text (a text node, an element's subtree) is then summarised without
   * knowing what precedes it, as a long: bit 0, whether it holds a boundary; bit 1, whether its
   * first token (all of it, without a boundary) holds a letter or number; bit 2, whether its
   * last token does; above, how many tokens between its first and last boundary hold one.
   * Pieces join as the tokens of their texts do. A lone surrogate could join a surrogate of a
   * neighbouring text node into a code point (as the walk's pending high surrogate does): such
   * a text node, and every element holding it, gives INEXACT and is counted by the walk.
   */

  /** The summary of an element whose count must be taken by the walk ({@link #of}). */
  static final long INEXACT = -1L;
  /** The summary of a text without characters, or with neither a boundary nor a letter. */
  static final long EMPTY = 0L;
  private static final long BOUNDARY = 1L;
  private static final long FIRST_WORD = 2L;
  private static final long LAST_WORD = 4L;
  private static final int MIDDLE_SHIFT = 3;

  /** The number of words of a summarised text, or -1 for {@link #INEXACT}. */
  static int count(long summary) {
    if (summary == INEXACT) {
      return -1;
    }
    if ((summary & BOUNDARY) == 0) {
      return (summary & FIRST_WORD) != 0 ? 1 : 0;
    }
    return (int) (summary >>> MIDDLE_SHIFT) + ((summary & FIRST_WORD) != 0 ? 1 : 0)
        + ((summary & LAST_WORD) != 0 ? 1 : 0);
  }

  /** The summary of text {@code a} followed by text {@code b}. */
  static long join(long a, long b) {
    if (a == INEXACT || b == INEXACT) {
      return INEXACT;
    }
    boolean aBoundary = (a & BOUNDARY) != 0;
    boolean bBoundary = (b & BOUNDARY) != 0;
    if (!aBoundary && !bBoundary) {
      return (a | b) & FIRST_WORD;
    }
    if (!aBoundary) {
      // a's only token is b's first one
      return b | (a & FIRST_WORD);
    }
    if (!bBoundary) {
      // b's only token is a's last one
      return (b & FIRST_WORD) != 0 ? a | LAST_WORD : a;
    }
    long middle = (a >>> MIDDLE_SHIFT) + (b >>> MIDDLE_SHIFT)
        + ((a & LAST_WORD) != 0 || (b & FIRST_WORD) != 0 ? 1 : 0);
    return middle << MIDDLE_SHIFT | BOUNDARY | (a & FIRST_WORD) | (b & LAST_WORD);
  }

  /**
   * The summary of {@code el}'s text (as {@link #of} walks it from {@code el}), given the summary
   * of each child element's ({@code children}, which has one for every child element).
   */
  static long summarise(Element el, java.util.Map<Element, Long> children) {
    long sum = EMPTY;
    int rawText = -1; // whether el's text nodes are kept as they are: unknown, 0 or 1
    List<Node> nodes = el.childNodes();
    for (int i = 0, n = nodes.size(); i < n; i++) {
      Node child = nodes.get(i);
      if (child instanceof TextNode t) {
        boolean raw = t instanceof CDataNode;
        if (!raw) {
          if (rawText < 0) {
            rawText = preservesWhitespace(el) ? 1 : 0;
          }
          raw = rawText == 1;
        }
        sum = join(sum, ofText(t.getWholeText(), raw));
      } else if (child instanceof Element c) {
        if (c.isBlock() || c.nameIs("br")) {
          sum = join(sum, BOUNDARY);
        }
        Long below = children.get(c);
        sum = join(sum, below == null ? INEXACT : below);
        Node next = i + 1 < n ? nodes.get(i + 1) : null;
        if (!c.tag().isInline()
            && (next instanceof TextNode || next instanceof Element e && e.tag().isInline())) {
          sum = join(sum, BOUNDARY);
        }
      }
      if (sum == INEXACT) {
        return INEXACT;
      }
    }
    return sum;
  }

  /** The summary of one text node's text, normalised as {@link #head} appends it or raw. */
  static long ofText(String s, boolean raw) {
    boolean boundary = false;
    boolean first = false;
    long middle = 0;
    boolean current = false; // the current token holds a letter or number
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int width = Character.charCount(cp);
      boolean separates;
      if (Character.isSurrogate((char) cp) && width == 1) {
        return INEXACT; // a lone surrogate: it may pair with a neighbour's
      }
      if (raw) {
        // appended char by char; a surrogate pair is joined back by the pending high surrogate
        separates = isScanSpace(cp);
      } else if (StringUtil.isActuallyWhitespace(cp)) {
        separates = true; // appended as one space, or left out after a space
      } else if (StringUtil.isInvisibleChar(cp)) {
        i += width;
        continue;
      } else {
        separates = isScanSpace(cp);
      }
      if (separates) {
        if (!boundary) {
          boundary = true;
          first = current;
        } else if (current) {
          middle++;
        }
        current = false;
      } else if (!current && (cp < 0x80
          ? cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9'
          : LineText.isLetterOrNumber(cp))) {
        current = true;
      }
      i += width;
    }
    if (!boundary) {
      return current ? FIRST_WORD : EMPTY;
    }
    return middle << MIDDLE_SHIFT | BOUNDARY | (first ? FIRST_WORD : 0) | (current ? LAST_WORD : 0);
  }

  /** The characters {@link #scan} ends a token at. */
  private static boolean isScanSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
  }

  private int finish() {
    if (pendingHigh != 0) {
      scan(pendingHigh);
      pendingHigh = 0;
    }
    return tokenHasAlnum ? words + 1 : words;
  }
}
