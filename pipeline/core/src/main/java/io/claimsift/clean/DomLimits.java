package io.claimsift.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Applies the HTML {@link CleaningLimits} to a parsed page before any other cleaning step reads
 * it. Several steps walk an element's ancestors or descendants, so their cost grows with the page's
 * elements times its depth: capping both bounds it. Both walks here are jsoup's iterative
 * traversals, never recursion, so a page nested 100,000 levels deep cannot overflow the stack.
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
    int[] elements = {0};
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element && !(node instanceof Document)) {
        elements[0]++;
      }
    }, doc);
    if (elements[0] > limits.maxHtmlElements()) {
      throw new DocumentTooComplexException(String.format(Locale.ROOT,
          "the page has %d HTML elements, more than the limit of %d (--maxHtmlElements)",
          elements[0], limits.maxHtmlElements()));
    }
    List<Element> tooDeep = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && depth > limits.maxHtmlDepth()) {
          tooDeep.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    }, doc.body());
    List<RemovedSpan> removed = new ArrayList<>(tooDeep.size());
    for (Element e : tooDeep) {
      removed.add(HtmlCleaner.segment(e, RemovalReason.TOO_DEEP));
      e.remove();
    }
    return removed;
  }
}
