package io.claimsift.outlets;

import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the template text of one outlet: sentences that the site repeats on pages whose bodies
 * otherwise differ (sidebar teasers, newsletter prompts, disclaimers, bios), and that lie outside
 * the page's own prose.
 *
 * <p>The rule, for a sentence of page A (docs/outlets.md):
 * <ol>
 *   <li>it is <em>repeated</em> when another page B of the same outlet holds the same normalised
 *       sentence (Unicode NFKC, lower case, punctuation and spacing ignored) and B is not a version of A:
 *       two pages are versions of one story (a copy, an update, an AMP page) when the sentences
 *       they share hold at least half of the characters of the smaller one (its distinct
 *       sentences, normalised);
 *   <li>a sentence of at least {@value #MIN_PROSE_WORDS} words that is not repeated is the page's
 *       <em>own prose</em>; the page's own prose spans from its first to its last own sentence;
 *   <li>a repeated sentence <em>outside</em> that span (before the first or after the last own
 *       sentence) is template text. A repeated sentence inside it, such as a background sentence
 *       the site reuses in its running prose, is kept; a page with no own prose keeps everything.
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
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** A page of the outlet: its article id and clean text. */
  public record Page(String articleId, String cleanText) {}

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
    List<Split> splits = new ArrayList<>();
    pages.stream().sorted(Comparator.comparing(Page::articleId))
        .forEach(p -> splits.add(new Split(p, splitter.split(p.cleanText()))));
    if (splits.size() < 2) {
      return List.of();
    }
    Map<String, List<Integer>> pagesOfKey = new HashMap<>();
    for (int i = 0; i < splits.size(); i++) {
      for (String key : splits.get(i).distinctKeys) {
        pagesOfKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Map<Long, Boolean> versions = new HashMap<>();
    List<Template> templates = new ArrayList<>();
    for (int a = 0; a < splits.size(); a++) {
      Split page = splits.get(a);
      boolean[] repeated = new boolean[page.sentences.size()];
      int firstOwn = -1;
      int lastOwn = -1;
      for (int s = 0; s < repeated.length; s++) {
        repeated[s] = hasWitness(a, page.keys.get(s), splits, pagesOfKey, versions);
        if (!repeated[s] && words(page.sentences.get(s).text()) >= MIN_PROSE_WORDS) {
          firstOwn = firstOwn < 0 ? s : firstOwn;
          lastOwn = s;
        }
      }
      if (firstOwn < 0) {
        continue; // no prose of its own: a copy of other pages, which keeps everything
      }
      for (int s = 0; s < repeated.length; s++) {
        if (repeated[s] && (s < firstOwn || s > lastOwn)) {
          Sentence sentence = page.sentences.get(s);
          templates.add(new Template(page.page.articleId(), sentence.start(), sentence.end(), sentence.text()));
        }
      }
    }
    return templates;
  }

  private static boolean hasWitness(int a, String key, List<Split> splits, Map<String, List<Integer>> pagesOfKey,
      Map<Long, Boolean> versions) {
    if (key.isEmpty()) {
      return false; // punctuation only: nothing to repeat
    }
    int checked = 0;
    for (int b : pagesOfKey.get(key)) {
      if (b == a) {
        continue;
      }
      if (!isVersion(a, b, splits, versions)) {
        return true;
      }
      if (++checked >= MAX_WITNESSES) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether pages a and b are versions of one story (a copy, an update, an AMP page): the sentences
   * they share hold at least half the characters of the smaller page. A template is a small part
   * of a page, so two pages that share little more than their template are not versions.
   */
  private static boolean isVersion(int a, int b, List<Split> splits, Map<Long, Boolean> cache) {
    long pair = ((long) Math.min(a, b) << 32) | Math.max(a, b);
    return cache.computeIfAbsent(pair, k -> {
      Split x = splits.get(a);
      Split y = splits.get(b);
      Split small = x.chars <= y.chars ? x : y;
      Split other = small == x ? y : x;
      long shared = 0;
      for (String key : small.distinctKeys) {
        if (other.distinctKeys.contains(key)) {
          shared += key.length();
        }
      }
      return 2 * shared >= small.chars;
    });
  }

  /**
   * The normalised form under which two sentences are the same: NFKC, lower case, and every run of
   * characters other than letters and digits one space ("white-label" = "white label", a final
   * period or not).
   */
  static String key(String sentence) {
    String n = Normalizer.normalize(sentence, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(n).replaceAll(" ").strip();
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
    final List<String> keys = new ArrayList<>();
    final Set<String> distinctKeys = new LinkedHashSet<>();
    /** Characters of the distinct keys. */
    final long chars;

    Split(Page page, List<Sentence> sentences) {
      this.page = page;
      this.sentences = sentences;
      long total = 0;
      for (Sentence s : sentences) {
        String key = key(s.text());
        keys.add(key);
        if (distinctKeys.add(key)) {
          total += key.length();
        }
      }
      this.chars = total;
    }
  }
}
