package io.claimsift.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the i-th synthetic article from a set of source pages: a base page in which some body
 * paragraphs are swapped for paragraphs of other pages and numbers are rewritten, so articles
 * are not exact copies and claims vary as they do across real outlets. The i-th article is the
 * same on every call (seeded by i); thread-safe.
 */
final class ArticleSynthesizer {
  /** Share of body paragraphs replaced by a paragraph of another page. */
  static final double SWAP_RATE = 0.3;
  /**
   * Share of numbers in body paragraphs rewritten with other digits. High, because N articles
   * come from only ~90 pages: each sentence recurs N/90 times, far more often than the same
   * claim recurs across real outlets, and identical copies would make dedup clusters unrealistically large.
   */
  static final double REWRITE_RATE = 0.8;
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final long SEED = 0x5ca1eL;

  private final List<SourcePage> pages;
  private final List<String> paragraphPool;

  ArticleSynthesizer(List<SourcePage> pages) {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no source pages");
    }
    this.pages = List.copyOf(pages);
    List<String> pool = new ArrayList<>();
    for (SourcePage page : pages) {
      page.paragraphs().forEach(span -> pool.add(page.text(span)));
    }
    this.paragraphPool = List.copyOf(pool);
  }

  /** The index-th article; {@code attempt} > 0 gives another variant of the same base page. */
  String article(int index, int attempt) {
    Random random = new Random(SEED ^ (index * 0x9E3779B97F4A7C15L) ^ attempt);
    SourcePage page = pages.get(index % pages.size());
    StringBuilder out = new StringBuilder(page.content().length() + 1024);
    int at = 0;
    for (SourcePage.Span span : page.paragraphs()) {
      out.append(page.content(), at, span.start());
      String paragraph = random.nextDouble() < SWAP_RATE && !paragraphPool.isEmpty()
          ? paragraphPool.get(random.nextInt(paragraphPool.size()))
          : page.text(span);
      out.append(rewriteNumbers(paragraph, random));
      at = span.end();
    }
    out.append(page.content(), at, page.content().length());
    return out.toString();
  }

  /** A paragraph of the pool, for padding a variant that came out identical to an earlier one. */
  String extraParagraph(int index) {
    return paragraphPool.isEmpty() ? "Article " + index + "." : paragraphPool.get(index % paragraphPool.size());
  }

  /** Replaces some digit runs with random digits of the same length (no new leading zero). */
  static String rewriteNumbers(String text, Random random) {
    Matcher digits = DIGITS.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    while (digits.find()) {
      out.append(text, at, digits.start());
      String number = digits.group();
      if (random.nextDouble() < REWRITE_RATE) {
        for (int i = 0; i < number.length(); i++) {
          boolean keepNonZero = i == 0 && number.length() > 1;
          out.append((char) ('0' + (keepNonZero ? 1 + random.nextInt(9) : random.nextInt(10))));
        }
      } else {
        out.append(number);
      }
      at = digits.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
