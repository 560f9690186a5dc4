package io.claimsift.clean;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeVisitor;

/**
 * Removes boilerplate from an HTML page and extracts metadata.
 *
 * <p>Steps: parse with jsoup (source positions tracked); read metadata (title, authors, dates,
 * canonical URL, site name, language); remove boilerplate elements of the {@code <body>}
 * (scripts and hidden elements as MARKUP; nav, page-level header/footer, asides, forms and
 * elements whose class/id parts name comments, sharing, newsletters, related links, author bios,
 * captions, disclaimers, cookie banners or ads); pick the main container ({@code <article>} with
 * the most text, {@code [itemprop=articleBody]}, {@code <main>}/{@code [role=main]}, else the
 * body); turn it into paragraphs with a {@link NodeVisitor}; and run the same paragraph
 * classifier as {@link TextCleaner} on those paragraphs. When the result fails the sanity check
 * of {@link TextFallback}, the text front end's result on the page's rendered text replaces it;
 * otherwise that result votes on the link lines inside the body ({@link BodyVote}).
 *
 * <p>Segments: one per removed element (outermost only), one per element outside the main
 * container, and one per paragraph the classifier removed. {@code start}/{@code end} are the
 * element's source range (start of the start tag to end of the end tag when the end tag is
 * explicit, else end of the start tag); {@code line} is null and {@code text} is the element's
 * visible text (for classifier segments, the paragraph text). Elements of {@code <head>} are
 * metadata and not reported. Segments are sorted by start offset.
 *
 * <p>Instances are immutable and thread-safe; a new parser is created per call.
 */
public final class HtmlCleaner {

