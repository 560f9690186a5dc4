package io.claimsift.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The elements of a page that its metadata selectors can match, collected in one walk, so that
 * each metadata query (title, site name, canonical URL, dates, authors, JSON-LD blocks) reads a
 * short list instead of walking the whole page again with its selector: those walks, about ten
 * per page, were about a tenth of the HTML cleaning.
 *
 * <p>A query gives exactly what {@code doc.select(selector)} or {@code doc.selectFirst(selector)}
 * gives, in the same order, for every selector whose matches are all {@linkplain #isCandidate
 * candidates}: an element whose tag is one of {@link #TAGS} or that has an {@code itemprop}
 * attribute. The candidates are kept in document order (a pre-order walk, as jsoup's), and each
 * is tested with the selector's own evaluator against the document as root, as {@code select}
 * does. Selectors of other elements must not be asked here ({@link #evaluator} refuses them when
 * they have no tag or {@code itemprop} test, see {@link #covered}).
 */
final class PageMeta {

  /** The tags of the elements the metadata selectors name. */
  static final Set<String> TAGS = Set.of("meta", "link", "script", "time", "h1", "html");

  private final Document doc;
  private final List<Element> candidates;

  private PageMeta(Document doc, List<Element> candidates) {
    this.doc = doc;
    this.candidates = candidates;
  }

  /** Collects the candidates of {@code doc} as it is now (after {@link DomLimits#apply}). */
  static PageMeta of(Document doc) {
    List<Element> out = new ArrayList<>();
    Node[] stack = new Node[64];
    int top = 0;
    stack[0] = doc;
    while (top >= 0) {
      Node node = stack[top--];
      if (node instanceof Element e && !(node instanceof Document) && isCandidate(e)) {
        out.add(e);
      }
      int children = node.childNodeSize();
      if (top + children >= stack.length) {
        stack = Arrays.copyOf(stack, Math.max(stack.length * 2, top + children + 1));
      }
      for (int i = children - 1; i >= 0; i--) {
        Node child = node.childNode(i);
        if (child instanceof Element) {
          stack[++top] = child;
        }
      }
    }
    return new PageMeta(doc, out);
  }

  /** Whether a metadata selector may match {@code e}. */
  static boolean isCandidate(Element e) {
    return TAGS.contains(e.normalName()) || e.hasAttr("itemprop");
  }

  /**
   * {@code selector} parsed, for {@link #first} and {@link #all}; refused when it is not
   * {@linkplain #covered covered} by the candidates.
   */
  static Evaluator evaluator(String selector) {
    for (String alternative : selector.split(",")) {
      if (!covered(alternative.trim())) {
        throw new IllegalArgumentException("not a metadata selector: " + alternative);
      }
    }
    return QueryParser.parse(selector);
  }

  /**
   * A simple selector that is a tag of {@link #TAGS} followed by attribute tests only ({@code
   * meta[property=og:title]}), or attribute tests only of which the first is on {@code itemprop}:
   * every element it matches is a candidate. Anything else (a combinator, a pseudo-selector, a
   * class) is not covered.
   */
  static boolean covered(String simple) {
    int bracket = simple.indexOf('[');
    String tag = bracket < 0 ? simple : simple.substring(0, bracket);
    if (tag.isEmpty() ? !simple.startsWith("[itemprop=") : !TAGS.contains(tag)) {
      return false;
    }
    int i = tag.length();
    while (i < simple.length()) {
      int close = simple.indexOf(']', i);
      if (simple.charAt(i) != '[' || close < 0 || simple.indexOf('[', i + 1) >= 0
          && simple.indexOf('[', i + 1) < close) {
        return false;
      }
      i = close + 1;
    }
    return true;
  }

  /** {@code doc.selectFirst(selector)}: the first matching element, or null. */
  Element first(Evaluator selector) {
    for (Element e : candidates) {
      if (selector.matches(doc, e)) {
        return e;
      }
    }
    return null;
  }

  /** {@code doc.select(selector)}: every matching element, in document order. */
  Elements all(Evaluator selector) {
    Elements out = new Elements();
    for (Element e : candidates) {
      if (selector.matches(doc, e)) {
        out.add(e);
      }
    }
    return out;
  }
}
