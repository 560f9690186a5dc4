package io.claimsift.eval.quantities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.claims.quantities.QuantityExtractor;
import io.claimsift.claims.quantities.QuantityKind;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.eval.ResultLine;
import io.claimsift.eval.TuneCheckSplit;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code NewsQuantityProbe <eval folder>}: a precision and coverage probe of the quantity extractor
 * on real news sentences, without gold. It reads the article bodies of the extraction DEV pages
 * ({@code extraction/dev/ground-truth.json}, split into sentences as the pipeline splits them) and
 * the sentences of the two NewsClaims DEV files, and counts, per {@link TuneCheckSplit} half (by
 * sentence id), the quantities found and the ones a simple audit flags as suspect: a bare year,
 * a number in a name (after a capitalised word), a reference mark ("[47]", "(10, 11)"), a list item's number ("14. Plan meals"), a time of day, a
 * phone-like code, a page or section number, a sports score; and, as missed, number words and fractions that no quantity covers. Count
 * units of more than one word are flagged as unclean units. The names audit counts, apart from
 * the flags, every quantity whose first digit follows or glues to a token with a capital
 * ({@code next_to_capital}). Flagged cases are printed for {@code
 * tune} only ({@code TUNE <flag> <sentence id> ...}); {@code check} is read as figures.
 *
 * <p>The audit is a heuristic: its flags are what to look at, not errors for sure (a "1990" may be a
 * count, "half" may not be a quantity), so the figures compare versions of the extractor, never
 * against a gold standard.
 */
public final class NewsQuantityProbe {

