package io.claimsift.eval.extraction;

import io.claimsift.clean.RegionReplay.Paragraph;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fixed vector of cheap, general features of the two front ends' bodies of one HTML page, for
 * {@link TrainFrontEndChoice}: letters and sentence-like letters of each body, paragraph counts
 * and mean lengths, the share of paragraphs ending like a sentence, link density and the share
 * the markup hints is article text (HTML), how much of the rendered page each body covers, where
 * the text body starts, how much of each body the other keeps too, and the same measures of the
 * part only one front end keeps. No word lists, nothing naming a site. Paragraphs are matched by
 * their text.
 */
final class FrontEndFeatures {

  /** The features, in the order of {@link #of}. */
  static final List<String> NAMES = List.of(
      "html_letters", "html_sentence_letters", "html_sentence_share", "html_link_density",
      "html_paragraphs", "html_mean_paragraph", "html_sentence_ends", "html_page_share",
      "html_main_share",
      "text_letters", "text_sentence_letters", "text_sentence_share", "text_paragraphs",
      "text_mean_paragraph", "text_sentence_ends", "text_page_share", "text_start",
      "text_outside_html", "text_link_density",
      "letter_ratio", "sentence_ratio", "text_shared", "html_shared",
      "html_only_link_density", "html_only_sentence_share", "html_only_main_share",
      "html_only_after", "html_only_before", "text_only_sentence_share", "text_only_before");

  /** Index of {@code html_sentence_letters} (log1p of the sanity check's own count). */
  static final int HTML_SENTENCE_LETTERS = 1;

  private FrontEndFeatures() {}

  /** The kept paragraphs of one body, summed. */
  private static final class Side {
    final int sentenceParagraphLetters;
    long letters;
    long sentenceLetters;
    long paragraphs;
    long sentenceEnds;
    long mainLetters;
    double links;

    Side(int sentenceParagraphLetters) {
      this.sentenceParagraphLetters = sentenceParagraphLetters;
    }

    void add(Paragraph p) {
      letters += p.letters();
      paragraphs++;
      if (p.sentenceEnd()) {
        sentenceEnds++;
        if (p.letters() >= sentenceParagraphLetters) {
          sentenceLetters += p.letters();
        }
      }
      if (p.inMain()) {
        mainLetters += p.letters();
      }
      links += p.linkDensity() * p.letters();
    }
  }

  /**
   * The features of a page.
   *
   * @param html the HTML front end's paragraphs ({@link Paragraph#kept}: its body)
   * @param rendered the rendered paragraphs ({@link Paragraph#kept}: the text front end's body)
   * @param sentenceParagraphLetters the shortest paragraph that counts as sentence-like (the
   *     sanity check's)
   */
  static double[] of(List<Paragraph> html, List<Paragraph> rendered,
      int sentenceParagraphLetters) {
    Side h = new Side(sentenceParagraphLetters);
    Map<String, Double> linkDensity = new HashMap<>();
    Set<String> htmlKept = new HashSet<>();
    for (Paragraph p : html) {
      linkDensity.putIfAbsent(p.text(), p.linkDensity());
      if (p.kept()) {
        h.add(p);
        htmlKept.add(p.text());
      }
    }
    Side t = new Side(sentenceParagraphLetters);
    Side textOnly = new Side(sentenceParagraphLetters);
    Set<String> textKept = new HashSet<>();
    long pageLetters = 0;
    long textStart = -1;
    long textOutside = 0;
    long textShared = 0;
    long matchedLetters = 0;
    double matchedLinks = 0;
    long textOnlyBefore = 0;
    boolean sharedSeen = false;
    for (Paragraph p : rendered) {
      if (p.kept()) {
        if (textStart < 0) {
          textStart = pageLetters;
        }
        t.add(p);
        textKept.add(p.text());
        Double ld = linkDensity.get(p.text());
        if (ld == null) {
          textOutside += p.letters();
        } else {
          matchedLetters += p.letters();
          matchedLinks += ld * p.letters();
        }
        if (htmlKept.contains(p.text())) {
          textShared += p.letters();
          sharedSeen = true;
        } else {
          textOnly.add(p);
          if (!sharedSeen) {
            textOnlyBefore += p.letters();
          }
        }
      }
      pageLetters += p.letters();
    }
    long htmlShared = 0;
    int firstShared = -1;
    int lastShared = -1;
    for (int i = 0; i < html.size(); i++) {
      Paragraph p = html.get(i);
      if (p.kept() && textKept.contains(p.text())) {
        htmlShared += p.letters();
        lastShared = i;
        if (firstShared < 0) {
          firstShared = i;
        }
      }
    }
    Side htmlOnly = new Side(sentenceParagraphLetters);
    long htmlOnlyAfter = 0;
    long htmlOnlyBefore = 0;
    for (int i = 0; i < html.size(); i++) {
      Paragraph p = html.get(i);
      if (p.kept() && !textKept.contains(p.text())) {
        htmlOnly.add(p);
        htmlOnlyAfter += i > lastShared ? p.letters() : 0;
        htmlOnlyBefore += i < firstShared ? p.letters() : 0;
      }
    }
    double page = Math.max(1, pageLetters);
    return new double[] {
        Math.log1p(h.letters),
        Math.log1p(h.sentenceLetters),
        share(h.sentenceLetters, h.letters),
        h.letters == 0 ? 0 : h.links / h.letters,
        Math.log1p(h.paragraphs),
        Math.log1p(h.paragraphs == 0 ? 0 : (double) h.letters / h.paragraphs),
        share(h.sentenceEnds, h.paragraphs),
        Math.min(1, h.letters / page),
        share(h.mainLetters, h.letters),
        Math.log1p(t.letters),
        Math.log1p(t.sentenceLetters),
        share(t.sentenceLetters, t.letters),
        Math.log1p(t.paragraphs),
        Math.log1p(t.paragraphs == 0 ? 0 : (double) t.letters / t.paragraphs),
        share(t.sentenceEnds, t.paragraphs),
        t.letters / page,
        textStart < 0 ? 1 : textStart / page,
        share(textOutside, t.letters),
        matchedLetters == 0 ? 0 : matchedLinks / matchedLetters,
        Math.log((t.letters + 1.0) / (h.letters + 1.0)),
        Math.log((t.sentenceLetters + 1.0) / (h.sentenceLetters + 1.0)),
        share(textShared, t.letters),
        share(htmlShared, h.letters),
        htmlOnly.letters == 0 ? 0 : htmlOnly.links / htmlOnly.letters,
        share(htmlOnly.sentenceLetters, htmlOnly.letters),
        share(htmlOnly.mainLetters, htmlOnly.letters),
        share(htmlOnlyAfter, htmlOnly.letters),
        share(htmlOnlyBefore, htmlOnly.letters),
        share(textOnly.sentenceLetters, textOnly.letters),
        share(textOnlyBefore, textOnly.letters)};
  }

  /** The sanity check's count of sentence-like letters, read back from a feature vector. */
  static long htmlSentenceLetters(double[] features) {
    return Math.round(Math.expm1(features[HTML_SENTENCE_LETTERS]));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