  private static final Set<String> MARKUP_TAGS =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "canvas", "object",
          "embed", "link", "meta");
  private static final Set<String> CONTROL_TAGS = Set.of("button", "select", "input", "textarea");
  /** The tags {@link #reasonFor} judges by the tag alone (its switch). */
  private static final Set<String> TAG_RULES =
      Set.of("nav", "figcaption", "header", "footer", "aside", "form");
  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
          "pre", "tr", "table", "thead", "tbody", "section", "article", "header", "footer",
          "figure", "figcaption", "dl", "dt", "dd", "main", "aside", "nav", "address", "hr",
          "form", "fieldset", "details", "summary", "body", "caption");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern PART_SPLIT = Pattern.compile("[-_\\s]+");
  private static final String MAIN_SELECTOR =
      "article, main, [role=main], [itemprop=articleBody]";
  /** {@link #MAIN_SELECTOR} parsed once (it is matched against every element). */
  private static final Evaluator MAIN_EVALUATOR = QueryParser.parse(MAIN_SELECTOR);
  private static final Pattern URL = Pattern.compile("(?i)^(https?:)?//.*");
  /** Elements that may name the page's authors ({@link #authorNames}). */
  static final Evaluator AUTHOR_ELEMENTS = QueryParser.parse(
      "[rel=author], [itemprop=author], [class*=author], [class*=byline], [id*=byline],"
          + " [itemprop=author] [itemprop=name]");
  /** The alternatives of {@link #AUTHOR_ELEMENTS} but the last, which tests an ancestor. */
  private static final Evaluator AUTHOR_ATTRIBUTES = QueryParser.parse(
      "[rel=author], [itemprop=author], [class*=author], [class*=byline], [id*=byline]");
  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
  private static final Evaluator ITEMPROP_AUTHOR = QueryParser.parse("[itemprop=author]");
  private static final Pattern LD_PUBLISHED =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern LD_MODIFIED =
      Pattern.compile("\"dateModified\"\\s*:\\s*\"([^\"]+)\"");

  // The metadata selectors, parsed once and asked of a page's PageMeta (one walk per page).
  private static final Evaluator SITE_NAME = PageMeta.evaluator("meta[property=og:site_name]");
  private static final Evaluator OG_TITLE = PageMeta.evaluator("meta[property=og:title]");
  private static final Evaluator H1 = PageMeta.evaluator("h1");
  private static final Evaluator CANONICAL = PageMeta.evaluator("link[rel=canonical]");
  private static final Evaluator OG_URL = PageMeta.evaluator("meta[property=og:url]");
  private static final Evaluator PUBLISHED = PageMeta.evaluator(
      "meta[property=article:published_time], meta[name=date], meta[name=pubdate],"
          + " meta[name=publishdate], meta[name=publish-date], meta[name=dc.date],"
          + " meta[itemprop=datePublished], [itemprop=datePublished], time[datetime]");
  private static final Evaluator UPDATED = PageMeta.evaluator(
      "meta[property=article:modified_time], meta[itemprop=dateModified],"
          + " [itemprop=dateModified], meta[property=og:updated_time]");
  private static final Evaluator HTML = PageMeta.evaluator("html");
  private static final Evaluator META_AUTHOR =
      PageMeta.evaluator("meta[name=author], meta[property=article:author]");

  private static final Set<String> COMMENT = Set.of("comment", "comments", "respond", "disqus", "replies");
  private static final Set<String> SHARE =
      Set.of("share", "sharing", "social", "sharethis", "addthis", "socials", "sharer", "shares");
  private static final Set<String> EMBED = Set.of("embed", "embedded", "embeds");
  private static final Set<String> SUBSCRIBE =
      Set.of("newsletter", "subscribe", "subscription", "signup", "mailing", "optin");
  private static final Set<String> RELATED =
      Set.of("related", "recommended", "recommendations", "readmore", "trending", "popular",
          "alsoread", "readnext", "morestories", "outbrain", "taboola");
  private static final Set<String> NAV =
      Set.of("breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "topbar",
          "pagination", "pager", "skiplink", "skip");
  private static final Set<String> SIDEBAR = Set.of("sidebar", "widget", "widgets", "rail");
  /**
   * Class or id parts that name a sidebar or a profile box, left out of the fallback's rendered
   * text ({@link #asideReason}): not "widget", for Blogger wraps the post itself in a "widget Blog".
   */
  private static final Set<String> ASIDE_PARTS = Set.of("sidebar", "rail", "profile");
  /** The most aside-named elements per page whose subtree {@link #asideReason} searches. */
  private static final int MAX_ASIDE_CHECKS = 32;
  private static final Set<String> DISCLAIMER = Set.of("disclaimer", "disclosure");
  private static final Set<String> COOKIE = Set.of("cookie", "cookies", "consent", "gdpr");
  /** A class naming the post's topics, not the element's role ("tag-cookie-recipes"). */
  private static final Pattern TOPIC_CLASS = Pattern.compile("(tag|category|topic)[-_]");
  private static final Set<String> ADS =
      Set.of("ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsense",
          "sponsor", "sponsored", "dfp", "adslot", "promo");
  private static final Set<String> BIO_PARTS =
      Set.of("bio", "about", "description", "box", "card", "profile", "authorbio", "aboutauthor");
  private static final Set<String> CAPTION = Set.of("caption", "figcaption");
  private static final Set<String> CREDIT = Set.of("credit", "credits", "photocredit");

  // One bit per word list above (and per single word a rule reads), so that an element's class
  // and id parts are looked up once, in PART_BITS, and each rule then tests a bit.
  private static final long COMMENT_BIT = 1L;
  private static final long SHARE_BIT = 1L << 1;
  private static final long EMBED_BIT = 1L << 2;
  private static final long SUBSCRIBE_BIT = 1L << 3;
  private static final long RELATED_BIT = 1L << 4;
  private static final long NAV_BIT = 1L << 5;
  private static final long SIDEBAR_BIT = 1L << 6;
  private static final long ASIDE_PARTS_BIT = 1L << 7;
  private static final long DISCLAIMER_BIT = 1L << 8;
  private static final long COOKIE_BIT = 1L << 9;
  private static final long ADS_BIT = 1L << 10;
  private static final long BIO_PARTS_BIT = 1L << 11;
  private static final long CAPTION_BIT = 1L << 12;
  private static final long CREDIT_BIT = 1L << 13;
  private static final long READ_BIT = 1L << 14;
  private static final long MORE_BIT = 1L << 15;
  private static final long AUTHOR_BIT = 1L << 16;
  private static final long WRITER_BIT = 1L << 17;
  private static final long AUTHORBIO_BIT = 1L << 18;
  private static final long ABOUTAUTHOR_BIT = 1L << 19;
  /** Each word a rule looks for among the class and id parts, with the bits of its lists. */
  private static final Map<String, Long> PART_BITS = partBits(Map.ofEntries(
      Map.entry(COMMENT, COMMENT_BIT), Map.entry(SHARE, SHARE_BIT), Map.entry(EMBED, EMBED_BIT),
      Map.entry(SUBSCRIBE, SUBSCRIBE_BIT), Map.entry(RELATED, RELATED_BIT),
      Map.entry(NAV, NAV_BIT), Map.entry(SIDEBAR, SIDEBAR_BIT),
      Map.entry(ASIDE_PARTS, ASIDE_PARTS_BIT), Map.entry(DISCLAIMER, DISCLAIMER_BIT),
      Map.entry(COOKIE, COOKIE_BIT), Map.entry(ADS, ADS_BIT),
      Map.entry(BIO_PARTS, BIO_PARTS_BIT), Map.entry(CAPTION, CAPTION_BIT),
      Map.entry(CREDIT, CREDIT_BIT), Map.entry(Set.of("read"), READ_BIT),
      Map.entry(Set.of("more"), MORE_BIT), Map.entry(Set.of("author"), AUTHOR_BIT),
      Map.entry(Set.of("writer"), WRITER_BIT), Map.entry(Set.of("authorbio"), AUTHORBIO_BIT),
      Map.entry(Set.of("aboutauthor"), ABOUTAUTHOR_BIT)));
  /** The longest word of PART_BITS: a longer part cannot be one (lower-casing never shortens). */
  private static final int LONGEST_PART_WORD =
      PART_BITS.keySet().stream().mapToInt(String::length).max().orElse(0);

  private static final int PROSE_PARAGRAPHS = 3;

  private final CleaningRules rules;
  private final CleaningLimits limits;
  private final LineClassifier classifier;
  private final LineClassifier textClassifier;
  private final TextFallback fallback;
  private final BodyVote vote;
  private final ReadabilityVote readability;
  private final Bylines bylines;

  public HtmlCleaner(CleaningRules rules) {
    this(rules, CleaningLimits.standard());
  }

  public HtmlCleaner(CleaningRules rules, CleaningLimits limits) {
    this(rules, limits, RegionParams.standard());
  }

  /** A cleaner whose body choice is scored by {@code params} instead of the committed ones. */
  public HtmlCleaner(CleaningRules rules, CleaningLimits limits, RegionParams params) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.classifier = new LineClassifier(rules, new BodyRegion(params.html()));
    this.textClassifier = new LineClassifier(rules, new BodyRegion(params.text()), true);
    this.fallback = new TextFallback(textClassifier, params.fallback());
    this.vote = new BodyVote(params.html());
    this.readability = ReadabilityVote.standard();
    this.bylines = new Bylines(rules);
  }

  /**
   * The page up to its body choice, for {@link RegionReplay}: the same steps as {@link #clean}
   * up to the classification of the paragraphs (metadata aside), and the rendered paragraphs the
   * text front end would judge, each prepared by its classifier.
   */
  RegionReplay replay(String html) {
    String page = html == null ? "" : html;
    DomLimits.checkTags(page, limits);
    Document doc = OffsetParser.parse(page);
    int elements = DomLimits.applyCounted(doc, limits).elements();
    Document again = doc.clone();
    PageMeta meta = PageMeta.of(doc);
    String title = extractTitle(doc, meta, content(meta, SITE_NAME));
    String ldBody = JsonLd.articleBody(JsonLd.nodes(meta.all(JsonLd.SCRIPTS)));
    Element body = doc.body();
    Subtrees bounds = subtrees(body, elements, false);
    removeBoilerplate(body, bounds.words(body), new ArrayList<>(), bounds);
    List<LineClassifier.Block> blocks = paragraphs(body, pickMain(body), ldBody);
    List<LineClassifier.Block> rendered = renderedText(again.body()).blocks();
    List<LineClassifier.Block> plain = plainText(blocks);
    return RegionReplay.html(blocks, classifier.prepare(blocks, title),
        rendered, textClassifier.prepare(rendered, title), plain,
        textClassifier.prepare(plain, title),
        limits.readabilityVotes(elements) ? ReadabilityVote.read(again) : null);
  }

  /**
   * Cleans one HTML document; never returns null.
   *
   * @throws DocumentTooComplexException when the page has more elements than the limits allow
   */
  public CleanedArticle clean(String html) {
    DomLimits.checkTags(html == null ? "" : html, limits);
    Document doc =
        OffsetParser.parse(html == null ? "" : html);
    DomLimits.Applied limited = DomLimits.applyCounted(doc, limits);
    List<RemovedSpan> tooDeep = limited.removed();
    // The page as parsed, for Readability's vote, which reads it after the removal passes have
    // changed this one; a copy costs a quarter of a second parse, and the vote runs on most pages.
    Document asParsed = limits.readabilityVotes(limited.elements()) ? doc.clone() : null;
    PageMeta meta = PageMeta.of(doc);
    String siteName = content(meta, SITE_NAME);
    String title = extractTitle(doc, meta, siteName);
    String canonical = attr(meta, CANONICAL, "href");
    if (canonical == null) {
      canonical = content(meta, OG_URL);
    }
    // Sources best first; each skips times that are implausible or contradict the URL's day.
    PageDates dates = new PageDates(canonical);
    PageDates.Dated published = firstDate(meta, PUBLISHED, dates::acceptsPublished);
    PageDates.Dated updated = firstDate(meta, UPDATED, dates::acceptsUpdated);
    Elements ldScripts = meta.all(JsonLd.SCRIPTS);
    String ld = ldScripts.html();
    // Each JSON-LD block parsed once, for the article body and for the authors.
    List<com.fasterxml.jackson.databind.JsonNode> ldNodes = JsonLd.nodes(ldScripts);
    String ldBody = JsonLd.articleBody(ldNodes);
    if (published == null) {
      published = ldDate(ld, LD_PUBLISHED, dates::acceptsPublished);
    }
    if (updated == null) {
      updated = ldDate(ld, LD_MODIFIED, dates::acceptsUpdated);
    }
    Element htmlElement = meta.first(HTML);
    String lang = htmlElement == null ? "" : htmlElement.attr("lang");

    Map<String, String> authors = new LinkedHashMap<>();
    JsonLd.authors(ldNodes).forEach(a -> addAuthor(authors, a));
    metaAuthors(meta, authors);
    Element body = doc.body();
    // Read before removal changes the DOM, but only used when JSON-LD and meta name nobody:
    // body.select(AUTHOR_ELEMENTS), found by the walk that takes the subtree facts.
    Subtrees bounds = subtrees(body, limited.elements(), authors.isEmpty());
    List<Element> pageBylines = bounds.bylines();
    List<String> pageAuthors = authorNames(pageBylines);

    List<RemovedSpan> removed = new ArrayList<>(tooDeep);
    removeBoilerplate(body, bounds.words(body), removed, bounds);

    Element main = pickMain(body);
    if (authors.isEmpty()) {
      List<String> found = authorNames(bylinesUnder(main, pageBylines));
      (found.isEmpty() ? pageAuthors : found).forEach(a -> addAuthor(authors, a));
    }

    List<LineClassifier.Block> blocks = paragraphs(body, main, ldBody);
    LineClassifier.Prepared prepared = classifier.prepare(blocks, title);
    LineClassifier.Result result = classifier.classify(prepared);
    RenderedText rendered = null;
    Document again = null;
    TextFallback.Outcome fallback = null;
    if (!this.fallback.plausible(blocks, result)) {
      // Rare (a few pages in a hundred), so the page is parsed again rather than the rendered
      // text of every page kept before removal: the text front end sees the page as a reader
      // would, menus and all.
      again = OffsetParser.parse(html == null ? "" : html);
      DomLimits.apply(again, limits);
      rendered = renderedText(again.body());
      fallback = this.fallback.judge(blocks, result, rendered.blocks(), title);
    }
    if (fallback != null) {
      // The HTML extraction failed its sanity check: the text front end's result replaces it,
      // and the audit is the text front end's (markup, sidebars and author bios, then every
      // rendered paragraph it removed).
      blocks = rendered.blocks();
      result = fallback.result();
      removed = new ArrayList<>(tooDeep);
      removed.addAll(rendered.leftOut());
      removed.add(fallback.marker(range(body)[0]));
    } else if (vote.hasCandidates(blocks, result.reasons())) {
      // Link lines inside the body: the text front end, which does not see links, votes on them
      // (on the same paragraphs, so that no second parse is needed).
      List<LineClassifier.Block> plain = plainText(blocks);
      LineClassifier.Result text = textClassifier.classify(plain, title, prepared);
      result = new LineClassifier.Result(
          vote.apply(blocks, result.reasons(), plain, text.reasons()),
          result.title(), result.authors(), result.publishedAt(), result.updatedAt());
    }
    if (fallback == null && limits.readabilityVotes(limited.elements())
        && readability.applies(blocks, result.reasons())) {
      // The third voter: the text front end on the rendered page, then Readability on the same
      // copy of the page (which it changes, so it reads last), when a paragraph could be
      // outvoted. The rendered page repeats the body's paragraphs: their pass 1 is taken over.
      if (again == null) {
        again = asParsed;
        rendered = renderedText(again.body());
      }
      Set<String> textKept =
          keptTexts(rendered.blocks(), textClassifier.classify(rendered.blocks(), title, prepared));
      if (readability.hasCandidates(blocks, result.reasons(), textKept)) {
        result = new LineClassifier.Result(
            readability.apply(blocks, result.reasons(), textKept, ReadabilityVote.read(again)),
            result.title(), result.authors(), result.publishedAt(), result.updatedAt());
      }
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      LineClassifier.Block b = blocks.get(i);
      RemovalReason r = result.reasons()[i];
      if (r == null) {
        kept.add(b.text());
      } else {
        removed.add(new RemovedSpan(b.start(), b.end(), null, b.text(), r));
      }
    }
    result.authors().forEach(a -> addAuthor(authors, a));
    if (published == null && dates.acceptsPublished(result.publishedAt())) {
      published = new PageDates.Dated(result.publishedAt(), DateSource.DATELINE);
    }
    if (published == null) {
      published = dates.fromUrl();
    }
    if (updated == null && dates.acceptsUpdated(result.updatedAt())) {
      updated = new PageDates.Dated(result.updatedAt(), DateSource.DATELINE);
    }
    if (title == null) {
      title = result.title();
    }
    String cleanText = String.join("\n\n", kept);
    String language = LanguageGuesser.guess(lang, cleanText);
    removed.sort(Comparator.comparingInt(RemovedSpan::start));
    return new CleanedArticle(
        title,
        new ArrayList<>(authors.values()),
        published == null ? null : published.instant(),
        published == null ? null : published.source(),
        updated == null ? null : updated.instant(),
        language,
        canonical,
        siteName,
        cleanText,
        removed);
  }

  // ---------------------------------------------------------------------------------------------
  // Metadata
  // ---------------------------------------------------------------------------------------------

  private static String extractTitle(Document doc, PageMeta meta, String siteName) {
    String t = content(meta, OG_TITLE);
    if (t == null) {
      Element h1 = meta.first(H1);
      if (h1 != null && !h1.text().isBlank()) {
        t = h1.text();
      }
    }
    if (t == null && !doc.title().isBlank()) {
      t = doc.title();
    }
    if (t == null) {
      return null;
    }
    t = LineText.collapse(t);
    if (siteName != null) {
      for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ", " · ")) {
        String suffix = sep + siteName.trim();
        if (t.length() > suffix.length()
            && t.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
          t = t.substring(0, t.length() - suffix.length()).trim();
          break;
        }
      }
    }
    return t.isEmpty() ? null : t;
  }

  private void metaAuthors(PageMeta meta, Map<String, String> authors) {
    for (Element m : meta.all(META_AUTHOR)) {
      String v = m.attr("content").trim();
      if (v.isEmpty() || URL.matcher(v).matches()) {
        continue;
      }
      for (String piece : Bylines.authorFieldNames(v)) {
        addAuthor(authors, piece);
      }
    }
  }

  /**
   * The author names of rel=author, itemprop=author and author/byline class elements
   * ({@link #AUTHOR_ELEMENTS}, in document order), each read from its text as it is now.
   */
  private List<String> authorNames(List<Element> els) {
    List<String> out = new ArrayList<>();
    for (Element e : els) {
      for (String name : bylines.authorElementNames(LineText.collapse(e.text()))) {
        if (out.stream().noneMatch(name::equalsIgnoreCase)) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /**
   * {@code root.select(AUTHOR_ELEMENTS)} after the removal, from the body's matches before it
   * ({@code pageBylines}): removing elements adds no match (the attributes stay, an ancestor
   * that matched stays an ancestor or goes with its subtree), so the matches under root are
   * those of the body's still below root (or root itself) that match with root as the query's
   * root, where the descendant alternative's {@code [itemprop=author]} ancestor must be root or
   * below it. One pass over a few elements instead of a second select over the main container.
   */
  private static List<Element> bylinesUnder(Element root, List<Element> pageBylines) {
    List<Element> out = new ArrayList<>();
    for (Element e : pageBylines) {
      if (isAncestorOrSelf(root, e) && isByline(root, e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** jsoup's descendant combinator for {@code [itemprop=author] e}: an ancestor up to root. */
  private static boolean hasAuthorAncestor(Element root, Element e) {
    if (e == root) {
      return false;
    }
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (ITEMPROP_AUTHOR.matches(root, p)) {
        return true;
      }
      if (p == root) {
        break;
      }
    }
    return false;
  }

  private static void addAuthor(Map<String, String> authors, String name) {
    String n = LineText.collapse(name);
    if (!n.isEmpty()) {
      authors.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
    }
  }

  private static PageDates.Dated firstDate(
      PageMeta meta, Evaluator selector, Predicate<Instant> accepts) {
    // In document order (the order of select): the first accepted date wins.
    for (Element e : meta.all(selector)) {
      String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
      if (v.isBlank()) {
        v = e.text();
      }
      Instant i = DatelineDates.parseLoose(v);
      if (i != null && accepts.test(i)) {
        return new PageDates.Dated(
            i, e.normalName().equals("meta") ? DateSource.META : DateSource.TIME);
      }
    }
    return null;
  }

  /** The first accepted date of the JSON-LD property {@code p} ("0001-01-01" is Go's "unknown"). */
  private static PageDates.Dated ldDate(String ld, Pattern p, Predicate<Instant> accepts) {
    Matcher m = p.matcher(ld);
    while (m.find()) {
      Instant i = DatelineDates.parseLoose(m.group(1));
      if (i != null && accepts.test(i)) {
        return new PageDates.Dated(i, DateSource.JSON_LD);
      }
    }
    return null;
  }

  private static String content(PageMeta meta, Evaluator selector) {
    return attr(meta, selector, "content");
  }

  private static String attr(PageMeta meta, Evaluator selector, String attr) {
    Element e = meta.first(selector);
    if (e == null) {
      return null;
    }
    String v = e.attr(attr).trim();
    return v.isEmpty() ? null : v;
  }

  // ---------------------------------------------------------------------------------------------
  // Element removal
  // ---------------------------------------------------------------------------------------------

  /**
   * Judges the elements below {@code root} in document order (pre-order): a removed element's
   * subtree is not visited. An explicit stack, not recursion, so that nesting depth cannot
   * overflow the thread's stack.
   *
   * @param bounds per element, facts about its subtree (see {@link #subtrees}); still valid for every element visited, because an element is judged before anything
   *     inside it is removed
   */
  private void removeBoilerplate(
      Element root, int bodyWords, List<RemovedSpan> removed, Subtrees bounds) {
    Deque<Element> pending = new ArrayDeque<>();
    pushChildren(pending, root);
    while (!pending.isEmpty()) {
      Element child = pending.pop();
      RemovalReason r = reasonFor(child, bodyWords, bounds);
      if (r != null) {
        removed.add(segment(child, r));
        child.remove();
      } else {
        pushChildren(pending, child);
      }
    }
  }

  /** Pushes the children of {@code el} as they are now, so that the first is popped first. */
  private static void pushChildren(Deque<Element> pending, Element el) {
    // From the child nodes: children() builds a list of the element children first.
    for (int i = el.childNodeSize() - 1; i >= 0; i--) {
      if (el.childNode(i) instanceof Element child) {
        pending.push(child);
      }
    }
  }

  /**
   * Per element: {@code words}, the summary of its text's words ({@link TextWords#summarise}:
   * {@code wordCount(e.text())} for the page body and for {@link #isProtected}, which walked the
   * subtree of every large wrapper again, once per level of nesting); {@code
   * prose}, the paragraphs {@link #holdsProse} counts in its subtree; {@code holdsMain}, the elements with a descendant
   * matching {@link #MAIN_SELECTOR}. Computed in one bottom-up pass, so that {@link #isProtected}
   * need not search and build the text of every element's subtree (quadratic in the page depth).
   * {@code bylines}, when asked for, {@code root.select(AUTHOR_ELEMENTS)}: the same walk finds
   * them (in document order, as select does), instead of a walk of its own; else empty.
   */
  private record Subtrees(Map<Element, Long> wordSummaries, Set<Element> holdsMain,
      Map<Element, Integer> prose, List<Element> bylines) {

    /** {@code LineText.wordCount(e.text())} as the subtree was when the facts were taken. */
    int words(Element e) {
      Long summary = wordSummaries.get(e);
      int n = summary == null ? -1 : TextWords.count(summary);
      return n >= 0 ? n : TextWords.of(e);
    }
  }

  /**
   * {@code e.is(MAIN_EVALUATOR)}: an {@code article} or {@code main}, or an element with the
   * attribute role=main or itemprop=articleBody. Without {@code is}'s walk up to the root (no
   * alternative of the selector reads it), and an element without attributes, most of them,
   * is answered by its tag alone (each attribute alternative needs its attribute).
   */
  static boolean isMainContainer(Element e) {
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main")) {
      return true;
    }
    return e.attributesSize() > 0 && MAIN_EVALUATOR.matches(e, e);
  }

  /**
   * @param elements how many elements the page has (below root or not): the maps are made that
   *     large at once, instead of growing (and rehashing) from a few entries
   */
  private static Subtrees subtrees(Element root, int elements, boolean findBylines) {
    Map<Element, Long> words = new IdentityHashMap<>(elements);
    Set<Element> holdsMain = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Element, Integer> prose = new IdentityHashMap<>(elements);
    List<Element> bylines = findBylines ? new ArrayList<>() : List.of();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            // Every alternative of AUTHOR_ELEMENTS needs an attribute of the element itself.
            if (findBylines && node instanceof Element el && el.attributesSize() > 0
                && isByline(root, el)) {
              bylines.add(el);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
              return;
            }
            int ownLetters = 0; // letters or digits of its text nodes
            int proseBelow = 0;
            for (Node child : el.childNodes()) {
              if (child instanceof TextNode t) {
                ownLetters += BodyRegion.letters(t.getWholeText());
              } else if (child instanceof Element c) {
                proseBelow += prose.getOrDefault(c, 0);
                if (holdsMain.contains(c) || isMainContainer(c)) {
                  holdsMain.add(el);
                }
              }
            }
            words.put(el, TextWords.summarise(el, words));
            prose.put(el, proseBelow + (isProseBlock(el, ownLetters) ? 1 : 0));
          }
        },
        root);
    return new Subtrees(words, holdsMain, prose, bylines);
  }

  /** The bylines {@link #clean} finds on a page whose metadata names no author (for tests). */
  static List<Element> pageBylines(Element body) {
    return subtrees(body, 16, true).bylines();
  }

  /**
   * {@code AUTHOR_ELEMENTS.matches(root, e)}, alternative by alternative: the attribute ones, or
   * {@code [itemprop=name]} below an {@code [itemprop=author]} ancestor up to root.
   */
  private static boolean isByline(Element root, Element e) {
    return AUTHOR_ATTRIBUTES.matches(root, e)
        || ITEMPROP_NAME.matches(root, e) && hasAuthorAncestor(root, e);
  }

  private RemovalReason reasonFor(Element e, int bodyWords, Subtrees bounds) {
    String tag = e.normalName();
    if (MARKUP_TAGS.contains(tag) || isHidden(e)) {
      return RemovalReason.MARKUP;
    }
    long parts = parts(e);
    if (parts == NO_PARTS && !CONTROL_TAGS.contains(tag) && !TAG_RULES.contains(tag)) {
      // Every rule below but those of these tags reads a class or id part, so nothing removes
      // the element, and the protection test (which only keeps) need not build its text.
      return null;
    }
    if (isConsentDialog(e, tag, parts, bounds)) {
      return RemovalReason.LAYOUT_RESIDUE;
    }
    if (isProtected(e, bodyWords, bounds)) {
      return null;
    }
    if (CONTROL_TAGS.contains(tag)) {
      return RemovalReason.LAYOUT_RESIDUE;
    }
    switch (tag) {
      case "nav":
        return RemovalReason.NAVIGATION;
      case "figcaption":
        return RemovalReason.CAPTION;
      case "header":
        if (!inArticle(e)) {
          return RemovalReason.NAVIGATION;
        }
        break;
      case "footer":
        if (!inArticle(e)) {
          return RemovalReason.LAYOUT_RESIDUE;
        }
        break;
      case "aside":
        return intersects(parts, RELATED_BIT) ? RemovalReason.RELATED_LINKS : RemovalReason.LAYOUT_RESIDUE;
      case "form":
        return RemovalReason.COMMENT_FORM;
      default:
        break;
    }
    if (intersects(parts, COMMENT_BIT)) {
      return RemovalReason.COMMENT_FORM;
    }
    if (intersects(parts, RELATED_BIT) || intersects(parts, READ_BIT) && intersects(parts, MORE_BIT)) {
      return RemovalReason.RELATED_LINKS;
    }
    if (holdsProse(e, bounds)) {
      // A class like "article-body pagination-first" or "content ad-free" must not cost the
      // article: several real paragraphs outweigh a navigation or layout word in the class.
      return null;
    }
    if (intersects(parts, SHARE_BIT) && !embeddedPost(e, parts)) {
      return RemovalReason.SHARE_PROMPT;
    }
    if (intersects(parts, SUBSCRIBE_BIT)) {
      return RemovalReason.SUBSCRIBE_PROMPT;
    }
    if (namesAuthorBio(parts)) {
      return RemovalReason.AUTHOR_BIO;
    }
    if (intersects(parts, NAV_BIT)) {
      return RemovalReason.NAVIGATION;
    }
    if (intersects(parts, DISCLAIMER_BIT)) {
      return RemovalReason.DISCLAIMER;
    }
    if (intersects(parts, SIDEBAR_BIT) && !embeddedPost(e, parts) || intersects(parts, COOKIE_BIT)
        || intersects(parts, ADS_BIT)) {
      return RemovalReason.LAYOUT_RESIDUE;
    }
    if (intersects(parts, CAPTION_BIT)) {
      return RemovalReason.CAPTION;
    }
    if (intersects(parts, CREDIT_BIT)) {
      return RemovalReason.IMAGE_CREDIT;
    }
    return null;
  }

  /** Class or id parts that name an author bio ("author-box", "about-author", "authorbio"). */
  private static boolean namesAuthorBio(long parts) {
    return (intersects(parts, AUTHOR_BIT) || intersects(parts, WRITER_BIT)) && intersects(parts, BIO_PARTS_BIT)
        || intersects(parts, AUTHORBIO_BIT) || intersects(parts, ABOUTAUTHOR_BIT);
  }

  /**
   * A cookie or consent dialog (class or id part "cookie", "consent", "gdpr", as in
   * "onetrust-consent-sdk"): removed before the protections of the page's main text, because a
   * consent manager's purposes and vendor list run to several prose paragraphs, often more words
   * than a short page's own text, and were then kept as the article. Never an element that holds
   * or is the main container, nor {@code body} or {@code html}, and not for a class that names
   * the post's topics ("tag-cookie-recipes", "category-privacy" on a WordPress post).
   */
  private static boolean isConsentDialog(Element e, String tag, long parts,
      Subtrees bounds) {
    if (!intersects(parts, COOKIE_BIT) || tag.equals("body") || tag.equals("html")
        || bounds.holdsMain().contains(e) || isMainContainer(e)) {
      return false;
    }
    List<String> tokens = new ArrayList<>(e.classNames());
    tokens.add(e.id());
    for (String t : tokens) {
      String lower = t.toLowerCase(Locale.ROOT);
      if (TOPIC_CLASS.matcher(lower).lookingAt()) {
        continue;
      }
      for (String part : PART_SPLIT.split(lower)) {
        if (COOKIE.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * At least {@value #PROSE_PARAGRAPHS} paragraphs of link-poor prose: elements whose own text
   * (outside links) has 80 letters or more, whatever their tag ({@code p}, or a {@code div} of
   * text and {@code br}s as many blog templates write).
   */
  private static boolean holdsProse(Element e, Subtrees bounds) {
    // Counted once per element, bottom-up (see subtrees), instead of walking every element's
    // whole subtree here: the subtree is intact when e is judged.
    return bounds.prose().getOrDefault(e, 0) >= PROSE_PARAGRAPHS;
  }

  /**
   * A prose paragraph for {@link #holdsProse}: {@code letters(e.ownText()) >= 80}, counted from
   * its text nodes ({@code ownText} only normalises their whitespace and adds spaces for
   * {@code br}, which changes no letter count), not a link and not markup.
   */
  private static boolean isProseBlock(Element e, int ownLetters) {
    return ownLetters >= 80 && !e.normalName().equals("a") && !MARKUP_TAGS.contains(e.normalName());
  }

  /**
   * Inside a main container ({@link #MAIN_SELECTOR} on an ancestor). Asked only for headers and
   * footers: a walk up the ancestors for every element judged was a few percent of the cleaning.
   */
  private static boolean inArticle(Element e) {
    return e.parent() != null && e.parent().closest(MAIN_EVALUATOR) != null;
  }

  /**
   * "social-media-embed", or a widget around a blockquote, holds a post (a tweet) the article
   * quotes, not share buttons or a sidebar. Asked only of share and sidebar candidates: the
   * search of the subtree for a blockquote, for every element judged, was quadratic in the depth.
   */
  private static boolean embeddedPost(Element e, long parts) {
    return intersects(parts, EMBED_BIT) || e.selectFirst("blockquote") != null;
  }

  /** {@link #parts} of an element without class names or id. */
  private static final long NO_PARTS = -1L;

  /**
   * The bits of PART_BITS of the element's class names and id, lower-cased, as whole tokens and
   * as hyphen/underscore parts ({@link #PART_SPLIT}), or {@link #NO_PARTS} when it has neither a
   * class name nor an id. A whole token holding a separator is none of PART_BITS' words (they
   * hold none), and one holding none is its only part, so only the parts are looked up.
   */
  private static long parts(Element e) {
    String className = e.className();
    String id = e.id();
    if (id.isEmpty() && !hasNonSpace(className)) {
      return NO_PARTS; // most elements: no class names (classNames() splits on \s), no id
    }
    return partBits(className) | partBits(id);
  }

  /** Whether {@code s} holds a character outside {@code \s} (a class name, for classNames()). */
  private static boolean hasNonSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isRegexSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The bits of the parts of {@code s} split at runs of {@link #PART_SPLIT}, lower-cased. */
  private static long partBits(String s) {
    long bits = 0;
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '-' || s.charAt(i) == '_' || isRegexSpace(s.charAt(i))) {
        if (i > start && i - start <= LONGEST_PART_WORD) {
          Long b = PART_BITS.get(s.substring(start, i).toLowerCase(Locale.ROOT));
          if (b != null) {
            bits |= b;
          }
        }
        start = i + 1;
      }
    }
    return bits;
  }

  private static Map<String, Long> partBits(Map<Set<String>, Long> lists) {
    Map<String, Long> out = new HashMap<>();
    lists.forEach((words, bit) -> words.forEach(w -> out.merge(w, bit, (x, y) -> x | y)));
    return Map.copyOf(out);
  }

  private static boolean intersects(long parts, long bits) {
    return parts != NO_PARTS && (parts & bits) != 0;
  }

  private static boolean isHidden(Element e) {
    return e.hasAttr("hidden")
        || "true".equalsIgnoreCase(e.attr("aria-hidden").trim())
        || HIDDEN_STYLE.matcher(e.attr("style")).find();
  }

  /** Never remove (by class or structure) a wrapper of the article or of most of the text. */
  private static boolean isProtected(Element e, int bodyWords, Subtrees bounds) {
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")) {
      return true;
    }
    if ("main".equals(e.attr("role")) || "articleBody".equals(e.attr("itemprop"))) {
      return true;
    }
    // Same as e.selectFirst(MAIN) != null && != e: a match below e, e itself not matching.
    if (bounds.holdsMain().contains(e) && !isMainContainer(e)) {
      return true;
    }
    return bodyWords >= 80 && bounds.words(e) * 2 >= bodyWords;
  }

  static RemovedSpan segment(Element e, RemovalReason r) {
    int[] range = range(e);
    return new RemovedSpan(range[0], range[1], null, LineText.collapse(e.text()), r);
  }

  /** Source range of an element: start tag start to end tag end (or start tag end). */
  private static int[] range(Element e) {
    Range start = e.sourceRange();
    Range endTag = e.endSourceRange();
    int s = start.isTracked() ? start.startPos() : 0;
    int end = endTag.isTracked() ? endTag.endPos() : (start.isTracked() ? start.endPos() : s);
    return new int[] {s, Math.max(s, end)};
  }

  // ---------------------------------------------------------------------------------------------
  // Main container and paragraphs
  // ---------------------------------------------------------------------------------------------

  /**
   * The main container: a semantic one ({@link #semanticMain}) when it holds the densest prose,
   * else the element whose child paragraphs carry the most link-poor prose.
   */
  private static Element pickMain(Element body) {
    Element semantic = semanticMain(body);
    Element prose = proseParent(body);
    if (prose == null || semantic != body && isAncestorOrSelf(semantic, prose)) {
      return semantic;
    }
    return semantic == body ? prose : semantic;
  }

  private static boolean isAncestorOrSelf(Element ancestor, Element e) {
    for (Element cur = e; cur != null; cur = cur.parent()) {
      if (cur == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The parent of the most letters of prose paragraphs (grandparents earn half), or null. */
  private static Element proseParent(Element body) {
    Map<Element, Double> score = new java.util.IdentityHashMap<>();
    for (Element p : body.getElementsByTag("p")) {
      int letters = TextWords.letters(p);
      if (letters < 60) {
        continue;
      }
      int linkLetters = 0;
      for (Element a : p.getElementsByTag("a")) {
        linkLetters += TextWords.letters(a);
      }
      if (linkLetters * 3 > letters) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, (double) letters, Double::sum);
        if (parent.parent() != null && parent != body) {
          score.merge(parent.parent(), letters / 2.0, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    // Document order keeps ties deterministic: the first best element wins.
    for (Element candidate : body.getAllElements()) {
      double sc = score.getOrDefault(candidate, 0.0);
      if (sc > bestScore) {
        best = candidate;
        bestScore = sc;
      }
    }
    return best;
  }

  private static Element semanticMain(Element body) {
    int bodyWords = TextWords.of(body);
    Element best = null;
    int bestWords = 0;
    for (Element a : body.select("article")) {
      int w = TextWords.of(a);
      if (w > bestWords) {
        best = a;
        bestWords = w;
      }
    }
    if (best != null && bestWords * 4 >= bodyWords) {
      return best;
    }
    for (String sel : List.of("[itemprop=articleBody]", "main", "[role=main]")) {
      Element e = body.selectFirst(sel);
      if (e != null && TextWords.of(e) * 4 >= bodyWords) {
        return e;
      }
    }
    return best != null && bestWords > 0 ? best : body;
  }

  /**
   * The page's paragraphs, each with its link density and a hint: +1 inside the main container
   * (when one was found), +1 more when JSON-LD's articleBody contains it.
   */
  private static List<LineClassifier.Block> paragraphs(Element body, Element main, String ldBody) {
    Set<Element> inMain = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    if (main != body) {
      inMain.addAll(main.getAllElements());
    }
    String ldKey = ldBody == null ? null : matchKey(ldBody);
    ParagraphVisitor v = new ParagraphVisitor(body, inMain, ldKey);
    v.traverse(body);
    v.flush();
    return v.blocks;
  }

  /**
   * The page as a reader sees it, for the text front end: its paragraphs in document order
   * (without link densities or hints, as a plain-text dump has none) and the elements left out
   * of them (outermost only): markup and hidden elements (MARKUP), sidebars and author bios
   * ({@link #asideReason}).
   */
  record RenderedText(List<LineClassifier.Block> blocks, List<RemovedSpan> leftOut) {}

  /** The texts of the paragraphs a classification keeps. */
  static Set<String> keptTexts(List<LineClassifier.Block> blocks, LineClassifier.Result result) {
    Set<String> kept = new java.util.HashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (result.reasons()[i] == null) {
        kept.add(blocks.get(i).text());
      }
    }
    return kept;
  }

  private static RenderedText renderedText(Element body) {
    ParagraphVisitor v = new ParagraphVisitor(body, Set.of(), null);
    List<RemovedSpan> leftOut = new ArrayList<>();
    int[] asideChecks = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node != body && node instanceof Element e
                && (MARKUP_TAGS.contains(e.normalName()) || isHidden(e))) {
              leftOut.add(segment(e, RemovalReason.MARKUP));
              return FilterResult.SKIP_ENTIRELY;
            }
            if (node != body && node instanceof Element e) {
              RemovalReason aside = asideReason(e, asideChecks);
              if (aside != null) {
                leftOut.add(segment(e, aside));
                return FilterResult.SKIP_ENTIRELY;
              }
            }
            v.head(node, depth);
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            v.tail(node, depth);
            return FilterResult.CONTINUE;
          }
        },
        body);
    v.flush();
    List<LineClassifier.Block> plain = new ArrayList<>(v.blocks.size());
    for (LineClassifier.Block b : v.blocks) {
      plain.add(new LineClassifier.Block(b.text(), b.start(), b.end(), null));
    }
    return new RenderedText(plain, leftOut);
  }

  /**
   * Why the fallback's rendered text leaves {@code e} out, or null: a sidebar, rail or profile box
   * (class or id part, {@link #ASIDE_PARTS}) or an author bio (the parts of the element rules),
   * unless it is or holds a main container or an {@code h1} (a layout wrapper named
   * "content-with-sidebar" around the post is not a sidebar).
   *
   * <p>Why: on a short blog post the HTML front end keeps too little of the post to pass its
   * sanity check, and the text front end, reading the whole rendered page, took the sidebar's
   * "about me" paragraph instead, as it is often longer than the post; the class names that
   * show it is a sidebar are lost in the rendered text. Not by the page's share of letters: on
   * such pages the sidebar holds most of them. The subtrees of at most {@value
   * #MAX_ASIDE_CHECKS} elements per page are searched, so that nested aside-named elements
   * cannot make the walk quadratic.
   */
  private static RemovalReason asideReason(Element e, int[] checks) {
    long parts = parts(e);
    RemovalReason r;
    if (namesAuthorBio(parts)) {
      r = RemovalReason.AUTHOR_BIO;
    } else if (intersects(parts, ASIDE_PARTS_BIT)) {
      r = RemovalReason.LAYOUT_RESIDUE;
    } else {
      return null;
    }
    if (checks[0] >= MAX_ASIDE_CHECKS) {
      return null;
    }
    checks[0]++;
    if (isMainContainer(e) || e.selectFirst(MAIN_EVALUATOR) != null
        || e.selectFirst("h1") != null) {
      return null;
    }
    return r;
  }

  /** Paragraphs as a plain-text dump has them: no link densities, no markup hints. */
  static List<LineClassifier.Block> plainText(List<LineClassifier.Block> blocks) {
    List<LineClassifier.Block> plain = new ArrayList<>(blocks.size());
    for (LineClassifier.Block b : blocks) {
      plain.add(new LineClassifier.Block(b.text(), b.start(), b.end(), null));
    }
    return plain;
  }

  /** Lower-case letters and digits separated by single spaces, for containment tests. */
  static String matchKey(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    return out.toString().trim();
  }

  /** Turns a DOM subtree into block-level paragraphs, remembering each paragraph's element. */
  private static final class ParagraphVisitor implements NodeVisitor {
    final List<LineClassifier.Block> blocks = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    /** Whether buf holds only whitespace: tracked, not re-read with toString per text node. */
    private boolean bufBlank = true;
    private final Deque<Element> open = new ArrayDeque<>();
    private final Set<Element> inMain;
    private final String ldKey;
    private Element owner;
    private int linkDepth;
    private int linkLetters;

    ParagraphVisitor(Element root, Set<Element> inMain, String ldKey) {
      open.push(root);
      this.inMain = inMain;
      this.ldKey = ldKey;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (bufBlank) {
          owner = open.peek();
        }
        String whole = t.getWholeText();
        buf.append(whole);
        bufBlank = bufBlank && whole.isBlank();
        if (linkDepth > 0) {
          linkLetters += BodyRegion.letters(whole);
        }
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth++;
        } else if (tag.equals("br")) {
          flush();
        } else if (BLOCK_TAGS.contains(tag)) {
          flush();
          open.push(e);
        } else if (tag.equals("td") || tag.equals("th")) {
          buf.append(' ');
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && e.normalName().equals("a")) {
        linkDepth--;
      }
      if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
        flush();
        if (!open.isEmpty() && open.peek() == e) {
          open.pop();
        }
      }
    }

    void flush() {
      String text = LineText.collapse(buf.toString());
      buf.setLength(0);
      bufBlank = true;
      int inLinks = linkLetters;
      linkLetters = 0;
      if (text.isEmpty() || owner == null) {
        return;
      }
      int[] range = range(owner);
      int letters = Math.max(1, BodyRegion.letters(text));
      int hint = inMain.contains(owner) ? 1 : 0;
      if (ldKey != null && hint >= 0) {
        String key = matchKey(text);
        if (key.length() >= 20 && ldKey.contains(key.substring(0, Math.min(80, key.length())))) {
          hint++;
        }
      }
      blocks.add(new LineClassifier.Block(
          text, range[0], range[1], null, Math.min(1.0, (double) inLinks / letters), hint));
    }
  }
}
