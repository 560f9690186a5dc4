package io.claimsift.outlets;

import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds the template text of one outlet: sentences that the site repeats on pages whose bodies
 * otherwise differ (sidebar teasers, newsletter prompts, disclaimers, bios), and that lie outside
 * the page's own prose.
 *
 * <p>The rule, for a sentence of page A (docs/outlets.md):
 * <ol>
 *   <li>it is <em>repeated</em> when another page B of the same outlet holds the same normalised
 *       sentence (Unicode NFKC, lower case, punctuation and spacing ignored), or a near-identical
 *       one ({@link NearDuplicates}: same numbers, a few words changed), and B is not a version of
 *       A: two pages are versions of one story (a copy, an update, an AMP page) when the sentences
 *       they share, exactly or nearly, hold at least half of the characters of the smaller one (its
 *       distinct sentences, normalised) and their headlines can name one story (either page has
 *       none, or half the words of the shorter headline are in the other);
 *   <li>a sentence of at least {@value #MIN_PROSE_WORDS} words that is not repeated is the page's
 *       <em>own prose</em>; the page's own prose spans from its first to its last own sentence;
 *   <li>a repeated sentence <em>outside</em> that span (before the first or after the last own
 *       sentence) is template text. A repeated sentence inside it, such as a background sentence
 *       the site reuses in its running prose, is kept;
 *   <li>a page is <em>covered</em> when each of its prose sentences is held by another page, a
 *       version or not (a copy, a teaser holding a story's lead, a bio the cleaner kept instead of
 *       the post). A sentence of a covered page is template text when a page that keeps it holds it
 *       too: a page that is not covered, or a covered one earlier in article-id order. So one page
 *       of the outlet always keeps each sentence: of two copies, the first; of a teaser and its
 *       story, the story.
 * </ol>
 *
 * <p>Only pages of one known outlet may be given: the rule never compares outlets. Cost: a sentence
 * looks for a witness among at most {@value #MAX_WITNESSES} other pages (by article id), and each
 * pair of pages is compared once, so the work grows linearly with the outlet's pages.
 */
public final class SiteTemplates {
  /** Words a sentence needs to count as own prose (the claim scorer's floor for a statement). */
  static final int MIN_PROSE_WORDS = 5;
  /** Other pages a sentence's repetition is checked against, at most. */
  static final int MAX_WITNESSES = 32;
  /** Sentences listed under one near-duplicate band key, at most (the first pages in id order). */
  static final int MAX_BAND_POSTINGS = 64;

  /**
   * A page of the outlet: its article id, clean text and headline ({@code title}; null when the
   * page has none).
   */
  public record Page(String articleId, String cleanText, String title) {
    /** A page without a headline. */
    public Page(String articleId, String cleanText) {
      this(articleId, cleanText, null);
    }
  }

  /** A template sentence of a page: {@code cleanText.substring(start, end)} is the sentence. */
  public record Template(String articleId, int start, int end, String text) {}

  private final SentenceSplitter splitter;

  public SiteTemplates(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  public static SiteTemplates english() {
    return new SiteTemplates(SentenceSplitter.english());
  }

  /** The template sentences of the pages of one outlet, by page in article-id order, then offset. */
  public List<Template> find(List<Page> pages) {
    return find(pages, p -> splitter.split(p.cleanText()));
  }

  /**
   * As {@link #find(List)}, with each page's sentences given: this splitter's split of its clean
   * text, made earlier by a caller that needed it too (the pipeline's claim stage).
   */
  public List<Template> find(List<Page> pages, Function<Page, List<Sentence>> sentences) {
    if (pages.size() < 2) {
      return List.of();
    }
    List<Split> splits = new ArrayList<>();
    Map<String, Key> keys = new HashMap<>();
    pages.stream().sorted(Comparator.comparing(Page::articleId))
        .forEach(p -> splits.add(new Split(p, sentences.apply(p), keys)));
    Index index = new Index(splits);
    boolean[] covered = new boolean[splits.size()];
    for (int a = 0; a < splits.size(); a++) {
      covered[a] = isCovered(index, a);
    }
    List<Template> templates = new ArrayList<>();
    for (int a = 0; a < splits.size(); a++) {
      Split page = splits.get(a);
      boolean[] repeated = new boolean[page.sentences.size()];
      int firstOwn = -1;
      int lastOwn = -1;
      for (int s = 0; s < repeated.length; s++) {
        repeated[s] = index.hasWitness(a, page.keys.get(s));
        if (!repeated[s] && words(page.sentences.get(s).text()) >= MIN_PROSE_WORDS) {
          firstOwn = firstOwn < 0 ? s : firstOwn;
          lastOwn = s;
        }
      }
      for (int s = 0; s < repeated.length; s++) {
        boolean template = firstOwn >= 0 && repeated[s] && (s < firstOwn || s > lastOwn);
        if (template || (covered[a] && index.hasEarlierOrUncoveredHolder(a, page.keys.get(s), covered))) {
          Sentence sentence = page.sentences.get(s);
          templates.add(new Template(page.page.articleId(), sentence.start(), sentence.end(), sentence.text()));
        }
      }
    }
    return templates;
  }

  /**
   * Whether page a is <em>covered</em>: it has prose sentences (at least {@value #MIN_PROSE_WORDS}
   * words), and every one of them is held by another page of the outlet, a version of it or not. Such
   * a page adds nothing of its own: a copy of a story, a teaser holding a story's lead, or a bio the
   * cleaner kept instead of the post.
   */
  private static boolean isCovered(Index index, int a) {
    // A lower bar, "one other page holds at least 80% of its prose words" (nearCopyShare: a second
    // crawl with a comment block or a date line of its own), was measured and not adopted: no page
    // of any tune half has a share between 0.4 and 1, and no output changed (docs/quality.md).
    Split page = index.splits.get(a);
    boolean prose = false;
    for (int s = 0; s < page.sentences.size(); s++) {
      if (words(page.sentences.get(s).text()) < MIN_PROSE_WORDS) {
        continue;
      }
      prose = true;
      if (!index.isHeldElsewhere(a, page.keys.get(s))) {
        return false;
      }
    }
    return prose;
  }

  /**
   * The share of page a's prose words (in its sentences of at least {@value #MIN_PROSE_WORDS} words)
   * that one other page of the outlet holds, for the page holding most; 1 when every prose sentence
   * is held by some other page (whichever pages hold them); 0 for a page without prose. A sentence's
   * holders are looked at up to {@value #MAX_WITNESSES} (the first by article id), so the work stays
   * linear. Measured by the evaluation only; the covered rule asks for a share of 1.
   */
  private static double nearCopyShare(Index index, int a) {
    Split page = index.splits.get(a);
    long prose = 0;
    long heldSomewhere = 0;
    Map<Integer, Long> heldBy = new TreeMap<>();
    for (int s = 0; s < page.sentences.size(); s++) {
      int words = words(page.sentences.get(s).text());
      if (words < MIN_PROSE_WORDS) {
        continue;
      }
      prose += words;
      Key key = page.keys.get(s);
      if (key.text.isEmpty()) {
        continue;
      }
      int looked = 0;
      boolean held = false;
      for (int b : index.holders(a, key)) {
        if (b == a) {
          continue;
        }
        held = true;
        heldBy.merge(b, (long) words, Long::sum);
        if (++looked >= MAX_WITNESSES) {
          break;
        }
      }
      heldSomewhere += held ? words : 0;
    }
    if (prose == 0) {
      return 0;
    }
    if (heldSomewhere == prose) {
      return 1;
    }
    long most = heldBy.values().stream().mapToLong(Long::longValue).max().orElse(0);
    return (double) most / prose;
  }

  /**
   * For each page of one outlet (in article-id order), its {@link #nearCopyShare near-copy share}:
   * the largest share of its prose words that one other page holds (1 when other pages together hold
   * it all). For the evaluation's histogram (docs/quality.md).
   */
  public Map<String, Double> nearCopyShares(List<Page> pages) {
    List<Split> splits = new ArrayList<>();
    Map<String, Key> keys = new HashMap<>();
    pages.stream().sorted(Comparator.comparing(Page::articleId))
        .forEach(p -> splits.add(new Split(p, splitter.split(p.cleanText()), keys)));
    Map<String, Double> shares = new LinkedHashMap<>();
    if (splits.size() < 2) {
      splits.forEach(s -> shares.put(s.page.articleId(), 0.0));
      return shares;
    }
    Index index = new Index(splits);
    for (int a = 0; a < splits.size(); a++) {
      shares.put(splits.get(a).page.articleId(), nearCopyShare(index, a));
    }
    return shares;
  }

  /**
   * Which pages of the outlet hold a sentence, exactly (by key) or nearly ({@link NearDuplicates}),
   * and which pairs of pages are versions of one story.
   */
  private static final class Index {
    final List<Split> splits;
    /** Band key to the (page, key) pairs that have it, at most {@link #MAX_BAND_POSTINGS}. */
    private final Map<Long, List<Posting>> postings = new HashMap<>();
    private final Map<Long, Boolean> versions = new HashMap<>();

    Index(List<Split> splits) {
      this.splits = splits;
      for (int i = 0; i < splits.size(); i++) {
        for (Key key : splits.get(i).distinctKeys) {
          key.pages.add(i); // pages in ascending order
          if (key.signature != null) {
            for (long band : key.signature.bands()) {
              List<Posting> list = postings.computeIfAbsent(band, k -> new ArrayList<>());
              if (list.size() < MAX_BAND_POSTINGS) {
                list.add(new Posting(i, key));
              }
            }
          }
        }
      }
    }

    /** Whether a page other than a, and not a version of a, holds this sentence of a. */
    boolean hasWitness(int a, Key key) {
      if (key.text.isEmpty()) {
        return false; // punctuation only: nothing to repeat
      }
      int checked = 0;
      for (int b : holders(a, key)) {
        if (b == a) {
          continue;
        }
        if (!isVersion(a, b)) {
          return true;
        }
        if (++checked >= MAX_WITNESSES) {
          return false;
        }
      }
      return false;
    }

    /** Whether a page other than a, a version of it or not, holds this sentence of a. */
    boolean isHeldElsewhere(int a, Key key) {
      return !key.text.isEmpty() && holders(a, key).stream().anyMatch(b -> b != a);
    }

    /**
     * Whether this sentence of a covered page a is also held by a page that keeps it: one that is
     * not covered, or a covered one earlier in article-id order (of copies, the first keeps it).
     */
    boolean hasEarlierOrUncoveredHolder(int a, Key key, boolean[] covered) {
      if (key.text.isEmpty()) {
        return false;
      }
      int checked = 0;
      for (int b : holders(a, key)) {
        if (b == a) {
          continue;
        }
        if (!covered[b] || b < a) {
          return true;
        }
        if (++checked >= MAX_WITNESSES) {
          return false;
        }
      }
      return false;
    }

    /** The pages holding the key exactly, and those holding a near-identical sentence, in page order. */
    List<Integer> holders(int a, Key key) {
      List<Integer> near = nearPages(key);
      if (near.isEmpty() || (near.size() == 1 && near.get(0) == a)) {
        return key.pages;
      }
      TreeSet<Integer> all = new TreeSet<>(key.pages);
      for (int b : near) {
        if (b != a) {
          all.add(b);
        }
      }
      return new ArrayList<>(all);
    }

    /**
     * The pages holding a sentence near-identical to (not equal to) this key, in page order, read
     * once per key: whether a posting's sentence is near-identical depends on the two keys only,
     * so the pages other than a that page a's sentence finds are these without a.
     */
    private List<Integer> nearPages(Key key) {
      if (key.near != null) {
        return key.near;
      }
      NearDuplicates.Signature signature = key.signature;
      TreeSet<Integer> found = new TreeSet<>();
      if (signature != null) {
        for (long band : signature.bands()) {
          for (Posting p : postings.getOrDefault(band, List.of())) {
            if (p.key() != key && !found.contains(p.page()) && signature.nearlyEquals(p.key().signature)) {
              found.add(p.page());
            }
          }
        }
      }
      key.near = found.isEmpty() ? List.of() : new ArrayList<>(found);
      return key.near;
    }

    /**
     * Whether pages a and b are versions of one story (a copy, an update, an AMP page): the
     * sentences they share, exactly or nearly, hold at least half the characters of the smaller
     * page. A template is a small part of a page, so two pages that share little more than their
     * template are not versions.
     */
    private boolean isVersion(int a, int b) {
      long pair = ((long) Math.min(a, b) << 32) | Math.max(a, b);
      Boolean known = versions.get(pair);
      if (known != null) {
        return known;
      }
      int small = splits.get(a).chars <= splits.get(b).chars ? a : b;
      int other = small == a ? b : a;
      long shared = 0;
      for (Key key : splits.get(small).distinctKeys) {
        if (splits.get(other).distinctKeys.contains(key) || nearPages(key).contains(other)) {
          shared += key.text.length();
        }
      }
      boolean version = 2 * shared >= splits.get(small).chars && sameHeadline(splits.get(a), splits.get(b));
      versions.put(pair, version);
      return version;
    }

    /**
     * Whether two pages' headlines can name one story: either page has none, or at least half of
     * the distinct words of the shorter headline are in the other. A copy, an AMP page or an update
     * keeps its headline or most of it; two posts whose bodies are mostly one shared block (a bio,
     * a sidebar the cleaner kept) have headlines of their own, and a site name both end with is too
     * small a part of them.
     */
    private static boolean sameHeadline(Split a, Split b) {
      if (a.headlineWords.isEmpty() || b.headlineWords.isEmpty()) {
        return true;
      }
      Set<String> shorter = a.headlineWords.size() <= b.headlineWords.size() ? a.headlineWords : b.headlineWords;
      Set<String> longer = shorter == a.headlineWords ? b.headlineWords : a.headlineWords;
      int shared = 0;
      for (String word : shorter) {
        shared += longer.contains(word) ? 1 : 0;
      }
      return 2 * shared >= shorter.size();
    }
  }

  /** A sentence key of a page, under one of its band keys. */
  private record Posting(int page, Key key) {}

  /**
   * One distinct sentence key of the outlet's pages, made once however many pages hold it (so two
   * keys are equal exactly when they are the same object): its signature, the pages holding it
   * and, once asked for, the pages holding a near-identical one.
   */
  private static final class Key {
    final String text;
    final NearDuplicates.Signature signature;
    /** The pages holding this key, ascending (filled by the {@link Index}). */
    final List<Integer> pages = new ArrayList<>();
    /** Memo: the pages holding a near-identical, different key, ascending. */
    List<Integer> near;

    Key(String text) {
      this.text = text;
      this.signature = NearDuplicates.of(text);
    }
  }

  /**
   * The normalised form under which two sentences are the same: NFKC, lower case, and every run of
   * characters other than letters and digits one space ("white-label" = "white label", a final
   * period or not). Read by hand; {@code SentenceKeysTest} holds the expression it equals.
   */
  static String key(String sentence) {
    String n = sentence;
    boolean ascii = true;
    for (int i = 0; i < sentence.length() && ascii; i++) {
      ascii = sentence.charAt(i) < 0x80;
    }
    if (!ascii) { // ASCII text is its own NFKC form
      n = Normalizer.normalize(sentence, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
    StringBuilder out = new StringBuilder(n.length());
    boolean gap = false;
    int i = 0;
    while (i < n.length()) {
      char c = n.charAt(i);
      if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
          if (gap && out.length() > 0) {
            out.append(' ');
          }
          gap = false;
          out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        } else {
          gap = true;
        }
        i++;
        continue;
      }
      int cp = n.codePointAt(i);
      int count = Character.charCount(cp);
      if (isLetterOrNumber(cp)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(n, i, i + count);
      } else {
        gap = true;
      }
      i += count;
    }
    return out.toString();
  }

  /** Whether the code point is of the general category L or N (what {@code \p{L}} and {@code \p{N}} match). */
  private static boolean isLetterOrNumber(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }


  private static int words(String sentence) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < sentence.length(); i++) {
      boolean letter = Character.isLetterOrDigit(sentence.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /** One page's sentences with their keys, and its distinct keys. */
  private static final class Split {
    final Page page;
    final List<Sentence> sentences;
    final List<Key> keys = new ArrayList<>();
    final Set<Key> distinctKeys = new LinkedHashSet<>();
    /** Characters of the distinct keys. */
    final long chars;
    /** The distinct words of the page's headline, normalised as sentences are; empty without one. */
    final Set<String> headlineWords;

    /** @param known the keys of the outlet's pages split before, by text (this page's are added) */
    Split(Page page, List<Sentence> sentences, Map<String, Key> known) {
      this.page = page;
      this.sentences = sentences;
      long total = 0;
      for (Sentence s : sentences) {
        Key key = known.computeIfAbsent(key(s.text()), Key::new);
        keys.add(key);
        if (distinctKeys.add(key)) {
          total += key.text.length();
        }
      }
      this.chars = total;
      String title = page.title() == null ? "" : key(page.title());
      this.headlineWords = title.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(title.split(" ")));
    }
  }
}
