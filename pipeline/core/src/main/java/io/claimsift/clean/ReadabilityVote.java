package io.claimsift.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kotlin.Pair;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ArticleMetadata;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The third voter on the HTML body: Readability (Mozilla's algorithm, as readability4j ports it).
 *
 * <p>Rule: on a page whose HTML body passed its sanity check and reads as prose (at least {@value
 * #MIN_PROSE_SHARE} of its letters in paragraphs that end like a sentence), a paragraph the HTML
 * front end keeps is removed ({@link RemovalReason#OUTVOTED}) when the two other extractors both
 * leave it out: the text front end, reading the page's rendered text, keeps no paragraph of the
 * same text, and Readability's article holds fewer than half of the paragraph's 4-word shingles.
 * Only paragraphs of at least {@value #MIN_WORDS} words are put to the vote (a shorter one has no
 * 4-word shingle to look up). Readability votes only when it read the same article: it must hold
 * at least {@value #MIN_AGREEMENT} of the letters of the paragraphs both front ends keep; when it
 * took another region of the page (a sidebar, a comment thread), its opinion is not asked.
 *
 * <p>The errors of the three extractors differ (a heuristic on the markup's density, one on the
 * text's lines, one on commas and class names), and a majority of two is the simple ensemble the
 * published comparison of extractors found to beat each of its members (Bevendorff et al., SIGIR
 * 2023). Readability runs only when a paragraph could be outvoted, on a copy of the page as
 * parsed (which the text front end reads first), on pages of at most {@link
 * CleaningLimits#maxReadabilityElements} elements; any failure inside it means no vote.
 *
 * <p>Immutable and thread-safe. Public for the lab, which scores Readability alone as a reference
 * ({@link #read}) and replays other guards ({@link RegionReplay#keep(RegionParams,
 * ReadabilityVote)}).
 */
public final class ReadabilityVote {

  /** A paragraph put to the vote has at least this many words (the standard preset's). */
  static final int MIN_WORDS = 4;
  /** The body's share of letters in sentence-like paragraphs for the vote to run (standard). */
  static final double MIN_PROSE_SHARE = 0.7;
  /** Readability's share of the agreed paragraphs' letters for its vote to count (standard). */
  static final double MIN_AGREEMENT = 0.8;
  private static final ReadabilityVote STANDARD =
      new ReadabilityVote(MIN_WORDS, MIN_AGREEMENT, MIN_PROSE_SHARE);

  private final int minWords;
  private final double minAgreement;
  private final double minProseShare;

  /**
   * A vote with other guards than the {@link #standard} ones, for the lab's grid over them
   * ({@code TuneReadabilityVote}).
   *
   * @param minWords a paragraph put to the vote has at least this many words
   * @param minAgreement Readability's share of the agreed paragraphs' letters for its vote to count
   * @param minProseShare the body's share of letters in sentence-like paragraphs for the vote to run
   */
  public ReadabilityVote(int minWords, double minAgreement, double minProseShare) {
    this.minWords = minWords;
    this.minAgreement = minAgreement;
    this.minProseShare = minProseShare;
  }

  /** A paragraph put to the vote has at least this many words. */
  public int minWords() {
    return minWords;
  }

  /** Readability's share of the agreed paragraphs' letters for its vote to count. */
  public double minAgreement() {
    return minAgreement;
  }

  /** The body's share of letters in sentence-like paragraphs for the vote to run. */
  public double minProseShare() {
    return minProseShare;
  }

  /** The cleaner's vote: 4 words, 80% agreement, 70% prose (chosen on tune pages, docs/quality.md). */
  public static ReadabilityVote standard() {
    return STANDARD;
  }
  private static final int SHINGLE = 4;

  /** Whether the vote could change the body: it reads as prose and has a paragraph to vote on. */
  boolean applies(List<LineClassifier.Block> blocks, RemovalReason[] reasons) {
    long kept = 0;
    long prose = 0;
    boolean votable = false;
    for (int i = 0; i < blocks.size(); i++) {
      if (reasons[i] != null) {
        continue;
      }
      String text = blocks.get(i).text();
      int letters = BodyRegion.letters(text);
      kept += letters;
      if (SentenceEnd.WITH_CJK.ends(text)) {
        prose += letters;
      }
      // Words are counted only until one paragraph qualifies: this runs on every HTML page.
      votable = votable || words(text).size() >= minWords;
    }
    return votable && kept > 0 && prose >= minProseShare * kept;
  }

  /** Whether a kept paragraph of at least the minimum words is one the text front end drops. */
  boolean hasCandidates(List<LineClassifier.Block> blocks, RemovalReason[] reasons,
      Set<String> textKept) {
    for (int i = 0; i < blocks.size(); i++) {
      String text = blocks.get(i).text();
      if (reasons[i] == null && !textKept.contains(text) && words(text).size() >= minWords) {
        return true;
      }
    }
    return false;
  }

  /**
   * The HTML verdicts after the vote: a copy of {@code reasons} with the outvoted paragraphs
   * removed; {@code reasons} itself when nothing changes (or Readability found nothing).
   *
   * @param textKept the texts of the rendered paragraphs the text front end keeps
   * @param readability the text of Readability's article, or null
   */
  RemovalReason[] apply(List<LineClassifier.Block> blocks, RemovalReason[] reasons,
      Set<String> textKept, String readability) {
    if (readability == null || readability.isBlank()) {
      return reasons;
    }
    Map<String, Integer> article = shingles(words(readability));
    long agreed = 0;
    long held = 0;
    for (int i = 0; i < blocks.size(); i++) {
      String text = blocks.get(i).text();
      if (reasons[i] == null && textKept.contains(text)) {
        int letters = BodyRegion.letters(text);
        agreed += letters;
        held += holdsMost(article, text) ? letters : 0;
      }
    }
    if (agreed == 0 || held < minAgreement * agreed) {
      return reasons;
    }
    RemovalReason[] out = null;
    for (int i = 0; i < blocks.size(); i++) {
      String text = blocks.get(i).text();
      if (reasons[i] == null && !textKept.contains(text)
          && words(text).size() >= minWords && !holdsMost(article, text)) {
        if (out == null) {
          out = reasons.clone();
        }
        out[i] = RemovalReason.OUTVOTED;
      }
    }
    return out == null ? reasons : out;
  }

  /**
   * The text of Readability's article on {@code page} (which it changes: pass a copy you no
   * longer need), or null when it finds none or fails.
   */
  public static String read(Document page) {
    try {
      RegExUtil regex = new RememberingRegex();
      // No element cap inside Readability (0): the cleaner checks CleaningLimits before the call.
      ReadabilityOptions options = new ReadabilityOptions(0,
          ReadabilityOptions.DEFAULT_N_TOP_CANDIDATES, ReadabilityOptions.DEFAULT_WORD_THRESHOLD,
          List.of());
      Readability4J readability = new Readability4J("", page, options, regex,
          new QuietPreprocessor(regex), new MetadataParser(regex),
          new LeanGrabber(options, regex), new TextOnly());
      String text = readability.parse().getTextContent();
      return text == null || text.isBlank() ? null : text;
    } catch (Exception | StackOverflowError | LinkageError e) {
      // Kotlin code may throw checked exceptions undeclared, hence Exception.
      // Readability is a voter, not a front end: when it fails, the page is cleaned without it.
      return null;
    }
  }

  /**
   * Readability's article grabber with its wasted work left out; what it finds is the same.
   *
   * <p>Its steps log each node they remove, and build the message (the node's HTML) even when
   * debug logging is off: a tenth of its time. Its main loop serialises the whole page before the
   * first attempt, to retry from it when the article is too short, and serialises the article three
   * times for debug messages: a third of its time. Here the page is kept as a copy of its tree,
   * serialised only when a retry needs it, and the debug messages are not built. Its emptiness
   * test builds the text of every element's whole subtree; here {@link #blankText} stops at the
   * first visible character. {@link #grabArticle} follows readability4j 1.0.8's own loop step for
   * step, including its quirks (a retry restores the body from the whole document's HTML; only the
   * last attempt is kept), so that the vote is Readability's: on the 1,273 DEV pages every article
   * is the same as the library's own read with fresh child lists ({@link #libraryArticle}; a lab
   * test checks the scrapinghub pages, a fuzz target any page). Its walk and the lists it reads
   * are fresh ({@link #forgetChildLists}): with jsoup's stale ones, the article depended on the
   * garbage collector.
   */
  private static final class LeanGrabber extends ArticleGrabber {
    LeanGrabber(ReadabilityOptions options, RegExUtil regex) {
      super(options, regex);
    }

    @Override
    protected void logNodeInfo(Node node, String reason) {}

    @Override
    public Element grabArticle(Document doc, ArticleMetadata metadata,
        ArticleGrabberOptions options, Element pageElement) {
      boolean isPaging = pageElement != null;
      Element page = pageElement != null ? pageElement : doc.body();
      if (page == null) {
        return null;
      }
      Document pristine = doc.clone();
      String pristineHtml = null;
      while (true) {
        forgetChildLists(doc);
        List<Element> toScore = prepareNodes(doc, options);
        forgetChildLists(doc);
        Pair<Element, Boolean> top =
            getTopCandidate(page, scoreElements(toScore, options), options);
        Element topCandidate = top.getFirst();
        Element articleContent = createArticleContent(doc, topCandidate, isPaging);
        prepArticle(articleContent, options, metadata);
        if (top.getSecond()) {
          topCandidate.attr("id", "readability-page-1");
          topCandidate.addClass("page");
        } else {
          Element div = doc.createElement("div");
          div.attr("id", "readability-page-1");
          div.addClass("page");
          for (Node child : new ArrayList<>(articleContent.childNodes())) {
            child.remove();
            div.appendChild(child);
          }
          articleContent.appendChild(div);
        }
        int textLength = getInnerText(articleContent, getRegEx(), true).length();
        if (textLength >= getWordThreshold()) {
          getTextDirection(topCandidate, doc);
          return articleContent;
        }
        // As the library does: the body gets the whole document's HTML back, then one option less.
        if (pristineHtml == null) {
          pristineHtml = pristine.html();
        }
        page.html(pristineHtml);
        if (options.getStripUnlikelyCandidates()) {
          options.setStripUnlikelyCandidates(false);
        } else if (options.getWeightClasses()) {
          options.setWeightClasses(false);
        } else if (options.getCleanConditionally()) {
          options.setCleanConditionally(false);
        } else {
          if (textLength <= 0) {
            return null;
          }
          getTextDirection(topCandidate, doc);
          return articleContent;
        }
      }
    }

    /** The library's walk without jsoup's cached child lists: {@link #nextNode}. */
    @Override
    protected Element getNextNode(Element node, boolean ignoreSelfAndKids) {
      return nextNode(node, ignoreSelfAndKids);
    }

    @Override
    protected boolean isElementWithoutContent(Element node) {
      if (!blankText(node)) {
        return false;
      }
      int children = node.children().size();
      return children == 0
          || children == node.getElementsByTag("br").size() + node.getElementsByTag("hr").size();
    }
  }

  /**
   * Readability's walk (first element child, else next element sibling, else the next element
   * sibling of the nearest ancestor that has one) read from the child nodes themselves, not from
   * jsoup's cached lists of child elements (see {@link #forgetChildLists}).
   */
  static Element nextNode(Element node, boolean ignoreSelfAndKids) {
    if (!ignoreSelfAndKids) {
      for (int i = 0; i < node.childNodeSize(); i++) {
        if (node.childNode(i) instanceof Element child) {
          return child;
        }
      }
    }
    Element next = nextElement(node);
    if (next != null) {
      return next;
    }
    Element parent = node.parent();
    while (parent != null && nextElement(parent) == null) {
      parent = parent.parent();
    }
    return parent == null ? null : nextElement(parent);
  }

  private static Element nextElement(Node node) {
    for (Node n = node.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof Element e) {
        return e;
      }
    }
    return null;
  }

  /**
   * Readability's article on {@code page} as readability4j's own classes find it (its defaults
   * throughout, its article grabber as it is), but with fresh lists of child elements (see {@link
   * #forgetChildLists}): the reference the vote's lean run must equal, for tests and fuzzing.
   * Changes {@code page}; null when it finds no article.
   */
  public static String libraryArticle(Document page) {
    ReadabilityOptions options = new ReadabilityOptions();
    RegExUtil regex = new DefaultRegex();
    ArticleGrabber freshLists = new ArticleGrabber(options, regex) {
      @Override
      protected List<Element> prepareNodes(Document doc, ArticleGrabberOptions grabberOptions) {
        forgetChildLists(doc);
        List<Element> out = super.prepareNodes(doc, grabberOptions);
        forgetChildLists(doc);
        return out;
      }

      @Override
      protected Element getNextNode(Element node, boolean ignoreSelfAndKids) {
        return nextNode(node, ignoreSelfAndKids);
      }
    };
    String text = new Readability4J("https://example.org/", page, options, regex,
        new Preprocessor(regex), new MetadataParser(regex), freshLists, new Postprocessor())
        .parse().getTextContent();
    return text == null || text.isBlank() ? null : text;
  }

  /**
   * Drops jsoup's cached list of child elements on every element of {@code doc}. jsoup 1.21 keeps
   * that list behind a weak reference and trusts it while the child nodes' modification count is
   * unchanged, but replacing a child ({@code replaceWith}, as Readability turns a lone paragraph's
   * wrapper, a text run or a line break into a paragraph) does not change that count: the stale
   * list lives until the garbage collector clears it, so Readability's article depended on when
   * the collector ran (1 run in 150 under a small heap, on a page the fuzz target found). Forgetting
   * the lists where Readability has just replaced nodes, and walking without them, gives the
   * article of fresh lists every time.
   */
  static void forgetChildLists(Document doc) {
    for (Element e : doc.getAllElements()) {
      if (e.attributes().userData(CHILD_LIST_KEY) != null) {
        e.attributes().userData(CHILD_LIST_KEY, null);
      }
    }
  }

  /** jsoup's user-data key for the cached child elements (Element.childElementsList). */
  static final String CHILD_LIST_KEY = "jsoup.childEls";

  /**
   * Whether {@code node.text()} is blank as Kotlin reads it (every character a Unicode white space
   * or space character), as the library's emptiness test asks; the library builds the whole text
   * of each element's subtree, this stops at the first character that settles it. jsoup's text
   * is its text nodes' characters with white space collapsed and two invisible characters (zero
   * width space, soft hyphen) dropped, except under {@code <pre>}, then trimmed of every control
   * character at either end: when only those characters stand in the way, the text itself is
   * built.
   */
  static boolean blankText(Element node) {
    // 0: blank so far; 1: an invisible character seen; 2: a visible one (settled, the walk stops).
    int[] seen = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node n, int depth) {
        if (n instanceof TextNode t) {
          String text = t.getWholeText();
          for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u00AD' || c < ' ' && !Character.isWhitespace(c)) {
              seen[0] = 1;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
              seen[0] = 2;
              return FilterResult.STOP;
            }
          }
        }
        return FilterResult.CONTINUE;
      }
    }, node);
    return seen[0] == 0 || seen[0] == 1 && kotlin.text.StringsKt.isBlank(node.text());
  }

  /** Readability's default patterns (Kotlin's default arguments are not visible from Java). */
  private static class DefaultRegex extends RegExUtil {
    DefaultRegex() {
      super(RegExUtil.UnlikelyCandidatesDefaultPattern,
          RegExUtil.OkMaybeItsACandidateDefaultPattern, RegExUtil.PositiveDefaultPattern,
          RegExUtil.NegativeDefaultPattern, RegExUtil.ExtraneousDefaultPattern,
          RegExUtil.BylineDefaultPattern, RegExUtil.ReplaceFontsDefaultPattern,
          RegExUtil.NormalizeDefaultPattern, RegExUtil.VideosDefaultPattern,
          RegExUtil.NextLinkDefaultPattern, RegExUtil.PrevLinkDefaultPattern,
          RegExUtil.WhitespaceDefaultPattern, RegExUtil.HasContentDefaultPattern);
    }
  }

  /**
   * Readability's default patterns, each answer remembered for the page: they are asked of every
   * element's class and id, which repeat across a page, and the unlikely-candidate pattern, a
   * case-insensitive alternation of 28 words, was an eighth of Readability's time. One instance per
   * page (not thread-safe; compiling the patterns costs little beside reading a page).
   */
  private static final class RememberingRegex extends DefaultRegex {
    private final Map<String, Boolean> unlikely = new HashMap<>();
    private final Map<String, Boolean> maybe = new HashMap<>();
    private final Map<String, Boolean> byline = new HashMap<>();
    private final Map<String, Boolean> positive = new HashMap<>();
    private final Map<String, Boolean> negative = new HashMap<>();

    @Override
    public boolean isUnlikelyCandidate(String s) {
      return unlikely.computeIfAbsent(s, super::isUnlikelyCandidate);
    }

    @Override
    public boolean okMaybeItsACandidate(String s) {
      return maybe.computeIfAbsent(s, super::okMaybeItsACandidate);
    }

    @Override
    public boolean isByline(String s) {
      return byline.computeIfAbsent(s, super::isByline);
    }

    @Override
    public boolean isPositive(String s) {
      return positive.computeIfAbsent(s, super::isPositive);
    }

    @Override
    public boolean isNegative(String s) {
      return negative.computeIfAbsent(s, super::isNegative);
    }
  }

  /** Its steps log each node they remove, building the node's HTML: see {@link LeanGrabber}. */
  private static final class QuietPreprocessor extends Preprocessor {
    QuietPreprocessor(RegExUtil regex) {
      super(regex);
    }

    @Override
    protected void logNodeInfo(Node node, String reason) {}
  }

  /** Readability's last step rewrites links and classes for display; only the text is read. */
  private static final class TextOnly extends Postprocessor {
    @Override
    public void postProcessContent(Document originalDocument, Element articleContent,
        String articleUri, java.util.Collection<String> additionalClassesToPreserve) {}
  }

  /** Whether {@code article} holds at least half of the paragraph's 4-word shingles. */
  private static boolean holdsMost(Map<String, Integer> article, String paragraph) {
    long all = 0;
    long held = 0;
    for (Map.Entry<String, Integer> e : shingles(words(paragraph)).entrySet()) {
      all += e.getValue();
      held += Math.min(e.getValue(), article.getOrDefault(e.getKey(), 0));
    }
    return held * 2 >= all;
  }

  /** Multiset of 4-word windows; fewer words give one shingle of all of them. */
  private static Map<String, Integer> shingles(List<String> words) {
    Map<String, Integer> out = new HashMap<>();
    if (words.isEmpty()) {
      return out;
    }
    if (words.size() < SHINGLE) {
      out.put(String.join(" ", words), 1);
      return out;
    }
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      out.merge(String.join(" ", words.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }

  /** The words of {@code text}, as the benchmark's scorer reads them. */
  static List<String> words(String text) {
    return ScorerWords.of(text);
  }
}
