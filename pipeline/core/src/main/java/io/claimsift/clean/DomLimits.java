package io.claimsift.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Applies the HTML {@link CleaningLimits} to a parsed page before any other cleaning step reads
 * it. Several steps walk an element's ancestors or descendants, so their cost grows with the page's
 * elements times its depth: capping both bounds it. The walk here uses an explicit stack, never
 * recursion, so a page nested 100,000 levels deep cannot overflow the thread's stack.
 */
final class DomLimits {
  private DomLimits() {}

  /**
   * Throws {@link DocumentTooComplexException}, before the page is parsed, when its raw text holds
   * more than three times {@code maxHtmlElements} tags ({@code <} or {@code </} followed by a
   * letter). jsoup needs about 0.5 to 0.9 KB of heap per element, so a page that is 50 MB of
   * {@code <b>} (16 million elements) exhausted the heap before {@link #apply} could count them
   * and ended the run. A page at the element limit whose elements all have end tags holds about
   * twice as many tags as elements, so up to three times the limit the page is parsed and its
   * elements counted exactly, as before.
   */
  static void checkTags(String html, CleaningLimits limits) {
    long maxTags = 3L * limits.maxHtmlElements();
    long tags = 0;
    int last = html.length() - 1;
    for (int i = html.indexOf('<'); i >= 0 && i < last; i = html.indexOf('<', i + 1)) {
      char next = html.charAt(i + 1);
      if (isAsciiLetter(next) || next == '/' && i + 2 <= last && isAsciiLetter(html.charAt(i + 2))) {
        if (++tags > maxTags) {
          throw new DocumentTooComplexException(String.format(Locale.ROOT,
              "the page has more than %d tags, three times the limit of %d HTML elements (--maxHtmlElements); "
                  + "it was not parsed", maxTags, limits.maxHtmlElements()));
        }
      }
    }
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /**
   * Throws {@link DocumentTooComplexException} when the page has more elements than allowed;
   * otherwise removes every element nested more than {@code maxHtmlDepth} levels below
   * {@code <body>} (outermost only, with its content) and returns their segments.
   */
  static List<RemovedSpan> apply(Document doc, CleaningLimits limits) {
    return applyCounted(doc, limits).removed();
  }

  /**
   * What {@link #applyCounted} did: the segments of the elements it removed as too deep, and how
   * many elements the page had before.
   */
  record Applied(List<RemovedSpan> removed, int elements) {}

  /** {@link #apply}, also giving the page's element count (its walk counts them anyway). */
  static Applied applyCounted(Document doc, CleaningLimits limits) {
    List<Element> tooDeep = new ArrayList<>();
    int elements = walk(doc, doc.body(), limits.maxHtmlDepth(), tooDeep);
    if (elements > limits.maxHtmlElements()) {
      throw new DocumentTooComplexException(String.format(Locale.ROOT,
          "the page has %d HTML elements, more than the limit of %d (--maxHtmlElements)",
          elements, limits.maxHtmlElements()));
    }
    List<RemovedSpan> removed = new ArrayList<>(tooDeep.size());
    for (Element e : tooDeep) {
      removed.add(HtmlCleaner.segment(e, RemovalReason.TOO_DEEP));
      e.remove();
    }
    return new Applied(removed, elements);
  }

  /** Depth of a node outside {@code <body>}. */
  private static final int OUTSIDE_BODY = -1;
  /** Depth of a node inside an element already found too deep: it is only counted. */
  private static final int INSIDE_TOO_DEEP = -2;

  /**
   * One pre-order walk of the page: counts its elements (the document itself aside) and collects,
   * in document order, the outermost elements nested more than {@code maxDepth} levels below
   * {@code body}. An explicit stack over the child arrays: jsoup's traversal finds each next
   * sibling through the node's index, which cost a few percent of the cleaning.
   */
  private static int walk(Document doc, Element body, int maxDepth, List<Element> tooDeep) {
    int elements = 0;
    Node[] nodes = new Node[64];
    int[] depths = new int[64];
    int top = 0;
    nodes[0] = doc;
    depths[0] = OUTSIDE_BODY;
    while (top >= 0) {
      Node node = nodes[top];
      int depth = depths[top];
      top--;
      if (node instanceof Element e && !(node instanceof Document)) {
        elements++;
        if (depth > maxDepth) {
          tooDeep.add(e);
          depth = INSIDE_TOO_DEEP;
        }
      }
      int childDepth = depth >= 0 ? depth + 1 : node == body ? 1 : depth;
      int children = node.childNodeSize();
      if (top + children >= nodes.length) {
        int size = Math.max(nodes.length * 2, top + children + 1);
        nodes = Arrays.copyOf(nodes, size);
        depths = Arrays.copyOf(depths, size);
      }
      for (int i = children - 1; i >= 0; i--) {
        top++;
        nodes[top] = node.childNode(i);
        depths[top] = childDepth;
      }
    }
    return elements;
  }
}