  private static final QuantityExtractor QUANTITIES = QuantityExtractor.english();
  private static final SentenceSplitter SPLITTER = SentenceSplitter.english();
  private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
  private static final Pattern TIME_AFTER = Pattern.compile("^(?:\\s?(?i:[ap]\\.?m\\b\\.?)|:\\d\\d)");
  private static final Pattern PHONE = Pattern.compile("\\d{3}[-. ]\\d{3}[-. ]\\d{4}|\\d{3}-\\d{4}");
  private static final Pattern SECTION_BEFORE =
      Pattern.compile("(?i)(?:page|section|article|chapter|rule|paragraph|no\\.|number|#|episode|season|route|room|line|flight|verse|item)\\s*$");
  private static final Pattern SCORE_BEFORE =
      Pattern.compile("(?i)(?:won|beat|beats|lost|defeated|drew|draw|win|victory|loss|score[ds]?|led|trailed)\\s+(?:\\p{L}+\\s+){0,3}$");
  private static final Pattern BRACKETED = Pattern.compile("\\p{Ll} \\(\\d{1,3}(?:, ?\\d{1,3})*\\)");
  private static final Pattern BRACKETED_AROUND = Pattern.compile("\\((?:\\d{1,3}, ?)*$");
  private static final Pattern CAPITALISED_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}\\-&]*\\s$");
  /** Number words and fractions that state an amount on their own or with a noun. */
  private static final Pattern NUMBER_WORD =
      Pattern.compile(
          "(?i)\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
              + "|hundred|thousand|million|billion|trillion|dozens?|hundreds|thousands|millions|billions|half|third|thirds|quarter|quarters"
              + "|percent|per cent)\\b|[½⅓⅔¼¾]|(?<![\\p{L}\\d\\[-])\\d+(?:[.,]\\d+)*(?![\\p{L}\\d\\]])");
  private static final int EXAMPLES_PER_FLAG = 40;

  private NewsQuantityProbe() {}

  /** One sentence of the probe, with a stable id. */
  record ProbeSentence(String id, String text) {}

  /** Counts of one half. */
  private static final class Tally {
    long sentences;
    long quantities;
    final Map<String, Long> flags = new TreeMap<>();
    final Map<String, Long> kinds = new TreeMap<>();
    /** Quantities whose first digit follows or glues to a token with a capital (the names audit). */
    long nextToCapital;
    /** Quantities with a bound other than {@code =}, and with a change (the CQE fields beside the value). */
    long bounded;
    long changed;

    void flag(String name) {
      flags.merge(name, 1L, Long::sum);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: NewsQuantityProbe <eval folder, e.g. ../shared/eval> [tune quantities file]");
      System.exit(2);
    }
    run(Path.of(args[0]), System.out);
    if (args.length == 2) {
      writeTuneQuantities(Path.of(args[0]), Path.of(args[1]));
    }
  }

  /**
   * Writes every quantity found in the {@code tune} sentences, one line each ({@code <sentence id>
   * <quantity> | <sentence>}), so that two versions of the extractor can be compared with
   * {@code diff}; {@code check} sentences are never written.
   */
  static void writeTuneQuantities(Path eval, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (ProbeSentence p : sentences(eval)) {
      if (!TuneCheckSplit.isCheck(p.id())) {
        List<QuantityMention> found = QUANTITIES.extract(p.text());
        lines.add(p.id() + "\t" + found.stream().map(NewsQuantityProbe::describe).toList() + " | " + p.text());
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** Reads the probe sentences under {@code eval}, prints tune examples and the RESULT lines. */
  static void run(Path eval, PrintStream out) throws IOException {
    List<ProbeSentence> sentences = sentences(eval);
    Tally[] halves = {new Tally(), new Tally()};
    Map<String, Integer> shown = new TreeMap<>();
    Map<String, Long> tuneUnits = new TreeMap<>();
    for (ProbeSentence p : sentences) {
      boolean check = TuneCheckSplit.isCheck(p.id());
      Tally t = halves[check ? 1 : 0];
      t.sentences++;
      List<QuantityMention> found = QUANTITIES.extract(p.text());
      t.quantities += found.size();
      List<String> flags = new ArrayList<>();
      for (QuantityMention q : found) {
        t.kinds.merge(q.kind().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
        t.bounded += q.bound().equals("=") ? 0 : 1;
        t.changed += q.change() == null ? 0 : 1;
        String flag = suspect(p.text(), q);
        if (flag != null) {
          flags.add(flag + "\t" + describe(q));
        }
        String word = capitalisedTokenBefore(p.text(), q);
        if (word != null) {
          t.nextToCapital++;
          if (!check) {
            out.println("TUNE next_to_capital " + p.id() + " " + word + " " + describe(q) + " | " + p.text());
          }
        }
        if (!check && q.kind() == QuantityKind.COUNT) {
          tuneUnits.merge(q.unit(), 1L, Long::sum);
        }
      }
      Matcher w = NUMBER_WORD.matcher(p.text());
      while (w.find()) {
        int s = w.start();
        int e = w.end();
        if (found.stream().noneMatch(q -> q.start() < e && s < q.end()) && !YEAR.matcher(w.group()).matches()) {
          flags.add((Character.isDigit(p.text().charAt(s)) ? "missed_digits" : "missed_word") + "\t" + p.text().substring(s, e));
        }
      }
      for (String f : flags) {
        String name = f.substring(0, f.indexOf('\t'));
        t.flag(name);
        if (!check && shown.merge(name, 1, Integer::sum) <= EXAMPLES_PER_FLAG) {
          out.println("TUNE " + name + " " + p.id() + " " + f.substring(f.indexOf('\t') + 1) + " | " + p.text());
        }
      }
    }
    tuneUnits.entrySet().stream()
        .sorted((a, b) -> b.getValue() != a.getValue().longValue() ? Long.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()))
        .limit(60)
        .forEach(e -> out.println("TUNE unit " + e.getValue() + " " + e.getKey()));
    print(out, TuneCheckSplit.TUNE, halves[0]);
    print(out, TuneCheckSplit.CHECK, halves[1]);
  }

  private static void print(PrintStream out, String half, Tally t) {
    ResultLine line = ResultLine.of("quantities-news-probe").put("half", half).put("sentences", t.sentences)
        .put("quantities", t.quantities)
        .put("per_100_sentences", t.sentences == 0 ? 0.0 : 100.0 * t.quantities / t.sentences);
    t.kinds.forEach(line::put);
    long suspect = t.flags.entrySet().stream().filter(e -> !e.getKey().startsWith("missed")).mapToLong(Map.Entry::getValue).sum();
    line.put("flagged", suspect).put("flagged_share", t.quantities == 0 ? 0.0 : (double) suspect / t.quantities);
    t.flags.forEach(line::put);
    line.put("next_to_capital", t.nextToCapital).put("bounded", t.bounded).put("changed", t.changed);
    out.println(line);
  }

  /**
   * The names audit: the token right before the quantity's first digit, after one space (ending
   * in a letter or digit, so not "Green," or "US:") or glued to it ("iPhone 11", "A350", "Opelka 7-6", a sentence's "The 55-year-old"), when it has a capital
   * letter; null otherwise. Every such quantity is printed for {@code tune}, to be sorted by hand
   * into names and amounts.
   */
  static String capitalisedTokenBefore(String s, QuantityMention q) {
    int digit = q.start();
    while (digit < q.end() && !Character.isDigit(s.charAt(digit))) {
      digit++;
    }
    if (digit == q.end()) {
      return null;
    }
    int end = digit > 0 && s.charAt(digit - 1) == ' ' ? digit - 1 : digit;
    int start = end;
    while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
      start--;
    }
    String token = s.substring(start, end);
    boolean joined = !token.isEmpty() && (end == digit || Character.isLetterOrDigit(token.charAt(token.length() - 1)));
    return joined && token.chars().anyMatch(Character::isUpperCase) ? token : null;
  }

  /** The audit's name for a quantity that looks like no amount, or null. */
  static String suspect(String s, QuantityMention q) {
    String before = s.substring(Math.max(0, q.start() - 30), q.start());
    String after = s.substring(q.end(), Math.min(s.length(), q.end() + 8));
    boolean bare = q.kind() == QuantityKind.NUMBER || q.kind() == QuantityKind.COUNT;
    if (bare && YEAR.matcher(q.text()).matches()) {
      return "year";
    }
    if (q.start() > 0 && s.charAt(q.start() - 1) == '[' && q.end() < s.length() && s.charAt(q.end()) == ']') {
      return "citation";
    }
    if (bare && BRACKETED.matcher(s.substring(Math.max(0, q.start() - 20), Math.min(s.length(), q.end() + 20))).find()
        && BRACKETED_AROUND.matcher(before).find()) {
      return "bracket_ref";
    }
    if (bare && s.substring(0, q.start()).isBlank() && after.matches("^[.)] \\p{Lu}.*")) {
      return "list_marker";
    }
    if (TIME_AFTER.matcher(after).find()) {
      return "time";
    }
    if (PHONE.matcher(s.substring(q.start(), Math.min(s.length(), q.start() + 14))).lookingAt()) {
      return "phone";
    }
    if (bare && SECTION_BEFORE.matcher(before).find()) {
      return "section";
    }
    if (bare && q.high() != null && SCORE_BEFORE.matcher(before).find()) {
      return "score";
    }
    if (bare && CAPITALISED_BEFORE.matcher(before).find() && !Character.isLetter(q.text().charAt(0))) {
      return "after_name";
    }
    if (q.kind() == QuantityKind.COUNT && q.unit() != null && q.unit().contains(" ") && !q.unit().matches("\\S+ per \\S+")) {
      return "multiword_unit";
    }
    return null;
  }

  private static String describe(QuantityMention q) {
    return "'" + q.text() + "' " + q.kind().name().toLowerCase(Locale.ROOT) + " " + q.normalizedValue()
        + (q.unit() == null ? "" : " [" + q.unit() + "]") + (q.bound().equals("=") ? "" : " " + q.bound())
        + (q.change() == null ? "" : " " + q.change());
  }

  /** Article-body sentences of the extraction DEV pages, then the NewsClaims DEV sentences. */
  static List<ProbeSentence> sentences(Path eval) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<ProbeSentence> out = new ArrayList<>();
    JsonNode pages = json.readTree(eval.resolve("extraction/dev/ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    pages.fieldNames().forEachRemaining(ids::add);
    ids.sort(null);
    for (String id : ids) {
      int i = 0;
      for (Sentence s : SPLITTER.split(pages.get(id).path("articleBody").asText())) {
        out.add(new ProbeSentence("page/" + id + "/" + i++, s.text()));
      }
    }
    for (String file : List.of("newsclaims_dev.jsonl", "newsclaims_test_dev_half.jsonl")) {
      try (BufferedReader r = Files.newBufferedReader(eval.resolve("claims").resolve(file), StandardCharsets.UTF_8)) {
        for (Iterator<String> lines = r.lines().iterator(); lines.hasNext(); ) {
          String line = lines.next();
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = json.readTree(line);
          out.add(new ProbeSentence(file.replace(".jsonl", "") + "/" + n.path("sent_id").asText(), n.path("sentence").asText()));
        }
      }
    }
    return out;
  }
}
