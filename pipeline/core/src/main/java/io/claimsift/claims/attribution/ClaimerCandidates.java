package io.claimsift.claims.attribution;

import io.claimsift.lexicon.ReportingWords;
import io.claimsift.sentences.Sentence;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The possible claimers of one claim sentence, each with the named features {@link io.claimsift.linear.LogisticModel}
 * weighs: the rules' own answer, the source each of the {@value #WINDOW} sentences before and after
 * names, the capitalised run that opens the claim sentence, and the document's most frequent
 * speakers wherever they are.
 *
 * <p>Candidates with the same words (case and a leading "the" aside) are merged: their features are
 * pooled and the span kept is the first one met, in the order above (the rules' answer, then the
 * closest sentence). Immutable and thread-safe; the sources of a document's sentences are computed
 * once per document and thread (see {@link #DOCUMENTS}), so an article costs time linear in its length.
 */
public final class ClaimerCandidates {

  /** How many sentences before and after the claim sentence give their source as a candidate. */
  static final int WINDOW = 3;
  /** How many of the document's most frequent speakers are candidates wherever they are named. */
  static final int TOP_SPEAKERS = 2;

  private static final Set<String> SOURCE_NOUNS = Set.copyOf(ReportingWords.sourceNouns());
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "they");
  private static final Set<String> PREPOSITIONS =
      Set.of("in", "on", "at", "by", "of", "from", "with", "to", "for", "into", "about", "than", "like", "against");
  private static final Set<String> DETERMINERS_OR_VERBS = Set.of("according", "per", "says", "said", "that", "and");
  private static final Set<String> AUXILIARIES =
      Set.of("has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "does", "do", "did");
  private static final HedgeDetector HEDGES = HedgeDetector.english();

  /** A candidate claimer and its features. */
  public record Candidate(Attribution attribution, List<String> features) {}

  private final AttributionFinder finder;

  public ClaimerCandidates(AttributionFinder finder) {
    this.finder = finder;
  }

  /** The candidates for {@code sentences.get(index)}, the rules' answer first when there is one. */
  public List<Candidate> of(String cleanText, List<Sentence> sentences, int index) {
    Document doc = DOCUMENTS.get().of(finder, cleanText, sentences);
    Map<String, Pooled> byKey = new LinkedHashMap<>();
    Attribution rule = finder.locate(cleanText, sentences, index);
    if (rule != null) {
      pool(byKey, cleanText, sentenceAt(sentences, rule.start()), rule, rule.inSentence() ? "src=rule_own" : "src=rule_neighbour", 0);
    }
    for (int d = 0; d <= WINDOW; d++) {
      for (int k : d == 0 ? new int[] {index} : new int[] {index - d, index + d}) {
        if (k >= 0 && k < sentences.size() && doc.spans[k] != null) {
          Attribution a = AttributionFinder.at(sentences.get(k), doc.spans[k], k == index);
          pool(byKey, cleanText, sentences.get(k), AttributionFinder.fullName(cleanText, sentences.get(index), a), "src=span", k - index);
        }
      }
    }
    Sentence own = sentences.get(index);
    AttributionFinder.Span run = AttributionFinder.openingRun(own.text());
    if (run != null) {
      pool(byKey, cleanText, own, AttributionFinder.at(own, run, true), "src=opening", 0);
    }
    for (AttributionFinder.Span phrase : AttributionFinder.sourcePhrases(own.text())) {
      pool(byKey, cleanText, own, AttributionFinder.at(own, phrase, true), "src=phrase", 0);
    }
    for (int rank = 0; rank < doc.topSpeakers.size(); rank++) {
      int k = nearest(doc, doc.topSpeakers.get(rank), index);
      Attribution a = AttributionFinder.at(sentences.get(k), doc.spans[k], k == index);
      pool(byKey, cleanText, sentences.get(k), a, "src=speaker" + rank, k - index);
    }
    List<String> context = context(own.text(), sentences, index, rule);
    List<Candidate> out = new ArrayList<>();
    for (Pooled p : byKey.values()) {
      out.add(new Candidate(p.attribution, features(p, doc, context)));
    }
    return out;
  }

  /** The claim sentence's own features, shared by all its candidates. */
  private List<String> context(String text, List<Sentence> sentences, int index, Attribution rule) {
    List<String> c = new ArrayList<>();
    c.add(rule == null ? "rule=none" : rule.inSentence() ? "rule=own" : "rule=neighbour");
    if (HEDGES.isHedged(text)) {
      c.add("claim_hedged");
    }
    boolean quoted = AttributionFinder.isQuotationFragment(text) || AttributionFinder.opensInsideQuotation(sentences, index);
    c.add(quoted ? "claim_quoted" : text.matches("(?s).*[\"“”].*") ? "claim_quotes" : "claim_plain");
    if (finder.reportsThroughPronoun(text)) {
      c.add("claim_pronoun_report");
    }
    if (index == 0 || AttributionFinder.isHeadline(text)) {
      c.add("claim_headline");
    }
    return c;
  }

  private static List<String> features(Pooled p, Document doc, List<String> context) {
    Set<String> f = new TreeSet<>(p.sources);
    f.addAll(p.surroundings);
    String dist = distance(p.distance);
    f.add("dist=" + dist);
    int speaks = doc.counts.getOrDefault(p.key, 0);
    f.add("speaks=" + Math.min(speaks, 3));
    f.add("shape=" + shape(p.attribution.text()));
    int words = p.attribution.text().split("\\s+").length;
    f.add("words=" + Math.min(words, 4));
    for (String c : context) {
      f.add(c);
      f.add(c + "&dist=" + dist);
    }
    for (String s : p.sources) {
      f.add(s + "&dist=" + dist);
      f.add(s + "&" + context.get(0));
    }
    return List.copyOf(f);
  }

  /** The sentence of {@code sentences} that holds offset {@code at} (the first one on no match). */
  private static Sentence sentenceAt(List<Sentence> sentences, int at) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).start() <= at) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return sentences.get(lo);
  }

  /**
   * The span's surroundings in its sentence: the word before ("prev=by", "prev=start"...), the
   * word after ("next=verb" for a reporting verb, "next=lower", "next=comma"...) and its position.
   */
  private List<String> surroundings(Sentence s, Attribution a) {
    int from = a.start() - s.start();
    int to = a.end() - s.start();
    if (from < 0 || to > s.text().length()) {
      return List.of();
    }
    String before = s.text().substring(0, from).strip();
    String after = s.text().substring(to).strip();
    String prevWord = before.replaceAll("(?s).*?([\\p{L}]+)$", "$1").toLowerCase(Locale.ROOT);
    String prev = before.isEmpty() ? "start" : !Character.isLetter(before.charAt(before.length() - 1))
        ? "punct" : PREPOSITIONS.contains(prevWord) ? "prep_" + prevWord : DETERMINERS_OR_VERBS.contains(prevWord) ? prevWord : "word";
    String nextWord = after.replaceAll("(?s)^([\\p{L}]+).*", "$1");
    String next = after.isEmpty() ? "end" : after.charAt(0) == ',' ? "comma" : after.charAt(0) == ':' ? "colon"
        : !Character.isLetter(after.charAt(0)) ? "punct" : finder.isReportingVerb(nextWord) ? "verb"
        : Character.isUpperCase(nextWord.charAt(0)) ? "upper" : AUXILIARIES.contains(nextWord) ? "aux" : "lower";
    String position = from * 3 < s.text().length() ? "early" : from * 3 < 2 * s.text().length() ? "middle" : "late";
    return List.of("prev=" + prev, "next=" + next, "pos=" + position, "prev=" + prev + "&next=" + next);
  }

  /** "0", "-1".."-3", "+1".."+3", "far-" or "far+": where the candidate is named, from the claim. */
  private static String distance(int d) {
    if (Math.abs(d) > WINDOW) {
      return d < 0 ? "far-" : "far+";
    }
    return d > 0 ? "+" + d : Integer.toString(d);
  }

  /** "acronym", "name" (every word capitalised), "source" (a source noun head), "mixed" or "lower". */
  static String shape(String text) {
    String[] words = text.strip().split("\\s+");
    String head = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (words.length == 1 && text.length() > 1 && text.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.')) {
      return "acronym";
    }
    if (PERSON_PRONOUNS.contains(head)) {
      return "pronoun";
    }
    boolean allCaps = true;
    boolean anyCaps = false;
    for (String w : words) {
      boolean cap = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      allCaps &= cap || w.equals("of") || w.equals("and") || w.equals("for") || w.equals("the");
      anyCaps |= cap;
    }
    if (SOURCE_NOUNS.contains(head)) {
      return anyCaps ? "source_named" : "source";
    }
    return allCaps ? "name" : anyCaps ? "mixed" : "lower";
  }

  private void pool(Map<String, Pooled> byKey, String cleanText, Sentence in, Attribution a, String source, int distance) {
    Pooled p = byKey.computeIfAbsent(key(a.text()), k -> {
      Pooled fresh = new Pooled(k, a, distance);
      fresh.surroundings.addAll(surroundings(in, a));
      return fresh;
    });
    p.sources.add(source);
    if (Math.abs(distance) < Math.abs(p.distance)) {
      p.distance = distance;
    }
  }

  /** Lower case, single spaces, no leading "the" nor trailing punctuation: "The WHO" = "WHO". */
  static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "")
        .replaceFirst("^the ", "");
  }

  /** The sentence naming {@code key} closest to {@code index}, the earlier one on a tie. */
  private static int nearest(Document doc, String key, int index) {
    int[] at = doc.positions.get(key);
    int i = Arrays.binarySearch(at, index);
    if (i >= 0) {
      return at[i];
    }
    int after = -i - 1;
    if (after == 0) {
      return at[0];
    }
    if (after == at.length) {
      return at[at.length - 1];
    }
    return index - at[after - 1] <= at[after] - index ? at[after - 1] : at[after];
  }

  /** Candidates of the same words, merged. */
  private static final class Pooled {
    final String key;
    final Attribution attribution;
    final Set<String> sources = new TreeSet<>();
    /** Where the first span sits in its sentence: the words around it, its position. */
    final List<String> surroundings = new ArrayList<>();
    int distance;

    Pooled(String key, Attribution attribution, int distance) {
      this.key = key;
      this.attribution = attribution;
      this.distance = distance;
    }
  }

  /** Per sentence of a document, the source it names (or null), and who speaks most often. */
  private static final class Document {
    final AttributionFinder.Span[] spans;
    final String[] keys;
    final Map<String, Integer> counts = new HashMap<>();
    final List<String> topSpeakers = new ArrayList<>();
    /** For each top speaker, the indices of the sentences naming it, ascending. */
    final Map<String, int[]> positions = new HashMap<>();

    Document(AttributionFinder finder, List<Sentence> sentences) {
      spans = new AttributionFinder.Span[sentences.size()];
      keys = new String[sentences.size()];
      Map<String, Integer> firstSeen = new HashMap<>();
      for (int k = 0; k < spans.length; k++) {
        String text = sentences.get(k).text();
        spans[k] = finder.span(text);
        if (spans[k] != null) {
          keys[k] = key(text.substring(spans[k].start(), spans[k].end()));
          counts.merge(keys[k], 1, Integer::sum);
          firstSeen.putIfAbsent(keys[k], k);
        }
      }
      // most frequent first, then the one named first: a total order, so reruns agree
      counts.entrySet().stream()
          .filter(e -> e.getValue() >= 2)
          .sorted((a, b) -> a.getValue().equals(b.getValue())
              ? Integer.compare(firstSeen.get(a.getKey()), firstSeen.get(b.getKey()))
              : Integer.compare(b.getValue(), a.getValue()))
          .limit(TOP_SPEAKERS)
          .forEach(e -> topSpeakers.add(e.getKey()));
      for (String speaker : topSpeakers) {
        positions.put(speaker, IntStream.range(0, keys.length)
            .filter(k -> speaker.equals(keys[k])).toArray());
      }
    }
  }

  /**
   * Per worker thread, the last document read: the pipeline asks for the candidates of each claim
   * sentence of an article in turn, so each article's sentences are read once. The text and the
   * sentence list are held weakly and compared by identity, so the cache never keeps an article
   * alive nor mixes two.
   */
  private static final ThreadLocal<LastDocument> DOCUMENTS = ThreadLocal.withInitial(LastDocument::new);

  /** The cache behind {@link #DOCUMENTS}, for one thread. */
  private static final class LastDocument {
    private WeakReference<String> text = new WeakReference<>(null);
    private WeakReference<List<Sentence>> sentences = new WeakReference<>(null);
    private Document document;

    Document of(AttributionFinder finder, String currentText, List<Sentence> currentSentences) {
      if (text.get() != currentText || sentences.get() != currentSentences) {
        text = new WeakReference<>(currentText);
        sentences = new WeakReference<>(currentSentences);
        document = new Document(finder, currentSentences);
      }
      return document;
    }
  }
}
