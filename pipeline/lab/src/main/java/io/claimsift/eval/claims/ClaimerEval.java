package io.claimsift.eval.claims;

import io.claimsift.claims.attribution.Attribution;
import io.claimsift.claims.attribution.AttributionFinder;
import io.claimsift.eval.BinaryCounts;
import io.claimsift.eval.ResultLine;
import io.claimsift.eval.TuneCheckSplit;
import io.claimsift.sentences.Sentence;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Claimer detection on the claim sentences of a NewsClaims JSONL file: {@code RESULT claimer}.
 *
 * <p>For each gold claim sentence the {@link AttributionFinder} (with the document's other
 * sentences as context) names a claimer or none. A named claimer that matches the gold one is a
 * true positive; one that does not match, or where the gold has none, is a false positive; a gold
 * claimer not matched is a false negative (a wrong claimer counts as both). Two matchings:
 * {@code exact} (equal after lower-casing, collapsing spaces, trimming punctuation and
 * dropping a leading "the": "The WHO" = "WHO") and {@code overlap} (at least one shared word other
 * than articles, prepositions and possessives). Prints every claimer that does not overlap, for
 * the {@code tune} half only.
 *
 * <p>Scores all documents, then each half of {@link TuneCheckSplit} keyed by the document id
 * ({@code doc_id}): a document's claims are never split between halves, since its sentences share
 * their claimers. Then one {@code RESULT claimer_case} line per half and case (where the gold
 * claimer is, where the found one is, whether they overlap), the counts failures are classified by.
 * Usage: {@code ClaimerEval <newsclaims.jsonl>}.
 */
public final class ClaimerEval {

  private static final Set<String> FUNCTION_WORDS =
      Set.of("the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "by", "from", "with", "its",
          "their", "his", "her", "s");

  /**
   * Confusion counts under both matchings, and the claims counted by case: where the gold claimer
   * is (in the sentence, outside it, none), where the found one is (own sentence, a neighbour,
   * none) and whether they overlap; the categories the failures are read by.
   */
  record Scores(BinaryCounts exact, BinaryCounts overlap, Map<String, Long> cases) {}

  private ClaimerEval() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: ClaimerEval <newsclaims.jsonl>");
      System.exit(2);
    }
    List<NewsClaimsFile.Document> documents = NewsClaimsFile.read(Path.of(args[0]));
    AttributionFinder finder = AttributionFinder.english();
    List<NewsClaimsFile.Document> tune =
        documents.stream().filter(d -> !TuneCheckSplit.isCheck(d.id())).toList();
    List<NewsClaimsFile.Document> check =
        documents.stream().filter(d -> TuneCheckSplit.isCheck(d.id())).toList();
    PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
    Scores all = evaluate(documents, finder, silent);
    Scores tuneScores = evaluate(tune, finder, System.out);
    Scores checkScores = evaluate(check, finder, silent);
    print("exact", null, all.exact());
    print("overlap", null, all.overlap());
    print("exact", TuneCheckSplit.TUNE, tuneScores.exact());
    print("overlap", TuneCheckSplit.TUNE, tuneScores.overlap());
    print("exact", TuneCheckSplit.CHECK, checkScores.exact());
    print("overlap", TuneCheckSplit.CHECK, checkScores.overlap());
    printCases(TuneCheckSplit.TUNE, tuneScores.cases());
    printCases(TuneCheckSplit.CHECK, checkScores.cases());
  }

  /** Anything that names the claimer of a sentence of a document: the finder, or a scorer. */
  interface Locator {
    Attribution locate(String cleanText, List<Sentence> sentences, int index);
  }

  /** Scores {@code finder} on the claim sentences of {@code documents}; misses go to {@code log}. */
  static Scores evaluate(List<NewsClaimsFile.Document> documents, AttributionFinder finder, PrintStream log) {
    return evaluate(documents, (Locator) finder::locate, log);
  }

  /** Scores {@code finder} on the claim sentences of {@code documents}; misses go to {@code log}. */
  static Scores evaluate(List<NewsClaimsFile.Document> documents, Locator finder, PrintStream log) {
    BinaryCounts exact = BinaryCounts.EMPTY;
    BinaryCounts overlap = BinaryCounts.EMPTY;
    Map<String, Long> cases = new TreeMap<>();
    for (NewsClaimsFile.Document doc : documents) {
      List<NewsClaimsFile.Item> items = doc.items();
      List<Sentence> sentences = items.stream().map(NewsClaimsFile.Item::sentence).toList();
      for (int i = 0; i < items.size(); i++) {
        NewsClaimsFile.Item item = items.get(i);
        if (!item.claim()) {
          continue;
        }
        Attribution found = finder.locate(doc.text(), sentences, i);
        String predicted = found == null ? null : found.text();
        exact = add(exact, predicted, item.claimer(), exactMatch(predicted, item.claimer()));
        boolean overlaps = overlapMatch(predicted, item.claimer());
        overlap = add(overlap, predicted, item.claimer(), overlaps);
        cases.merge(caseOf(item, found, overlaps), 1L, Long::sum);
        if (!overlaps && (predicted != null || item.claimer() != null)) {
          log.printf("%-28s gold %-28s %s| %s%n", predicted, item.claimer(),
              found == null ? "" : found.inSentence() ? "[own] " : "[neighbour] ", item.sentence().text());
        }
      }
    }
    return new Scores(exact, overlap, cases);
  }

  /** "gold=in found=own overlap=yes": the keys of the {@code claimer_case} lines. */
  static String caseOf(NewsClaimsFile.Item item, Attribution found, boolean overlaps) {
    String gold = item.claimer() == null ? "none" : item.claimerInSentence() ? "in" : "out";
    String where = found == null ? "none" : found.inSentence() ? "own" : "neighbour";
    return "gold=" + gold + " found=" + where + " overlap=" + (overlaps ? "yes" : "no");
  }

  private static void printCases(String half, Map<String, Long> cases) {
    cases.forEach((key, count) -> {
      ResultLine line = ResultLine.of("claimer_case").put("half", half);
      for (String pair : key.split(" ")) {
        String[] kv = pair.split("=");
        line.put(kv[0], kv[1]);
      }
      System.out.println(line.put("count", count));
    });
  }

  /** Adds one decision: predicted and matched = TP; predicted otherwise = FP; gold unmatched = FN. */
  static BinaryCounts add(BinaryCounts counts, String predicted, String gold, boolean match) {
    long tp = predicted != null && gold != null && match ? 1 : 0;
    long fp = predicted != null && tp == 0 ? 1 : 0;
    long fn = gold != null && tp == 0 ? 1 : 0;
    long tn = predicted == null && gold == null ? 1 : 0;
    return counts.plus(new BinaryCounts(tp, fp, fn, tn));
  }

  static boolean exactMatch(String predicted, String gold) {
    return predicted != null && gold != null && normalise(predicted).equals(normalise(gold));
  }

  static boolean overlapMatch(String predicted, String gold) {
    if (predicted == null || gold == null) {
      return false;
    }
    Set<String> goldWords = Set.copyOf(contentWords(gold));
    return contentWords(predicted).stream().anyMatch(goldWords::contains);
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "")
        .replaceFirst("^the ", "");
  }

  private static List<String> contentWords(String s) {
    return Arrays.stream(normalise(s).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty() && !FUNCTION_WORDS.contains(w))
        .toList();
  }

  private static void print(String match, String half, BinaryCounts c) {
    ResultLine line = ResultLine.of("claimer")
        .put("f1", c.f1()).put("precision", c.precision()).put("recall", c.recall()).put("match", match);
    System.out.println(half == null ? line : line.put("half", half));
  }
}
