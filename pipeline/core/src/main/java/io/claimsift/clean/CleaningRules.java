package io.claimsift.clean;

import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.Weekdays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An immutable set of patterns, word lists and thresholds that drive {@link TextCleaner} and
 * {@link HtmlCleaner}, in the spirit of jsoup's {@code Safelist}.
 *
 * <p>Start from the named preset {@link #standard()} and derive a modified copy with {@link
 * #toBuilder()}:
 *
 * <pre>{@code
 * CleaningRules rules = CleaningRules.standard().toBuilder()
 *     .bodyMinWords(10)
 *     .addLineRule(LineRule.of(RemovalReason.LAYOUT_RESIDUE, "^powered by\\b", 6))
 *     .build();
 * }</pre>
 *
 * <p>Two kinds of rules exist:
 *
 * <ul>
 *   <li><b>Line rules</b> ({@link LineRule}): a case-insensitive regex searched in a normalised
 *       line (curly quotes folded to straight ones, whitespace collapsed), limited to lines of at
 *       most {@code maxWords} words. The first matching rule, in list order, decides the reason. A
 *       rule marked {@linkplain LineRule#startsSection() as a section heading} also removes the
 *       non-body lines that follow it (related-link lists, comment forms).
 *   <li><b>Structural rules</b> built into the classifier (bylines, datelines, breadcrumbs,
 *       captions, title, zones, duplicates), parameterised by the word lists and thresholds here.
 * </ul>
 *
 * <p>All word lists are lower-case. Instances are immutable and thread-safe.
 */
public final class CleaningRules {

  /**
   * One regex-driven line rule.
   *
   * @param reason the reason recorded when the rule matches
   * @param pattern searched (not fully matched) in the normalised line; compiled case-insensitive
   * @param maxWords the rule only applies to lines with at most this many words
   * @param startsSection when true, the non-body lines following the matched line are removed
   *     with the same reason, up to the next body paragraph
   * @param skipSentences when true, the rule never applies to a body-like sentence (a line with at
   *     least {@code bodyMinWords} words ending in terminal punctuation)
   */
  public record LineRule(
      RemovalReason reason,
      Pattern pattern,
      int maxWords,
      boolean startsSection,
      boolean skipSentences) {
    public LineRule {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(pattern, "pattern");
      if (maxWords < 1) {
        throw new IllegalArgumentException("maxWords must be >= 1");
      }
    }

    /** A plain rule: {@code regex} compiled case-insensitively, applied to short lines. */
    public static LineRule of(RemovalReason reason, String regex, int maxWords) {
      return new LineRule(reason, compile(regex), maxWords, false, false);
    }

    /** The same rule, marked as a section heading. */
    public LineRule asSectionHeading() {
      return new LineRule(reason, pattern, maxWords, true, skipSentences);
    }

    /** The same rule, not applied to body-like sentences. */
    public LineRule exceptSentences() {
      return new LineRule(reason, pattern, maxWords, startsSection, true);
    }
  }

  static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static final int ANY = Integer.MAX_VALUE;

  /** Social networks and share tools; also used by the "social names only" line rule. */
  private static final String SOCIAL =
      "(?:facebook|twitter|x\\.com|linkedin|whatsapp|telegram|reddit|pinterest|instagram"
          + "|youtube|tiktok|discord|threads|bluesky|mastodon|flipboard|google news|apple news"
          + "|wechat|weibo|vk|messenger|tumblr|snapchat|viber|signal)";

  private static final CleaningRules STANDARD = buildStandard();

  private final List<LineRule> lineRules;
  private final Set<String> socialWords;
  private final Set<String> menuWords;
  private final Set<String> layoutLines;
  private final Set<String> stockAgencies;
  private final Set<String> bioRoleWords;
  private final Set<String> nonNameWords;
  private final Set<RemovalReason> duplicateOverrides;
  private final int bodyMinWords;
  private final int titleMaxWords;
  private final int captionMaxWords;
  private final int datelineMaxWords;
  private final int bylineMaxWords;
  private final int breadcrumbMaxWords;

  private CleaningRules(Builder b) {
    this.lineRules = List.copyOf(b.lineRules);
    this.socialWords = Set.copyOf(b.socialWords);
    this.menuWords = Set.copyOf(b.menuWords);
    this.layoutLines = Set.copyOf(b.layoutLines);
    this.stockAgencies = Set.copyOf(b.stockAgencies);
    this.bioRoleWords = Set.copyOf(b.bioRoleWords);
    this.nonNameWords = Set.copyOf(b.nonNameWords);
    this.duplicateOverrides =
        b.duplicateOverrides.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(b.duplicateOverrides));
    this.bodyMinWords = b.bodyMinWords;
    this.titleMaxWords = b.titleMaxWords;
    this.captionMaxWords = b.captionMaxWords;
    this.datelineMaxWords = b.datelineMaxWords;
    this.bylineMaxWords = b.bylineMaxWords;
    this.breadcrumbMaxWords = b.breadcrumbMaxWords;
  }

  /** The baseline preset tuned for English news pages. */
  public static CleaningRules standard() {
    return STANDARD;
  }

  /** A builder initialised with a copy of this instance's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Regex line rules in evaluation order (first match wins). */
  public List<LineRule> lineRules() {
    return lineRules;
  }

  /** Words that may make up a "social networks only" share line (e.g. "Facebook Twitter Email"). */
  public Set<String> socialWords() {
    return socialWords;
  }

  /** Section/menu words; a short line made only of these (outside the body) is NAVIGATION. */
  public Set<String> menuWords() {
    return menuWords;
  }

  /** Whole-line layout tokens (sidebar, advertisement, back to top, ...): LAYOUT_RESIDUE. */
  public Set<String> layoutLines() {
    return layoutLines;
  }

  /** Stock photo agencies and photo-credit markers; short lines containing one: IMAGE_CREDIT. */
  public Set<String> stockAgencies() {
    return stockAgencies;
  }

  /** Occupation words that make a "NAME is a ..." paragraph in the tail an author bio. */
  public Set<String> bioRoleWords() {
    return bioRoleWords;
  }

  /** Capitalised words that disqualify a line from being a person's name. */
  public Set<String> nonNameWords() {
    return nonNameWords;
  }

  /**
   * Reasons that a repeated line loses in favour of DUPLICATE (a repeated caption or dateline
   * becomes DUPLICATE; a repeated share prompt keeps SHARE_PROMPT). Kept lines always become
   * DUPLICATE when repeated.
   */
  public Set<RemovalReason> duplicateOverrides() {
    return duplicateOverrides;
  }

  /** Minimum words for a line ending in terminal punctuation to count as a body paragraph. */
  public int bodyMinWords() {
    return bodyMinWords;
  }

  /** Maximum words of a title line. */
  public int titleMaxWords() {
    return titleMaxWords;
  }

  /** Maximum words of a lower-case alt-text caption line. */
  public int captionMaxWords() {
    return captionMaxWords;
  }

  /** Maximum words of a dateline. */
  public int datelineMaxWords() {
    return datelineMaxWords;
  }

  /** Maximum words of a "By ..." byline. */
  public int bylineMaxWords() {
    return bylineMaxWords;
  }

  /** Maximum words of a breadcrumb line. */
  public int breadcrumbMaxWords() {
    return breadcrumbMaxWords;
  }

  /** Mutable builder; obtain one from {@link CleaningRules#toBuilder()}. */
  public static final class Builder {
    private final List<LineRule> lineRules;
    private final Set<String> socialWords;
    private final Set<String> menuWords;
    private final Set<String> layoutLines;
    private final Set<String> stockAgencies;
    private final Set<String> bioRoleWords;
    private final Set<String> nonNameWords;
    private final Set<RemovalReason> duplicateOverrides;
    private int bodyMinWords;
    private int titleMaxWords;
    private int captionMaxWords;
    private int datelineMaxWords;
    private int bylineMaxWords;
    private int breadcrumbMaxWords;

    private Builder() {
      lineRules = new ArrayList<>();
      socialWords = new LinkedHashSet<>();
      menuWords = new LinkedHashSet<>();
      layoutLines = new LinkedHashSet<>();
      stockAgencies = new LinkedHashSet<>();
      bioRoleWords = new LinkedHashSet<>();
      nonNameWords = new LinkedHashSet<>();
      duplicateOverrides = new LinkedHashSet<>();
    }

    private Builder(CleaningRules r) {
      lineRules = new ArrayList<>(r.lineRules);
      socialWords = new LinkedHashSet<>(r.socialWords);
      menuWords = new LinkedHashSet<>(r.menuWords);
      layoutLines = new LinkedHashSet<>(r.layoutLines);
      stockAgencies = new LinkedHashSet<>(r.stockAgencies);
      bioRoleWords = new LinkedHashSet<>(r.bioRoleWords);
      nonNameWords = new LinkedHashSet<>(r.nonNameWords);
      duplicateOverrides = new LinkedHashSet<>(r.duplicateOverrides);
      bodyMinWords = r.bodyMinWords;
      titleMaxWords = r.titleMaxWords;
      captionMaxWords = r.captionMaxWords;
      datelineMaxWords = r.datelineMaxWords;
      bylineMaxWords = r.bylineMaxWords;
      breadcrumbMaxWords = r.breadcrumbMaxWords;
    }

    /** Appends a line rule (evaluated after the existing ones). */
    public Builder addLineRule(LineRule rule) {
      lineRules.add(Objects.requireNonNull(rule));
      return this;
    }

    /** Inserts a line rule before all existing ones. */
    public Builder addFirstLineRule(LineRule rule) {
      lineRules.add(0, Objects.requireNonNull(rule));
      return this;
    }

    /** Drops the line rule at this position of {@link #lineRules()} (a rule audit drops one). */
    public Builder removeLineRule(int index) {
      lineRules.remove(index);
      return this;
    }

    /** Drops every line rule with the given reason. */
    public Builder removeLineRules(RemovalReason reason) {
      lineRules.removeIf(r -> r.reason() == reason);
      return this;
    }

    public Builder addSocialWords(Collection<String> words) {
      addLower(socialWords, words);
      return this;
    }

    public Builder addMenuWords(Collection<String> words) {
      addLower(menuWords, words);
      return this;
    }

    public Builder removeMenuWords(Collection<String> words) {
      words.forEach(w -> menuWords.remove(w.toLowerCase(Locale.ROOT)));
      return this;
    }

    public Builder addLayoutLines(Collection<String> lines) {
      addLower(layoutLines, lines);
      return this;
    }

    public Builder addStockAgencies(Collection<String> names) {
      addLower(stockAgencies, names);
      return this;
    }

    public Builder addBioRoleWords(Collection<String> words) {
      addLower(bioRoleWords, words);
      return this;
    }

    public Builder addNonNameWords(Collection<String> words) {
      addLower(nonNameWords, words);
      return this;
    }

    public Builder duplicateOverrides(Collection<RemovalReason> reasons) {
      duplicateOverrides.clear();
      duplicateOverrides.addAll(reasons);
      return this;
    }

    public Builder bodyMinWords(int v) {
      bodyMinWords = positive(v);
      return this;
    }

    public Builder titleMaxWords(int v) {
      titleMaxWords = positive(v);
      return this;
    }

    public Builder captionMaxWords(int v) {
      captionMaxWords = positive(v);
      return this;
    }

    public Builder datelineMaxWords(int v) {
      datelineMaxWords = positive(v);
      return this;
    }

    public Builder bylineMaxWords(int v) {
      bylineMaxWords = positive(v);
      return this;
    }

    public Builder breadcrumbMaxWords(int v) {
      breadcrumbMaxWords = positive(v);
      return this;
    }

    public CleaningRules build() {
      return new CleaningRules(this);
    }

    private static int positive(int v) {
      if (v < 1) {
        throw new IllegalArgumentException("must be >= 1: " + v);
      }
      return v;
    }

    private static void addLower(Set<String> target, Collection<String> words) {
      for (String w : words) {
        target.add(w.toLowerCase(Locale.ROOT).trim());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The standard preset
  // ---------------------------------------------------------------------------------------------

  private static CleaningRules buildStandard() {
    Builder b = new Builder();
    b.bodyMinWords = 12;
    b.titleMaxWords = 25;
    b.captionMaxWords = 12;
    b.datelineMaxWords = 20;
    b.bylineMaxWords = 20;
    b.breadcrumbMaxWords = 30;
    b.duplicateOverrides.addAll(
        List.of(
            RemovalReason.CAPTION,
            RemovalReason.DATELINE,
            RemovalReason.IMAGE_CREDIT,
            RemovalReason.READING_TIME));

    // ---- COMMENT_FORM ----
    comment(b, "^(leave|post|add|write|submit) (a|your) (reply|comment|response)\\W*$", 8, true);
    comment(b, "^\\d+\\s+(comments?|responses?|replies|thoughts)\\b", 14, true);
    comment(
        b,
        "^(comments?|discussion|join the (discussion|conversation)|reader comments"
            + "|(show|view|load|see) (all )?comments|comments? \\(\\d+\\))\\W*$",
        6,
        true);
    comment(b, "^cancel reply$", 3, false);
    // A comment header: who, when, "said:" (the date or time tells it from a quote lead-in).
    comment(b, "\\d.*\\b(said|says|wrote|writes|replied)\\s*:$", 15, true);
    comment(b, "your e-?mail address will not be (published|shared)", 40, false);
    comment(b, "required fields are marked", 40, false);
    comment(b, "^(post|submit|add|send) (comment|reply)\\W*$", 3, false);
    comment(b, "^save my name,? e-?mail,? (and|&) website", 40, false);
    comment(
        b,
        "^(your )?(name|e-?mail|website|comment|message)\\s*(\\*|\\(required\\))\\s*:?$",
        4,
        false);
    comment(b, "^website$", 1, false);
    comment(b, "^notify me of (follow-up comments|new (posts|comments))", 25, false);
    comment(b, "^you must be (logged in|registered) to (post a )?comment", 20, false);
    comment(b, "^this site uses akismet", 30, false);
    comment(b, "^(log in|sign in|login) to (reply|comment)\\W*$", 5, false);

    // ---- DISCLAIMER (may be long paragraphs) ----
    String advice = "(financial|investment|trading|legal|tax|investing) advice";
    disclaimer(b, "\\bnot\\b(\\W+\\w+){0,5}?\\W+" + advice + "\\b", ANY);
    disclaimer(b, "\\bhigh[- ]risk investment", ANY);
    disclaimer(b, "\\bprepared to lose\\b", ANY);
    disclaimer(b, "\\bcapital (is )?at risk\\b", ANY);
    disclaimer(
        b,
        "^(disclaimer|disclosure|risk warning|risk disclosure|investment warning"
            + "|editorial (note|disclaimer)|affiliate disclosure)\\s*[:\\-–—.]",
        ANY);
    disclaimer(b, "^(disclaimer|disclosure|risk warning|affiliate disclosure)$", 2);
    disclaimer(
        b,
        "\\bviews (and opinions )?expressed\\b.*\\b(do not|don't|does not) necessarily"
            + " (reflect|represent)\\b",
        ANY);
    disclaimer(
        b,
        "\\b(we|may|might) (may |might )?(earn|receive|get) (a )?(small )?"
            + "(commission|compensation|affiliate)",
        ANY);
    disclaimer(b, "\\baffiliate (links?|commissions?|partnerships?)\\b", 80);
    disclaimer(
        b,
        "\\bconsult (a|an|your) (qualified |independent |licensed |professional )?"
            + "(financial|investment) (advisor|adviser|professional)",
        ANY);
    disclaimer(b, "\\bfor (general )?(informational|information|educational) purposes only\\b", ANY);
    disclaimer(b, "\\bnot been evaluated by the (u\\.?s\\.? )?food and drug administration\\b", ANY);

    // ---- SHARE_PROMPT ----
    share(
        b,
        "^(join|follow|like|find|connect with|check out)\\s+(us|our|me)\\b.*\\b("
            + SOCIAL
            + "|channel|group|community|page)\\b",
        25);
    share(b, "\\b(join|follow)\\b.*\\b(our|us on)\\b.*\\b" + SOCIAL + "\\b", 25);
    share(b, "^follow\\s+(@|us\\b|me\\b)", 20);
    share(b, "^share\\s+(this|on|via|the|to|with|article|story|post|page)\\b", 12);
    share(b, "^(click|tap) to (share|tweet|email|print|copy)", 15);
    share(
        b,
        "^(tweet|share|shares|share this|tweet this|sharing is caring|share article"
            + "|share story|share post|share now|\\d+\\s+shares?|shares?\\s*:?\\s*\\d+)\\W*$",
        4);
    share(b, "^(share|follow)( us)?( on)?\\s*:?\\s*$", 3);

    // ---- SUBSCRIBE_PROMPT ----
    String subscribeObject =
        "\\b.*\\b(newsletters?|inbox|e-?mails?|subscribe|subscription|updates|alerts|digest"
            + "|briefing)\\b";
    subscribe(
        b,
        "^(subscribe|sign up|signup|sign-up|register|enter|don't miss|never miss)"
            + subscribeObject,
        25);
    b.lineRules.add(
        LineRule.of(
                RemovalReason.SUBSCRIBE_PROMPT,
                "^(join|get|stay (informed|updated|up to date|in the loop|ahead|tuned)|receive"
                    + "|be the first|want)"
                    + subscribeObject,
                25)
            .exceptSentences());
    b.lineRules.add(
        LineRule.of(
                RemovalReason.SUBSCRIBE_PROMPT,
                "\\b(our|free|daily|weekly|monthly)\\s+(\\w+\\s+)?newsletters?\\b",
                20)
            .exceptSentences());
    subscribe(b, "\\b(delivered|sent|straight|directly|right) (straight |directly )?to your inbox\\b", 25);
    subscribe(
        b,
        "^(subscribe|subscribe now|subscribe today|newsletter|newsletters|sign up|sign up now"
            + "|sign up for free|register for free|register now|unsubscribe)\\W*$",
        4);
    subscribe(b, "\\bregister for free\\b", 20);
    subscribe(b, "\\bsubscribe (now|today|here|to (our|the|my))\\b", 25);
    subscribe(b, "\\benter your e-?mail( address)?\\b", 20);
    subscribe(b, "\\bby (subscribing|signing up),? you (agree|consent)", 60);
    subscribe(b, "\\bsubscribe\\b|\\bsign up\\b", 6);

    // ---- READING_TIME ----
    b.lineRules.add(
        LineRule.of(
            RemovalReason.READING_TIME, "\\b\\d+\\s*-?\\s*(min|mins|minute|minutes)\\.?\\s+read\\b", 15));
    b.lineRules.add(LineRule.of(RemovalReason.READING_TIME, "^(estimated )?read(ing)? time\\b", 15));

    // ---- RELATED_LINKS ----
    b.lineRules.add(
        LineRule.of(
                RemovalReason.RELATED_LINKS,
                "^(related|related (posts?|articles?|stories|news|content|reading|coverage"
                    + "|topics|links|videos)|read next|read more|read also|also read|see also"
                    + "|more (news|stories|articles|posts|headlines|to read|for you)"
                    + "|more (from|on|in|about|like this)\\b.{0,40}"
                    + "|you (may|might|will|could) also (like|enjoy|be interested in)"
                    + "|recommended( for you| articles| stories| reading| posts| videos)?"
                    + "|trending( now| news| stories| articles| posts| topics)?"
                    + "|popular( now| posts| articles| stories| news)?|most (read|popular|viewed|shared)"
                    + "( (in|on) [\\p{L}& ]{1,30})?"
                    + "|latest (news|posts|articles|stories|headlines)|top stories"
                    + "|editor'?s picks?|don't miss|what to read next|further reading"
                    + "|in case you missed it|up next|next up|keep reading|other (news|stories|articles)"
                    + "|recent (posts|articles|news|stories))\\W*$",
                10)
            .asSectionHeading());
    b.lineRules.add(
        LineRule.of(
            RemovalReason.RELATED_LINKS,
            "^(related|read more|read also|also read|see also|read next|recommended|must read"
                + "|suggested|more|related reading)\\s*[:\\-–—|»›]\\s*\\S",
            30));

    // ---- IMAGE_CREDIT ----
    b.lineRules.add(
        LineRule.of(
            RemovalReason.IMAGE_CREDIT,
            "^(sources?|images?|photos?|pictures?|credits?|image (credit|source)s?"
                + "|photo (credit|source)s?|picture credits?|featured image|cover image"
                + "|header image|illustration|photograph|graphic|chart source|data source)\\s*[:：]",
            20));
    b.lineRules.add(
        LineRule.of(
            RemovalReason.IMAGE_CREDIT, "\\|\\s*(sources?|credits?|images?|photos?)\\s*:", 25));
    b.lineRules.add(
        LineRule.of(
            RemovalReason.IMAGE_CREDIT,
            "\\((photo|image|picture|credit|source|photo credit|image credit)s?\\s*:[^)]*\\)\\W*$",
            25));
    b.lineRules.add(
        LineRule.of(
                RemovalReason.IMAGE_CREDIT,
                "^(photo|image|picture|illustration|photograph) (by|courtesy( of)?|via)\\b",
                20)
            .exceptSentences());

    b.lineRules.add(
        LineRule.of(
            RemovalReason.IMAGE_CREDIT,
            "\\((photo|image|picture|video)s? (by|courtesy( of)?|via|credit)\\b[^)]*\\)\\W*$",
            60));
    // A caption that ends with its credit: "A cross-section of the module. Credit: ESA".
    b.lineRules.add(
        LineRule.of(RemovalReason.CAPTION, "[.!?)]\\s+credits?\\s*:\\s*[^.!?:]{1,60}$", 80));
    // Credit lines at the end of a story: "Jane Doe contributed to this report.", "Write to ...@".
    b.lineRules.add(
        LineRule.of(
            RemovalReason.BYLINE,
            "\\bcontributed (reporting|to (this|the) (report|story|article))\\W*$",
            25));
    b.lineRules.add(LineRule.of(RemovalReason.BYLINE, "^(write to|contact|email) .*\\S+@\\S+\\.\\w+", 25));

    // ---- CAPTION ----
    b.lineRules.add(
        LineRule.of(
            RemovalReason.CAPTION,
            "^(figure|fig\\.?|photo|image|picture|chart|graph|table|video|exhibit|illustration)"
                + "\\s*\\d+[a-z]?\\s*[:.\\-–—]",
            30));

    // ---- NAVIGATION ----
    nav(b, "^skip to (the )?(main |primary )?(content|navigation|main|article)\\b", 6);
    nav(b, "^search\\b[^.!?]*$", 4);
    nav(b, "^(main|primary|site|mobile|top|footer) (menu|navigation)$", 3);
    nav(b, "^(open|close)? ?(menu|navigation|navigation menu)$", 3);
    nav(
        b,
        "^(sign in|log in|login|register|my account|sign out|log out)"
            + "(\\s*[|/·•]?\\s*(sign in|log in|login|register|sign up|subscribe|my account))*$",
        6);
    nav(b, "^you are here\\s*:", 25);
    nav(b, "^(tags|tagged( with)?|filed under|categories|category|topics)\\s*:", 30);
    // A post's category line, "Posted in Current Events | 1 Comment »": no sentence in it.
    nav(b, "^(posted|filed) (in|under)\\b[^.!?]*$", 30);

    // ---- LAYOUT_RESIDUE ----
    layout(b, "\\b(we|this (web)?site|our (web)?site|this page) uses? cookies\\b", 60);
    layout(b, "^(accept|reject|allow|decline|agree)( all)?( cookies)?\\W*$", 3);
    layout(b, "^(cookie|privacy|consent) (settings|policy|preferences|notice)$", 2);
    layout(b, "^manage (cookies|consent|preferences|cookie preferences|cookie settings)$", 3);
    layout(
        b,
        "\\bby (continuing to (browse|use)|using) (this|our) (web)?site,? you (agree|consent)",
        60);
    layout(b, "^(©|\\(c\\)|copyright\\s*(©|\\(c\\)|\\d{4}))", 25);
    layout(b, "\\ball rights reserved\\b", 25);
    // A paragraph opening with the copyright sign is the legal footer, however long it runs.
    layout(b, "^(©|copyright\\s*©)", ANY);
    layout(
        b,
        "^(privacy policy|terms of (use|service)|terms (and|&) conditions|contact us|about us"
            + "|advertise with us|sitemap)(\\s*[|·•/-]\\s*.*)?$",
        20);

    // ---- word lists ----
    b.socialWords.addAll(
        List.of(
            "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest",
            "instagram", "youtube", "tiktok", "discord", "threads", "bluesky", "mastodon",
            "flipboard", "wechat", "weibo", "vk", "messenger", "tumblr", "snapchat", "viber",
            "email", "e-mail", "mail", "print", "copy", "link", "copied", "share", "shares",
            "tweet", "pocket", "mix", "sms", "rss", "google", "news", "apple", "hacker", "digg",
            "xing", "line", "skype", "medium", "url", "via", "on"));
    b.menuWords.addAll(
        List.of(
            "home", "homepage", "news", "latest", "world", "business", "markets", "market",
            "politics", "tech", "technology", "sports", "sport", "opinion", "opinions", "analysis",
            "finance", "economy", "entertainment", "health", "science", "lifestyle", "culture",
            "travel", "video", "videos", "podcast", "podcasts", "about", "contact", "login",
            "log", "sign", "in", "register", "menu", "more", "categories", "category", "tags",
            "events", "guides", "guide", "reviews", "learn", "research", "press", "releases",
            "release", "price", "prices", "newsletter", "newsletters", "jobs", "careers", "advertise", "us",
            "privacy", "policy", "terms", "features", "data", "insights", "education", "tools",
            "deals", "shop", "subscribe", "account", "all", "top", "stories", "and", "&",
            "regulation", "investing",
            "local", "national", "international", "us", "uk", "europe", "asia", "africa",
            "magazine", "sections", "topics", "archive", "archives", "breaking", "live",
            "weather", "photos", "gallery", "galleries", "multimedia", "editorial", "editorials",
            "columns", "blog", "blogs", "forum", "community", "faq", "help", "support"));
    b.layoutLines.addAll(
        List.of(
            "sidebar", "menu", "footer", "header", "advertisement", "advertisements", "advert",
            "ad", "ads", "sponsored", "sponsored content", "sponsored post", "promoted",
            "widget", "loading", "loading...", "loading…", "close", "×", "✕", "x",
            "toggle navigation", "back to top", "scroll to top", "go to top", "to top", "top",
            "previous", "next", "prev", "previous post", "next post", "previous article",
            "next article", "older posts", "newer posts", "load more", "show more", "view more",
            "view all", "see all", "see more", "expand", "collapse", "print this page",
            "open in app", "ad choices", "adchoices", "skip ad", "continue", "opens in new window",
            "play video", "watch", "listen", "listen to this article", "audio", "gallery",
            "enlarge", "zoom", "more", "report an ad", "remove ads", "advertise",
            "story continues below advertisement", "article continues below advertisement",
            "continue reading below", "scroll to continue", "scroll to continue with content"));
    b.stockAgencies.addAll(
        List.of(
            "getty images", "gettyimages", "shutterstock", "istock", "istockphoto", "adobe stock",
            "unsplash", "pexels", "pixabay", "dreamstime", "alamy", "depositphotos", "123rf",
            "wikimedia commons", "ap photo", "afp photo", "reuters/", "/reuters", "afp/", "/afp",
            "epa-efe", "/epa", "bloomberg/", "/bloomberg", "via getty"));
    b.bioRoleWords.addAll(
        List.of(
            "writer", "journalist", "reporter", "editor", "author", "contributor", "columnist",
            "correspondent", "blogger", "enthusiast", "analyst", "freelancer", "freelance",
            "copywriter", "writes", "writing", "covers", "covering", "reporting"));
    b.nonNameWords.addAll(b.menuWords);
    b.nonNameWords.addAll(Weekdays.names());
    b.nonNameWords.addAll(Months.names());
    b.nonNameWords.addAll(
        List.of(
            "the", "a", "an", "of", "for", "to", "on", "at", "with", "from", "by", "is", "are",
            "was", "new", "report", "update", "updates", "says", "said", "how", "why", "what",
            "when", "who", "where", "this", "that", "your", "our", "my", "read", "share",
            "follow", "join", "related", "posts", "post", "articles", "article", "comments",
            "comment", "reply", "leave", "recommended", "trending", "popular", "sponsored",
            "staff", "team", "desk", "press", "today",
            "yesterday", "week", "exclusive", "watch", "photo", "image", "source", "chart",
            "price", "prediction", "review", "guide", "conclusion", "introduction", "summary",
            "overview", "background", "key", "takeaways", "what's", "next", "final", "thoughts",
            "disclaimer", "about", "author", "editor", "writer", "reporter", "contributor",
            "united", "states", "nations", "government", "bank", "group", "council",
            "committee", "department", "ministry", "inc", "ltd", "corp", "company", "exchange",
            "million", "billion", "trillion"));
    return b.build();
  }

  private static void comment(Builder b, String re, int maxWords, boolean heading) {
    LineRule r = LineRule.of(RemovalReason.COMMENT_FORM, re, maxWords);
    b.lineRules.add(heading ? r.asSectionHeading() : r);
  }

  private static void disclaimer(Builder b, String re, int maxWords) {
    b.lineRules.add(LineRule.of(RemovalReason.DISCLAIMER, re, maxWords));
  }

  private static void share(Builder b, String re, int maxWords) {
    b.lineRules.add(LineRule.of(RemovalReason.SHARE_PROMPT, re, maxWords));
  }

  private static void subscribe(Builder b, String re, int maxWords) {
    b.lineRules.add(LineRule.of(RemovalReason.SUBSCRIBE_PROMPT, re, maxWords));
  }

  private static void nav(Builder b, String re, int maxWords) {
    b.lineRules.add(LineRule.of(RemovalReason.NAVIGATION, re, maxWords));
  }

  private static void layout(Builder b, String re, int maxWords) {
    b.lineRules.add(LineRule.of(RemovalReason.LAYOUT_RESIDUE, re, maxWords));
  }
}
